package de.teilhabe.counselling.webrequest;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.access.AuditLog.AuditEntry;
import de.teilhabe.access.UserDirectory;
import de.teilhabe.counselling.client.Clients;
import de.teilhabe.privacy.ConsentText;
import de.teilhabe.privacy.Consents;
import de.teilhabe.privacy.HowGiven;
import de.teilhabe.privacy.NewConsent;
import de.teilhabe.region.Language;
import de.teilhabe.region.Languages;
import de.teilhabe.region.Region;
import de.teilhabe.shared.mail.MailOutbox;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.PlatformAddress;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Requests for counselling from the public portal: sent (checked all or nothing, the
 * consent recorded with the text shown, the counsellors told by mail without personal
 * data), listed for the counsellors without personal data, read (audited), taken over (a
 * client is created with the data and the request deleted) or declined (deleted).
 */
@Service
class WebRequests {

	/** The purpose of the consent given on the form. */
	static final String PURPOSE = "counselling.web-request";

	/** The subject type of that consent (the request's id). */
	static final String SUBJECT = "counselling-web-request";

	/** The consent texts exist in these languages; others read the German one. */
	/**
	 * The languages the consent text is written in: the default public languages (the
	 * public pages' texts, {@code i18n/public-site_<locale>}).
	 */
	private static final Set<String> CONSENT_LANGUAGES = Set.copyOf(Languages.PUBLIC_DEFAULT);

	/** The fields of the form (nothing else is read). */
	static final List<String> FIELDS = FormBinder.fields(WebRequestForm.class);

	private final WebRequestStore store;

	private final FormBinder binder;

	private final Consents consents;

	private final Clients clients;

	private final AuditLog audit;

	private final MailOutbox mails;

	private final UserDirectory users;

	private final MessageSource messages;

	private final PlatformAddress address;

	private final TransactionTemplate transaction;

	private final Clock clock;

