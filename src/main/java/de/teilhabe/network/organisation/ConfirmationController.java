package de.teilhabe.network.organisation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.access.UserDirectory;
import de.teilhabe.network.scope.NetworkScope;
import de.teilhabe.shared.mail.MailOutbox;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Entries not confirmed for 12 months: the office sees them and asks the organisation to
 * confirm with one click (a mail to the organisation's address, else to its partner users
 * and contact persons with consent); the partner confirms on its organisation's page.
 */
@Controller
class ConfirmationController {

	/** Entries older than this many months are listed. */
	static final int MONTHS = 12;

	private final OrganisationStore organisations;

	private final ContactPersons contacts;

	private final UserDirectory users;

	private final MailOutbox mails;

	private final MessageSource messages;

	private final NetworkScope scope;

	private final AuditLog audit;

	private final Clock clock;

	private final String baseUrl;

	ConfirmationController(OrganisationStore organisations, ContactPersons contacts, UserDirectory users,
			MailOutbox mails, MessageSource messages, NetworkScope scope, AuditLog audit, Clock clock,
			@Value("${teilhabe.base-url:}") String baseUrl) {
		this.organisations = organisations;
		this.contacts = contacts;
		this.users = users;
		this.mails = mails;
		this.messages = messages;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
		this.baseUrl = baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip();
	}

	@GetMapping("/network/confirmations")
	String list(Model model) {
		Actor actor = this.scope.officeActor();
		OffsetDateTime cutoff = OffsetDateTime.now(this.clock).minusMonths(MONTHS);
		model.addAttribute("organisations", this.organisations.confirmedBefore(actor.tenantId(), cutoff));
		model.addAttribute("months", MONTHS);
		return "network/confirmations";
	}

	@PostMapping("/network/organisations/{id}/confirmation-request")
	@Transactional
	String ask(@PathVariable UUID id, RedirectAttributes redirect) {
		Actor actor = this.scope.officeActor();
		Organisation organisation = this.organisations.find(actor.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("network.error.notFound.organisation"));
		List<String> recipients = recipients(actor.tenantId(), organisation);
		if (recipients.isEmpty()) {
			redirect.addFlashAttribute("failed", organisation.name());
			return "redirect:/network/confirmations";
		}
		Locale german = Locale.GERMAN;
		String subject = this.messages.getMessage("network.mail.confirm.subject", new Object[] { organisation.name() },
				german);
		String body = this.messages.getMessage("network.mail.confirm.body",
				new Object[] { organisation.name(), this.baseUrl + "/network/organisations/" + id }, german);
		recipients.forEach((to) -> this.mails.queue(actor.tenantId(), to, subject, body));
		this.organisations.confirmationRequested(actor.tenantId(), id, OffsetDateTime.now(this.clock));
		this.audit.record(AuditCategory.OTHER, "network.confirmation.requested", "network_organisation", id.toString(),
				null, recipients.size() + " recipients");
		redirect.addFlashAttribute("asked", organisation.name());
		return "redirect:/network/confirmations";
	}

	private List<String> recipients(UUID tenantId, Organisation organisation) {
		if (organisation.email() != null) {
			return List.of(organisation.email());
		}
		List<String> recipients = new ArrayList<>(this.users.emailsOfOrganisation(tenantId, organisation.id()));
		if (recipients.isEmpty()) {
			this.contacts.of(tenantId, organisation.id())
				.stream()
				.filter((contact) -> contact.consentValid() && contact.email() != null)
				.forEach((contact) -> recipients.add(contact.email()));
		}
		return recipients;
	}

}
