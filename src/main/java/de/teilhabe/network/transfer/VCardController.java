package de.teilhabe.network.transfer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import de.teilhabe.network.organisation.ContactPerson;
import de.teilhabe.network.organisation.ContactPersons;
import de.teilhabe.network.organisation.ContactReads;
import de.teilhabe.network.organisation.Organisation;
import de.teilhabe.network.organisation.OrganisationStore;
import de.teilhabe.network.scope.NetworkScope;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * vCard downloads for whoever may see the organisation: one contact person (while the
 * person's consent is valid) or all of an organisation's contacts with a valid consent.
 */
@Controller
class VCardController {

	private static final MediaType VCARD = new MediaType("text", "vcard", StandardCharsets.UTF_8);

	private final ContactPersons contacts;

	private final OrganisationStore organisations;

	private final NetworkScope scope;

	private final ContactReads reads;

	VCardController(ContactPersons contacts, OrganisationStore organisations, NetworkScope scope, ContactReads reads) {
		this.contacts = contacts;
		this.organisations = organisations;
		this.scope = scope;
		this.reads = reads;
	}

	@GetMapping("/network/contacts/{id}/vcard")
	ResponseEntity<byte[]> contact(@PathVariable UUID id) {
		Actor actor = CurrentActor.get();
		ContactPerson contact = this.contacts.find(actor.tenantId(), id)
			.filter(ContactPerson::consentValid)
			.orElseThrow(() -> new NotFoundException("network.error.notFound.contact"));
		Organisation organisation = visible(actor, contact.organisationId());
		this.reads.read(ContactReads.VCARD, List.of(contact));
		return vcard(VCards.of(List.of(contact), organisation.name()), "contact.vcf");
	}

	@GetMapping("/network/organisations/{id}/contacts.vcf")
	ResponseEntity<byte[]> organisation(@PathVariable UUID id) {
		Actor actor = CurrentActor.get();
		Organisation organisation = visible(actor, id);
		List<ContactPerson> contacts = this.contacts.of(actor.tenantId(), id);
		String cards = VCards.of(contacts, organisation.name());
		if (cards.isEmpty()) {
			throw new NotFoundException("network.error.notFound.vcard");
		}
		this.reads.read(ContactReads.VCARD, contacts);
		return vcard(cards, "contacts.vcf");
	}

	private Organisation visible(Actor actor, UUID organisationId) {
		this.scope.requireVisible(actor, organisationId);
		return this.organisations.find(actor.tenantId(), organisationId)
			.orElseThrow(() -> new NotFoundException("network.error.notFound.organisation"));
	}

	private static ResponseEntity<byte[]> vcard(String cards, String fileName) {
		return ResponseEntity.ok()
			.contentType(VCARD)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(cards.getBytes(StandardCharsets.UTF_8));
	}

}
