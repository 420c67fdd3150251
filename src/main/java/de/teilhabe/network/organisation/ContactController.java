package de.teilhabe.network.organisation;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.network.form.FieldError;
import de.teilhabe.network.form.FormCheck;
import de.teilhabe.network.form.Forms;
import de.teilhabe.network.scope.NetworkScope;
import de.teilhabe.privacy.HowGiven;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Contact persons: the office adds them with their consent and deletes them; whoever may
 * see the organisation downloads a person's vCard while the consent is valid.
 */
@Controller
class ContactController {

	private final ContactPersons contacts;

	private final OrganisationStore organisations;

	private final NetworkScope scope;

	private final MessageSource messages;

	ContactController(ContactPersons contacts, OrganisationStore organisations, NetworkScope scope,
			MessageSource messages) {
		this.contacts = contacts;
		this.organisations = organisations;
		this.scope = scope;
		this.messages = messages;
	}

	@GetMapping("/network/organisations/{id}/contacts/new")
	String form(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		this.scope.requireOffice(actor);
		return page(model, organisation(actor, id), ContactPersons.emptyForm(), Map.of());
	}

	@PostMapping("/network/organisations/{id}/contacts")
	String add(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		this.scope.requireOffice(actor);
		Organisation organisation = organisation(actor, id);
		FormCheck check = new FormCheck(Forms.read(params, ContactPersons.FIELDS));
		Map<String, FieldError> errors = this.contacts.add(actor.tenantId(), id, check);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(model, organisation, check.values(), errors);
		}
		redirect.addFlashAttribute("saved", "contactAdded");
		return "redirect:/network/organisations/" + id;
	}

	@PostMapping("/network/contacts/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		this.scope.requireOffice(actor);
		ContactPerson contact = this.contacts.find(actor.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("No such contact"));
		this.contacts.delete(actor.tenantId(), id);
		redirect.addFlashAttribute("saved", "contactDeleted");
		return "redirect:/network/organisations/" + contact.organisationId();
	}

	/** The contact as vCard 4.0 (RFC 6350), only while the person's consent is valid. */
	@GetMapping("/network/contacts/{id}/vcard")
	ResponseEntity<byte[]> vcard(@PathVariable UUID id) {
		Actor actor = CurrentActor.get();
		ContactPerson contact = this.contacts.find(actor.tenantId(), id)
			.filter(ContactPerson::consentValid)
			.orElseThrow(() -> new NotFoundException("No such contact"));
		this.scope.requireVisible(actor, contact.organisationId());
		Organisation organisation = organisation(actor, contact.organisationId());
		StringBuilder card = new StringBuilder("BEGIN:VCARD\r\nVERSION:4.0\r\n");
		card.append("FN:").append(escape(contact.name())).append("\r\n");
		card.append("ORG:").append(escape(organisation.name())).append("\r\n");
		if (contact.function() != null) {
			card.append("TITLE:").append(escape(contact.function())).append("\r\n");
		}
		if (contact.email() != null) {
			card.append("EMAIL;TYPE=work:").append(escape(contact.email())).append("\r\n");
		}
		if (contact.phone() != null) {
			card.append("TEL;TYPE=work;VALUE=text:").append(escape(contact.phone())).append("\r\n");
		}
		card.append("END:VCARD\r\n");
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "vcard", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("contact.vcf").build().toString())
			.body(card.toString().getBytes(StandardCharsets.UTF_8));
	}

	static String escape(String value) {
		return value.replace("\\", "\\\\")
			.replace(",", "\\,")
			.replace(";", "\\;")
			.replace("\r", "")
			.replace("\n", "\\n");
	}

	private String page(Model model, Organisation organisation, Map<String, String> values,
			Map<String, FieldError> errors) {
		Forms.show(model, values, errors, this.messages);
		model.addAttribute("organisation", organisation);
		model.addAttribute("ways", HowGiven.values());
		model.addAttribute("consentText", this.contacts.consentTextOrNull(CurrentActor.get().tenantId()));
		return "network/contact-form";
	}

	private Organisation organisation(Actor actor, UUID id) {
		return this.organisations.find(actor.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("No such organisation"));
	}

}
