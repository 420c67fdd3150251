package de.teilhabe.counselling.referral;

import java.util.UUID;

import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPaging;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The incoming referrals page of a partner organisation (PARTNER): its active referrals
 * with their packets, one of them with buttons to accept, reject (with a reason) or
 * report done (with the outcome). Every page shown is audited.
 */
@Controller
class IncomingReferralController {

	private final IncomingReferrals incoming;

	IncomingReferralController(IncomingReferrals incoming) {
		this.incoming = incoming;
	}

	@GetMapping("/referrals/incoming")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("result", this.incoming.list(CurrentActor.get(), new ApiPaging(page, 20)));
		return "counselling/incoming-referrals";
	}

	@GetMapping("/referrals/incoming/{id}")
	String one(@PathVariable UUID id, Model model) {
		model.addAttribute("referral", this.incoming.one(CurrentActor.get(), id));
		return "counselling/incoming-referral";
	}

	@PostMapping("/referrals/incoming/{id}/accept")
	String accept(@PathVariable UUID id, RedirectAttributes redirect) {
		this.incoming.accept(CurrentActor.get(), id);
		redirect.addFlashAttribute("referralSaved", "accepted");
		return "redirect:/referrals/incoming/" + id;
	}

	@PostMapping("/referrals/incoming/{id}/reject")
	String reject(@PathVariable UUID id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		this.incoming.reject(CurrentActor.get(), id, note);
		redirect.addFlashAttribute("referralSaved", "rejected");
		return "redirect:/referrals/incoming";
	}

	@PostMapping("/referrals/incoming/{id}/done")
	String done(@PathVariable UUID id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		this.incoming.done(CurrentActor.get(), id, note);
		redirect.addFlashAttribute("referralSaved", "done");
		return "redirect:/referrals/incoming";
	}

}
