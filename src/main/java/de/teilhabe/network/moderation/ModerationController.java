package de.teilhabe.network.moderation;

import java.util.UUID;

import de.teilhabe.network.moderation.Moderation.InvalidReasonException;
import de.teilhabe.network.organisation.ContactReads;
import de.teilhabe.network.scope.NetworkScope;
import de.teilhabe.shared.security.Actor;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's moderation queue and the review page of one change (diff, approve, reject
 * with a reason).
 */
@Controller
class ModerationController {

	private final Moderation moderation;

	private final NetworkScope scope;

	private final MessageSource messages;

	private final ContactReads contactReads;

	ModerationController(Moderation moderation, NetworkScope scope, MessageSource messages, ContactReads contactReads) {
		this.moderation = moderation;
		this.scope = scope;
		this.messages = messages;
		this.contactReads = contactReads;
	}

	@GetMapping("/network/moderation")
	String queue(Model model) {
		Actor actor = office();
		model.addAttribute("changes", this.moderation.queue(actor));
		return "network/moderation";
	}

	@GetMapping("/network/moderation/{id}")
	String review(@PathVariable UUID id, Model model) {
		Actor actor = office();
		return page(model, actor, id, "", null);
	}

	@PostMapping("/network/moderation/{id}/approve")
	String approve(@PathVariable UUID id, RedirectAttributes redirect) {
		this.moderation.approve(office(), id);
		redirect.addFlashAttribute("decided", "approved");
		return "redirect:/network/moderation";
	}

	@PostMapping("/network/moderation/{id}/reject")
	String reject(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = office();
		try {
			this.moderation.reject(actor, id, reason);
		}
		catch (InvalidReasonException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(model, actor, id, reason, this.messages.getMessage(ex.messageKey(),
					new Object[] { Moderation.MAX_REASON }, LocaleContextHolder.getLocale()));
		}
		redirect.addFlashAttribute("decided", "rejected");
		return "redirect:/network/moderation";
	}

	private String page(Model model, Actor actor, UUID id, String reason, String reasonError) {
		PendingChange change = this.moderation.find(actor, id);
		model.addAttribute("change", change);
		model.addAttribute("diff", this.moderation.diff(actor, change));
		if (change.entityType() == EntityType.CONTACT) {
			// the diff shows a person's contact data, like the organisation's page
			this.contactReads.readProposal(change.entityId());
		}
		model.addAttribute("reason", reason);
		model.addAttribute("reasonError", reasonError);
		return "network/moderation-review";
	}

	private Actor office() {
		Actor actor = this.scope.officeActor();
		return actor;
	}

}
