package de.teilhabe.network.organisation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.network.form.Forms;
import de.teilhabe.network.moderation.Editing;
import de.teilhabe.network.moderation.Editing.Outcome;
import de.teilhabe.network.moderation.Editing.Submitted;
import de.teilhabe.network.moderation.EditingPages;
import de.teilhabe.network.moderation.EntityType;
import de.teilhabe.network.scope.NetworkScope;
import de.teilhabe.privacy.HowGiven;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Contact persons: the office adds, edits and removes them with their consent directly; a
 * partner does the same for its own organisation's contacts through moderation. Another
 * organisation's contact is "not found" for a partner.
 */
@Controller
class ContactController {

	private final ContactPersons contacts;

	private final OrganisationStore organisations;

	private final Editing editing;

	private final NetworkScope scope;

	private final MessageSource messages;

	private final ContactReads reads;

	ContactController(ContactPersons contacts, OrganisationStore organisations, Editing editing, NetworkScope scope,
			MessageSource messages, ContactReads reads) {
		this.reads = reads;
		this.contacts = contacts;
		this.organisations = organisations;
		this.editing = editing;
		this.scope = scope;
		this.messages = messages;
	}

	@GetMapping("/network/organisations/{id}/contacts/new")
	String form(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		this.scope.requireEditable(actor, id);
		return page(model, actor, organisation(actor, id), null, ContactPersons.emptyForm(), Map.of());
	}

	@PostMapping("/network/organisations/{id}/contacts")
	String add(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		this.scope.requireEditable(actor, id);
		Organisation organisation = organisation(actor, id);
		Outcome outcome = this.editing.save(actor, EntityType.CONTACT, null, id,
				Forms.read(params, ContactPersons.FIELDS));
		return saved(outcome, model, actor, organisation, null, redirect, "contactAdded");
	}

	@GetMapping("/network/contacts/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		ContactPerson contact = editableContact(actor, id);
		Map<String, String> values = this.editing.formValues(actor, EntityType.CONTACT, id, contact.organisationId());
		this.reads.read(ContactReads.VIEWED, List.of(contact));
		return page(model, actor, organisation(actor, contact.organisationId()), contact, values, Map.of());
	}

	@PostMapping("/network/contacts/{id}")
	String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		ContactPerson contact = editableContact(actor, id);
		Outcome outcome = this.editing.save(actor, EntityType.CONTACT, id, contact.organisationId(),
				Forms.read(params, ContactPersons.FIELDS));
		return saved(outcome, model, actor, organisation(actor, contact.organisationId()), contact, redirect, "saved");
	}

	@PostMapping("/network/contacts/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		ContactPerson contact = editableContact(actor, id);
		Outcome outcome = this.editing.delete(actor, EntityType.CONTACT, id, contact.organisationId());
		redirect.addFlashAttribute("saved", (outcome instanceof Submitted) ? "submitted" : "contactDeleted");
		return "redirect:/network/organisations/" + contact.organisationId();
	}

	private String saved(Outcome outcome, Model model, Actor actor, Organisation organisation, ContactPerson contact,
			RedirectAttributes redirect, String appliedMessage) {
		return EditingPages.answer(outcome, redirect,
				(values, errors) -> page(model, actor, organisation, contact, values, errors),
				(submitted) -> "/network/organisations/" + organisation.id(),
				(id) -> "/network/organisations/" + organisation.id(), appliedMessage);
	}

	private String page(Model model, Actor actor, Organisation organisation, ContactPerson contact,
			Map<String, String> values, Map<String, ? extends MessageSourceResolvable> errors) {
		Forms.show(model, values, errors, this.messages);
		model.addAttribute("organisation", organisation);
		model.addAttribute("contact", contact);
		model.addAttribute("moderated", this.scope.editsThroughModeration(actor, organisation.id()));
		model.addAttribute("ways", HowGiven.values());
		model.addAttribute("consentText", this.contacts.consentTextOrNull(actor.tenantId()));
		return "network/contact-form";
	}

	/** The contact if the actor may edit its organisation's entries, else "not found". */
	private ContactPerson editableContact(Actor actor, UUID id) {
		ContactPerson contact = this.contacts.find(actor.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("network.error.notFound.contact"));
		this.scope.requireEditable(actor, contact.organisationId());
		return contact;
	}

	private Organisation organisation(Actor actor, UUID id) {
		return this.organisations.find(actor.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("network.error.notFound.organisation"));
	}

}