	WebRequests(WebRequestStore store, FormBinder binder, Consents consents, Clients clients, AuditLog audit,
			MailOutbox mails, UserDirectory users, MessageSource messages, PlatformAddress address,
			TransactionTemplate transaction, Clock clock) {
		this.store = store;
		this.binder = binder;
		this.consents = consents;
		this.clients = clients;
		this.audit = audit;
		this.mails = mails;
		this.users = users;
		this.messages = messages;
		this.address = address;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** The Gemeinden of the tenant, by name. */
	List<Region> gemeinden(UUID tenantId) {
		return this.clients.gemeinden(tenantId);
	}

	/**
	 * Checks the values of the form: every field, the preferred language among the
	 * offered ones, the Gemeinde of the tenant, phone or e-mail, the consent.
	 */
	FormBinder.Bound<WebRequestForm> check(UUID tenantId, List<Language> offered, Map<String, ?> raw) {
		Map<String, Object> input = new LinkedHashMap<>();
		raw.forEach((field, value) -> {
			if (FIELDS.contains(field)) {
				input.put(field, value);
			}
		});
		Set<String> gemeinden = new java.util.HashSet<>();
		gemeinden(tenantId).forEach((region) -> gemeinden.add(region.key()));
		return this.binder.bind(input, WebRequestForm.class, (form, errors) -> {
			if (form.phone() == null && form.email() == null && !errors.hasFieldErrors("phone")
					&& !errors.hasFieldErrors("email")) {
				errors.rejectValue("phone", WebRequestForm.ERROR + "reach");
			}
			if (form.preferredLanguage() != null && !errors.hasFieldErrors("preferredLanguage")
					&& offered.stream().noneMatch((language) -> language.code().equals(form.preferredLanguage()))) {
				errors.rejectValue("preferredLanguage", WebRequestForm.ERROR + "choice");
			}
			if (form.gemeinde() != null && !errors.hasFieldErrors("gemeinde") && !gemeinden.contains(form.gemeinde())) {
				errors.rejectValue("gemeinde", WebRequestForm.ERROR + "choice");
			}
			if (!"true".equals(form.consent())) {
				errors.rejectValue("consent", WebRequestForm.ERROR + "consent");
			}
		});
	}

	/**
	 * Stores a valid request with its consent and tells the counsellors; a wrong one is
	 * answered with its errors and nothing stored.
	 */
	CheckedValues send(UUID tenantId, Language language, List<Language> offered, Map<String, ?> raw) {
		FormBinder.Bound<WebRequestForm> bound = check(tenantId, offered, raw);
		if (!bound.valid()) {
			return bound.checked();
		}
		ConsentText text = consentText(tenantId, language);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.transaction.executeWithoutResult((status) -> {
			UUID id = this.store.insert(tenantId, language.code(), bound.form(), text.version(), text.language(), now);
			this.consents.record(new NewConsent(tenantId, SUBJECT, id.toString(), PURPOSE, text.version(),
					text.language(), now, HowGiven.ELECTRONIC));
			this.audit.record(new AuditEntry(tenantId, null, "public", AuditCategory.OTHER,
					"counselling.web-request.received", WebRequestColumns.TABLE, id.toString(), null, language.code()));
			tellCounsellors(tenantId);
		});
		return bound.checked();
	}

	/** The mail to every counsellor of the team: that a request waits, nothing more. */
	private void tellCounsellors(UUID tenantId) {
		Locale german = Locale.GERMAN;
		String subject = this.messages.getMessage("portal.forms.request.mail.subject", null, german);
		String body = this.messages.getMessage("portal.forms.request.mail.body",
				new Object[] { this.address.base() + WebRequestController.PATH }, german);
		this.users.activeUsersWithRole(tenantId, Role.COUNSELLOR)
			.keySet()
			.forEach((userId) -> this.users.emailOf(tenantId, userId)
				.filter((email) -> !email.isBlank())
				.ifPresent((email) -> this.mails.queue(tenantId, email, subject, body)));
	}

	/**
	 * The stored consent text of the reader's language (German for a language without
	 * one) that says what the page shows: the newest, or a new version if the bundle's
	 * wording changed.
	 */
	ConsentText consentText(UUID tenantId, Language language) {
		String code = consentLanguage(language);
		Locale locale = Languages.find(code).map(Language::locale).orElse(Locale.GERMAN);
		String title = this.messages.getMessage("portal.forms.request.consent.title", null, locale);
		String body = this.messages.getMessage("portal.forms.request.consent.text", null, locale);
		for (int attempt = 0; attempt < 3; attempt++) {
			Optional<ConsentText> newest = this.consents.texts(tenantId, PURPOSE)
				.stream()
				.filter((text) -> text.language().equals(code))
				.findFirst();
			if (newest.isPresent() && newest.get().title().equals(title) && newest.get().body().equals(body)) {
				return newest.get();
			}
			int version = newest.map((text) -> text.version() + 1).orElse(1);
			try {
				return this.transaction.execute((status) -> this.consents
					.defineText(new ConsentText(tenantId, PURPOSE, version, code, title, body, null)));
			}
			catch (DataIntegrityViolationException | de.teilhabe.privacy.InvalidConsentException ex) {
				// another request stored it at the same moment: read it
			}
		}
		throw new IllegalStateException("The consent text of " + PURPOSE + " could not be stored");
	}

	/** The language whose consent text a page of this language shows. */
	static String consentLanguage(Language language) {
		return CONSENT_LANGUAGES.contains(language.code()) ? language.code() : "de";
	}

	List<WebRequestStore.Listed> list(Actor actor) {
		return this.store.list(actor.tenantId());
	}

	long count(UUID tenantId) {
		return this.store.count(tenantId);
	}

	/** A request read whole by a counsellor, audited (404 if unknown). */
	WebRequestStore.Request read(Actor actor, UUID id) {
		WebRequestStore.Request request = this.store.find(actor.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("portal.forms.request.notFound"));
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.web-request.read", WebRequestColumns.TABLE,
				id.toString(), "web request");
		return request;
	}

	/** Declines a request: it is deleted (audited; 404 if unknown). */
	void decline(Actor actor, UUID id) {
		this.transaction.executeWithoutResult((status) -> {
			if (!this.store.delete(actor.tenantId(), id)) {
				throw new NotFoundException("portal.forms.request.notFound");
			}
			this.audit.record(AuditCategory.CASE_ACCESS, "counselling.web-request.declined", WebRequestColumns.TABLE,
					id.toString(), null);
		});
	}

	/**
	 * Takes a request over: a client is created with the values of the form (the
	 * counsellor becomes responsible) and the request deleted, in one transaction.
	 * @return the created client's outcome (its errors when not stored)
	 */
	Clients.Saved takeOver(Actor actor, UUID id, Map<String, ?> clientValues) {
		return this.transaction.execute((status) -> {
			if (this.store.find(actor.tenantId(), id).isEmpty()) {
				throw new NotFoundException("portal.forms.request.notFound");
			}
			Clients.Saved saved = this.clients.create(actor, clientValues);
			if (saved.id() != null) {
				this.store.delete(actor.tenantId(), id);
				this.audit.record(AuditCategory.CASE_ACCESS, "counselling.web-request.taken-over",
						WebRequestColumns.TABLE, id.toString(), null, saved.clientNumber());
			}
			return saved;
		});
	}

}
