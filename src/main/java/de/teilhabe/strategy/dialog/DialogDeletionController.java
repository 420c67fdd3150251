package de.teilhabe.strategy.dialog;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.strategy.dialog.Records.Dialog;
import de.teilhabe.strategy.dialog.Records.Workshop;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deleting a workshop or a dialog (STRATEGY): a page that says what goes with it (its
 * statements, named participants, an open capture's join code) and which goals lose a
 * link, with a button to confirm; the deletion itself ({@link DialogRemoval}). Another
 * tenant's workshop or dialog answers 404.
 */
@Controller
class DialogDeletionController {

	private final DialogStore store;

	private final DialogRemoval removal;

	private final Clock clock;

	DialogDeletionController(DialogStore store, DialogRemoval removal, Clock clock) {
		this.store = store;
		this.removal = removal;
		this.clock = clock;
	}

	@GetMapping("/strategy/workshops/{id}/delete")
	String confirmWorkshop(@PathVariable UUID id, Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		Workshop workshop = workshop(tenantId, id);
		model.addAttribute("kind", "workshop");
		model.addAttribute("subject", workshop.title());
		model.addAttribute("back", "/strategy/workshops/" + id);
		model.addAttribute("action", "/strategy/workshops/" + id + "/delete");
		model.addAttribute("consequences", this.removal.ofWorkshop(tenantId, id));
		return "strategy/dialog/delete";
	}

	@PostMapping("/strategy/workshops/{id}/delete")
	String deleteWorkshop(@PathVariable UUID id, RedirectAttributes redirect) {
		UUID tenantId = CurrentActor.get().tenantId();
		Workshop workshop = workshop(tenantId, id);
		if (!this.removal.deleteWorkshop(tenantId, id, OffsetDateTime.now(this.clock))) {
			throw new NotFoundException("strategy.dialog.error.notFound.workshop");
		}
		redirect.addFlashAttribute("deleted", workshop.title());
		return "redirect:/strategy/dialogs/" + workshop.dialogId();
	}

	@GetMapping("/strategy/dialogs/{id}/delete")
	String confirmDialog(@PathVariable UUID id, Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		Dialog dialog = dialog(tenantId, id);
		model.addAttribute("kind", "dialog");
		model.addAttribute("subject", dialog.title());
		model.addAttribute("back", "/strategy/dialogs/" + id);
		model.addAttribute("action", "/strategy/dialogs/" + id + "/delete");
		model.addAttribute("consequences", this.removal.ofDialog(tenantId, id));
		return "strategy/dialog/delete";
	}

	@PostMapping("/strategy/dialogs/{id}/delete")
	String deleteDialog(@PathVariable UUID id, RedirectAttributes redirect) {
		UUID tenantId = CurrentActor.get().tenantId();
		Dialog dialog = dialog(tenantId, id);
		if (!this.removal.deleteDialog(tenantId, id, OffsetDateTime.now(this.clock))) {
			throw new NotFoundException("strategy.dialog.error.notFound.dialog");
		}
		redirect.addFlashAttribute("deleted", dialog.title());
		return "redirect:/strategy/dialogs";
	}

	private Workshop workshop(UUID tenantId, UUID id) {
		return this.store.workshop(tenantId, id)
			.orElseThrow(() -> new NotFoundException("strategy.dialog.error.notFound.workshop"));
	}

	private Dialog dialog(UUID tenantId, UUID id) {
		return this.store.dialog(tenantId, id)
			.orElseThrow(() -> new NotFoundException("strategy.dialog.error.notFound.dialog"));
	}

}
