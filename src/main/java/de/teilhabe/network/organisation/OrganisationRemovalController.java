package de.teilhabe.network.organisation;

import java.util.UUID;

import de.teilhabe.network.organisation.OrganisationRemoval.Consequences;
import de.teilhabe.network.scope.NetworkScope;
import de.teilhabe.shared.security.Actor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office removes an organisation: the organisation page links to a page that says
 * what goes with it (offers, events, contact persons, bound accounts); removing takes the
 * button there.
 */
@Controller
class OrganisationRemovalController {

	private final OrganisationRemoval removal;

	private final NetworkScope scope;

	OrganisationRemovalController(OrganisationRemoval removal, NetworkScope scope) {
		this.removal = removal;
		this.scope = scope;
	}

	@GetMapping("/network/organisations/{id}/remove")
	String confirmation(@PathVariable UUID id, Model model) {
		Actor office = this.scope.officeActor();
		model.addAttribute("consequences", this.removal.consequences(office, id));
		return "network/organisation-remove";
	}

	@PostMapping("/network/organisations/{id}/remove")
	String remove(@PathVariable UUID id, RedirectAttributes redirect) {
		Actor office = this.scope.officeActor();
		Consequences removed = this.removal.remove(office, id);
		redirect.addFlashAttribute("removed", removed.organisation().name());
		return "redirect:/network/organisations";
	}

}
