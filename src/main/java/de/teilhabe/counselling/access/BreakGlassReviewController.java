package de.teilhabe.counselling.access;

import java.util.UUID;

import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The PRIVACY_OFFICER's review of the break-glass accesses to counselling clients (in the
 * privacy module's URL space; PRIVACY_OFFICER only, not ADMIN): who opened which client
 * (by number) when, and the reason given, decrypted for the officer (audited); each
 * marked as reviewed („geprüft“) with one click.
 */
@Controller
class BreakGlassReviewController {

	static final int PAGE_SIZE = 50;

	private final ClientAccess access;

	BreakGlassReviewController(ClientAccess access) {
		this.access = access;
	}

	@GetMapping("/privacy/break-glass")
	String page(@RequestParam(required = false) String page, Model model) {
		model.addAttribute("result",
				this.access.breakGlassForReview(CurrentActor.get(), new ApiPaging(pageNumber(page), PAGE_SIZE)));
		return "counselling/break-glass-review";
	}

	@PostMapping("/privacy/break-glass/{id}/review")
	String review(@PathVariable UUID id, @RequestParam(required = false) String page, RedirectAttributes redirect) {
		if (!this.access.markReviewed(CurrentActor.get(), id)) {
			throw new NotFoundException("counselling.privacy.breakGlass.notFound");
		}
		redirect.addFlashAttribute("reviewed", true);
		redirect.addAttribute("page", pageNumber(page));
		return "redirect:/privacy/break-glass";
	}

	/** A page number as typed (0 for none or a wrong one). */
	static int pageNumber(String page) {
		try {
			int number = (page == null) ? 0 : Integer.parseInt(page.strip());
			return (number < 0 || number > ApiPaging.MAX_PAGE) ? 0 : number;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
