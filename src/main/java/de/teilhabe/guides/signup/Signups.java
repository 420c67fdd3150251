package de.teilhabe.guides.signup;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.access.AuditLog.AuditEntry;
import de.teilhabe.guides.guide.GuideForm;
import de.teilhabe.guides.guide.GuideRegions;
import de.teilhabe.guides.guide.GuideState;
import de.teilhabe.guides.guide.GuideStore;
import de.teilhabe.privacy.ConsentText;
import de.teilhabe.privacy.Consents;
import de.teilhabe.privacy.HowGiven;
import de.teilhabe.privacy.NewConsent;
import de.teilhabe.region.Language;
import de.teilhabe.shared.mail.MailOutbox;
import de.teilhabe.shared.security.Secrets;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public sign-up of volunteer guides with double opt-in: a checked sign-up is stored
 * pending with the consent text it was shown and a mail with a one-time link goes to the
 * given address (in the transaction, through the outbox); the link confirms it once,
 * which creates the guide profile (interested) and records the consent (purpose
 * {@value #PURPOSE}); a link expires after {@code teilhabe.guides.signup.valid-days}
 * (default 7). The checks are those of the office's guide form ({@link GuideForm}), plus
 * the address and the consent the public form requires.
 */
@Service
class Signups {

	/** The consent's purpose code. */
	static final String PURPOSE = "guides.signup";

	/** The prefix of the public form's error texts. */
	static final String ERROR = "guides.signup.error.";

	/** The subject type of the consent records: a guide profile. */
	static final String SUBJECT = "guide";

	/** Who created a profile from a sign-up, as the lifecycle shows it. */
	static final String CREATED_BY = "Online-Anmeldung";

	/** The fields of the form the public may send; every other one is dropped. */
	static final List<String> SIMPLE_FIELDS = List.of("name", "email", "phone", "homeRegion", "gemeinden", "topics",
			"mobility");

	private final SignupStore store;

	private final GuideStore guides;

	private final GuideRegions regions;

	private final FormBinder binder;

	private final Consents consents;

	private final MailOutbox mails;

	private final MessageSource messages;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final Times times;

	private final Clock clock;

	private final Duration validity;

	private final String baseUrl;

	Signups(SignupStore store, GuideStore guides, GuideRegions regions, FormBinder binder, Consents consents,
			MailOutbox mails, MessageSource messages, AuditLog audit, TransactionTemplate transaction, Times times,
			Clock clock, @Value("${teilhabe.guides.signup.valid-days:7}") int validDays,
			@Value("${teilhabe.base-url:}") String baseUrl) {
		this.store = store;
		this.guides = guides;
		this.regions = regions;
		this.binder = binder;
		this.consents = consents;
		this.mails = mails;
		this.messages = messages;
		this.audit = audit;
		this.transaction = transaction;
		this.times = times;
		this.clock = clock;
		this.validity = Duration.ofDays(Math.max(1, validDays));
		this.baseUrl = baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip();
	}

	/** How long a confirmation link works. */
	Duration validity() {
		return this.validity;
	}

	/**
	 * The consent text as the page shows it, in the reader's language (German and English
	 * from the module's bundle, every other public language from
	 * {@code i18n/public-site_<language>}).
	 */
	ConsentWording wording(Language language) {
		Locale locale = language.locale();
		return new ConsentWording(this.messages.getMessage("guides.signup.consent.title", null, locale),
				this.messages.getMessage("guides.signup.consent.body", null, locale));
	}

	/**
	 * Checks a submitted sign-up; if valid, stores it pending and queues the confirmation
	 * mail.
	 * @param raw the submitted parameters (fields the public may not send are dropped)
	 * @param tenantSlug the tenant's name in addresses (for the link)
	 * @return the values with what is wrong, valid if stored
	 */
	CheckedValues submit(UUID tenantId, String tenantSlug, Language language, Map<String, ?> raw) {
		Map<String, Object> input = allowed(raw);
		FormBinder.Bound<GuideForm> bound = GuideForm.check(this.binder, input, this.regions.labels(tenantId).keySet(),
				this.times.today(this.clock));
		Map<String, String> values = new LinkedHashMap<>(bound.checked().values());
		values.keySet()
			.removeIf((field) -> !SIMPLE_FIELDS.contains(field) && !field.startsWith("languages[")
					&& !field.startsWith("availability["));
		values.put("consent", "true".equals(text(raw.get("consent"))) ? "true" : "");
		Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>();
		bound.checked().errors().forEach((field, error) -> {
			if (SIMPLE_FIELDS.contains(field) || field.startsWith("languages") || field.startsWith("availability")) {
				errors.put(field, publicError(field, error));
			}
		});
		if (bound.form() != null) {
			if (bound.form().email() == null && !errors.containsKey("email")) {
				errors.put("email", error(ERROR + "required"));
			}
			if (bound.form().languages().isEmpty() && !errors.containsKey("languages")) {
				errors.put("languages", error(ERROR + "language"));
			}
		}
		if (values.get("consent").isEmpty()) {
			errors.put("consent", error(ERROR + "consent"));
		}
		CheckedValues checked = new CheckedValues(values, errors);
		if (!checked.valid()) {
			return checked;
		}
		ConsentText text = consentText(tenantId, language);
		String token = Secrets.random("");
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		String email = bound.form().email();
		this.transaction.executeWithoutResult((status) -> {
			this.store.add(tenantId, Secrets.sha256(token), language.code(), email, input, text.version(),
					text.language(), now, now.plus(this.validity));
			Locale locale = language.locale();
			String link = this.baseUrl + "/p/" + tenantSlug + "/" + language.code() + "/lotsen/bestaetigen/" + token;
			this.mails.queue(tenantId, email, this.messages.getMessage("guides.signup.mail.subject", null, locale),
					this.messages.getMessage("guides.signup.mail.body",
							new Object[] { bound.form().name(), link, this.validity.toDays() }, locale));
			this.audit.record(new AuditEntry(tenantId, null, "public", AuditCategory.OTHER, "guides.signup.received",
					"guide_signup", null, null, null));
		});
		return checked;
	}

	/**
	 * What confirming a sign-up by its link's token would do, without doing it: the link
	 * opens a page with a button, so that a mail program or virus scanner that opens
	 * links by itself confirms nothing.
	 * @return {@link Confirmation#READY} if the button would confirm it
	 */
	Confirmation check(UUID tenantId, String token) {
		if (token == null || token.length() > 100) {
			return Confirmation.UNKNOWN;
		}
		return this.store.find(tenantId, Secrets.sha256(token))
			.map((pending) -> stateOf(pending, OffsetDateTime.now(this.clock)))
			.orElse(Confirmation.UNKNOWN);
	}

	/**
	 * Confirms a sign-up by its link's token: creates the profile (interested) and
	 * records the consent, once.
	 */
	Confirmation confirm(UUID tenantId, String token) {
		if (token == null || token.length() > 100) {
			return Confirmation.UNKNOWN;
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return this.transaction.execute((status) -> {
			Optional<SignupStore.Pending> found = this.store.findForUpdate(tenantId, Secrets.sha256(token));
			if (found.isEmpty()) {
				return Confirmation.UNKNOWN;
			}
			SignupStore.Pending pending = found.get();
			Confirmation state = stateOf(pending, now);
			if (state != Confirmation.READY) {
				return state;
			}
			FormBinder.Bound<GuideForm> bound = GuideForm.check(this.binder, pending.values(),
					this.regions.labels(tenantId).keySet(), this.times.today(this.clock));
			if (bound.form() == null || !bound.valid()) {
				// the office removed a Gemeinde in between: what is still right is kept
				return Confirmation.UNKNOWN;
			}
			UUID guideId = this.guides.create(tenantId, bound.form(), GuideState.INTERESTED, CREATED_BY, now);
			this.consents.record(new NewConsent(tenantId, SUBJECT, guideId.toString(), PURPOSE,
					pending.consentVersion(), pending.consentLanguage(), pending.createdAt(), HowGiven.ELECTRONIC));
			this.store.confirmed(tenantId, pending.id(), guideId, now);
			this.audit.record(new AuditEntry(tenantId, null, "public", AuditCategory.OTHER, "guides.signup.confirmed",
					"guide_profile", guideId.toString(), null, null));
			return Confirmation.CONFIRMED;
		});
	}

	/**
	 * The stored consent text of the reader's language (the page's, whichever of the
	 * public languages) that says what the page shows: the newest, or a new version if
	 * the bundle's wording changed (texts are never changed).
	 */
	ConsentText consentText(UUID tenantId, Language language) {
		String code = language.code();
		ConsentWording wording = wording(language);
		for (int attempt = 0; attempt < 3; attempt++) {
			Optional<ConsentText> newest = this.consents.texts(tenantId, PURPOSE)
				.stream()
				.filter((text) -> text.language().equals(code))
				.findFirst();
			if (newest.isPresent() && newest.get().title().equals(wording.title())
					&& newest.get().body().equals(wording.body())) {
				return newest.get();
			}
			int version = newest.map((text) -> text.version() + 1).orElse(1);
			try {
				return this.transaction.execute((status) -> this.consents.defineText(
						new ConsentText(tenantId, PURPOSE, version, code, wording.title(), wording.body(), null)));
			}
			catch (DataIntegrityViolationException | de.teilhabe.privacy.InvalidConsentException ex) {
				// another request stored it at the same moment: read it
			}
		}
		throw new IllegalStateException("The consent text of " + PURPOSE + " could not be stored");
	}

	private static Map<String, Object> allowed(Map<String, ?> raw) {
		Map<String, Object> input = new LinkedHashMap<>();
		raw.forEach((field, value) -> {
			if (SIMPLE_FIELDS.contains(field) || GuideForm.LANGUAGES.fields().contains(field)
					|| GuideForm.AVAILABILITY.fields().contains(field)) {
				input.put(field, value);
			}
		});
		return input;
	}

	private static String text(Object value) {
		if (value instanceof List<?> list) {
			return list.isEmpty() ? null : String.valueOf(list.get(0));
		}
		return (value != null) ? value.toString() : null;
	}

	/**
	 * An error of the office's guide form as the public form says it, in a text of its
	 * own that every public language has (the office's texts are German and English
	 * only): by the check that failed, the constraint's name being the most general of
	 * its codes.
	 */
	static MessageSourceResolvable publicError(String field, MessageSourceResolvable error) {
		String[] codes = error.getCodes();
		String check = (codes == null || codes.length == 0) ? "" : codes[codes.length - 1];
		boolean list = !field.contains(".")
				&& List.of("gemeinden", "topics", "languages", "availability").contains(field.replaceAll("\\[.*", ""));
		String kind = switch (check) {
			case "NotBlank", "NotNull" -> "required";
			case "Size" -> list ? "tooMany" : "tooLong";
			case "Pattern" -> field.equals("phone") ? "phone" : "email";
			case "SingleLine" -> "singleLine";
			case "guides.error.languageTwice" -> "languageTwice";
			case "guides.error.endsBeforeStarts" -> "endsBeforeStarts";
			case "typeMismatch" -> field.endsWith(".starts") || field.endsWith(".ends") ? "time" : "choice";
			case "OneOf", "guides.error.gemeinde", "guides.error.language" -> "choice";
			default -> "invalid";
		};
		return error(ERROR + kind);
	}

	private static MessageSourceResolvable error(String code) {
		return new DefaultMessageSourceResolvable(new String[] { code }, null, code);
	}

	private static Confirmation stateOf(SignupStore.Pending pending, OffsetDateTime now) {
		if (pending.confirmedAt() != null) {
			return Confirmation.ALREADY;
		}
		return pending.expiresAt().isAfter(now) ? Confirmation.READY : Confirmation.EXPIRED;
	}

	/** What a confirmation link does or did. */
	enum Confirmation {

		/** The link may confirm the sign-up (its page shows the button). */
		READY,
		/** The profile was created now. */
		CONFIRMED,
		/** The link was used before. */
		ALREADY,
		/** The link's time is over. */
		EXPIRED,
		/** No such link (or removed after its expiry). */
		UNKNOWN

	}

	/**
	 * A consent text as shown.
	 *
	 * @param title its title
	 * @param body its text
	 */
	record ConsentWording(String title, String body) {
	}

}
