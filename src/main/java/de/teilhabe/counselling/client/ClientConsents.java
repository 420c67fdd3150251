package de.teilhabe.counselling.client;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.privacy.ConsentRecord;
import de.teilhabe.privacy.ConsentText;
import de.teilhabe.privacy.Consents;
import de.teilhabe.privacy.HowGiven;
import de.teilhabe.privacy.NewConsent;
import de.teilhabe.region.Languages;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent records of a client (subject type {@value ClientPrivacy#SUBJECT_TYPE} in
 * {@code privacy.Consents}), for the counsellors who read the client (responsible,
 * deputy, break-glass): the list, recording one (all or nothing, every wrong field named)
 * and recording a withdrawal. The counselling purposes, their recipients and data
 * categories are the module's own ({@link Purpose}); their texts are stored on first use
 * per tenant, in German and English, version 1. Recording and withdrawing are audited by
 * the privacy module.
 */
@Service
public class ClientConsents {

	/** The languages the consent texts are stored in. */
	static final List<String> LANGUAGES = List.of("de", "en");

	private final Consents consents;

	private final Clients clients;

	private final Times times;

	private final Clock clock;

	ClientConsents(Consents consents, Clients clients, Times times, Clock clock) {
		this.consents = consents;
		this.clients = clients;
		this.times = times;
		this.clock = clock;
	}

	/** The client's consents, newest first (403 without access, 404 if unknown). */
	public List<ConsentRecord> of(Actor actor, UUID clientId) {
		requireAccess(actor, clientId);
		return this.consents.history(actor.tenantId(), ClientPrivacy.SUBJECT_TYPE, clientId.toString());
	}

	/**
	 * The client's consents as a page shows them, newest first (403 without access, 404
	 * if unknown).
	 */
	public List<ConsentView> views(Actor actor, UUID clientId, Locale locale) {
		return of(actor, clientId).stream()
			.map((consent) -> new ConsentView(consent, Purpose.byCode(consent.purpose()).orElse(null),
					textOf(consent).map(ConsentText::title).orElse(consent.purpose()),
					Languages.displayName(consent.language(), locale)))
			.toList();
	}

	/** Today in the platform's time zone. */
	public LocalDate today() {
		return this.times.today(this.clock);
	}

	/**
	 * Records a consent of the client from the raw values {@code purpose},
	 * {@code language}, {@code givenAt} (a date, not in the future; default today) and
	 * {@code how}.
	 * @return the consent, or the errors by field when a value is wrong (nothing stored)
	 */
	@Transactional
	public Recorded record(Actor actor, UUID clientId, Map<String, ?> raw) {
		requireAccess(actor, clientId);
		Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>();
		Purpose purpose = Purpose.byCode(text(raw.get("purpose"))).orElse(null);
		if (purpose == null) {
			errors.put("purpose", error("counselling.consent.error.purpose"));
		}
		String language = text(raw.get("language"));
		if (language == null || !LANGUAGES.contains(language)) {
			errors.put("language", error("counselling.consent.error.language"));
		}
		LocalDate today = this.times.today(this.clock);
		LocalDate givenOn = day(text(raw.get("givenAt")), today, "givenAt", errors);
		HowGiven how = null;
		try {
			how = HowGiven.valueOf(String.valueOf(raw.get("how")));
		}
		catch (IllegalArgumentException ex) {
			errors.put("how", error("counselling.consent.error.how"));
		}
		if (!errors.isEmpty()) {
			return new Recorded(null, errors);
		}
		ConsentText text = textOf(actor.tenantId(), purpose, language);
		OffsetDateTime givenAt = givenOn.equals(today) ? OffsetDateTime.now(this.clock)
				: this.times.at(givenOn, LocalTime.NOON);
		ConsentRecord consent = this.consents.record(new NewConsent(actor.tenantId(), ClientPrivacy.SUBJECT_TYPE,
				clientId.toString(), purpose.code(), text.version(), language, givenAt, how));
		return new Recorded(consent, Map.of());
	}

	/**
	 * Records the withdrawal of one of the client's consents on the day given (default
	 * today; not in the future, not before the consent).
	 * @throws NotFoundException for a consent of another client or tenant
	 */
	@Transactional
	public Recorded withdraw(Actor actor, UUID clientId, UUID consentId, String withdrawnOn, String note) {
		requireAccess(actor, clientId);
		ConsentRecord consent = this.consents.find(actor.tenantId(), consentId)
			.filter((found) -> ClientPrivacy.SUBJECT_TYPE.equals(found.subjectType())
					&& clientId.toString().equals(found.subjectId()))
			.orElseThrow(() -> new NotFoundException("counselling.consent.error.notFound"));
		LocalDate today = this.times.today(this.clock);
		OffsetDateTime at = OffsetDateTime.now(this.clock);
		Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>();
		LocalDate date = day(text(withdrawnOn), today, "withdrawnAt", errors);
		if (!errors.isEmpty()) {
			return new Recorded(null, errors);
		}
		if (!date.equals(today)) {
			if (date.isBefore(this.times.local(consent.givenAt()).toLocalDate())) {
				return new Recorded(null, Map.of("withdrawnAt", error("counselling.consent.error.beforeGiven")));
			}
			OffsetDateTime noon = this.times.at(date, LocalTime.NOON);
			at = noon.isBefore(consent.givenAt()) ? consent.givenAt() : noon;
		}
		if (consent.withdrawnAt() != null) {
			return new Recorded(null, Map.of("withdrawnAt", error("counselling.consent.error.withdrawn")));
		}
		String stripped = (note == null || note.isBlank()) ? null : note.strip();
		return new Recorded(this.consents.withdraw(actor.tenantId(), consentId, at, stripped), Map.of());
	}

	/**
	 * Records a consent of a client without checking who records it (the system): for
	 * start-up tasks such as the demo data only; pages and the API use {@link #record}.
	 */
	@Transactional
	public ConsentRecord recordBySystem(UUID tenantId, UUID clientId, Purpose purpose, String language,
			OffsetDateTime givenAt, HowGiven how) {
		ConsentText text = textOf(tenantId, purpose, language);
		return this.consents.record(new NewConsent(tenantId, ClientPrivacy.SUBJECT_TYPE, clientId.toString(),
				purpose.code(), text.version(), language, givenAt, how));
	}

	/**
	 * Records the withdrawal of a consent without checking who records it (the system):
	 * for start-up tasks such as the demo data only.
	 */
	@Transactional
	public ConsentRecord withdrawBySystem(UUID tenantId, UUID consentId, OffsetDateTime withdrawnAt, String note) {
		return this.consents.withdraw(tenantId, consentId, withdrawnAt, note);
	}

	/**
	 * The clients among these that have a consent to the purpose that is valid now (one
	 * query).
	 */
	public Set<String> withValidConsent(UUID tenantId, List<String> clientIds, Purpose purpose) {
		return this.consents.givenAmong(tenantId, ClientPrivacy.SUBJECT_TYPE, clientIds, purpose.code());
	}

	/** The stored text a consent was given to. */
	public Optional<ConsentText> textOf(ConsentRecord consent) {
		return this.consents.textOf(consent);
	}

	private ConsentText textOf(UUID tenantId, Purpose purpose, String language) {
		List<ConsentText> texts = this.consents.texts(tenantId, purpose.code());
		Optional<ConsentText> stored = texts.stream().filter((text) -> language.equals(text.language())).findFirst();
		if (stored.isPresent()) {
			return stored.get();
		}
		List<ConsentText> defined = new ArrayList<>();
		for (String code : LANGUAGES) {
			if (texts.stream().noneMatch((text) -> code.equals(text.language()))) {
				defined.add(this.consents.defineText(new ConsentText(tenantId, purpose.code(), 1, code,
						"de".equals(code) ? purpose.titleDe() : purpose.titleEn(),
						"de".equals(code) ? purpose.bodyDe() : purpose.bodyEn(), null)));
			}
		}
		return defined.stream().filter((text) -> language.equals(text.language())).findFirst().orElseThrow();
	}

	private void requireAccess(Actor actor, UUID clientId) {
		if (!this.clients.grant(actor, clientId).kind().reads()) {
			throw new AccessDeniedException("not responsible, no deputy, no break-glass access");
		}
	}

	/**
	 * A day typed as {@code yyyy-MM-dd} (today when none is typed), not in the future;
	 * else the error is put under the field.
	 */
	private static LocalDate day(String text, LocalDate today, String field,
			Map<String, MessageSourceResolvable> errors) {
		if (text == null) {
			return today;
		}
		try {
			LocalDate day = LocalDate.parse(text);
			if (day.isAfter(today)) {
				errors.put(field, error("counselling.consent.error.future"));
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			errors.put(field, error("counselling.consent.error.date"));
			return today;
		}
	}

	private static MessageSourceResolvable error(String key) {
		return new DefaultMessageSourceResolvable(new String[] { key }, null, key);
	}

	private static String text(Object value) {
		return (value == null || value.toString().isBlank()) ? null : value.toString().strip();
	}

	/**
	 * A consent as the client's page and the API show it.
	 *
	 * @param consent the record
	 * @param purpose the counselling purpose (null for a purpose of another module)
	 * @param title the title of the text agreed to
	 * @param languageName the language of that text, by name
	 */
	public record ConsentView(ConsentRecord consent, Purpose purpose, String title, String languageName) {
	}

	/**
	 * The outcome of recording a consent or a withdrawal.
	 *
	 * @param consent the consent as stored, null when a value was wrong
	 * @param errors the wrong values by field
	 */
	public record Recorded(ConsentRecord consent, Map<String, MessageSourceResolvable> errors) {
	}

	/**
	 * What a client may consent to at the Beratungsstelle: the purpose code, with the
	 * recipients and data categories named in the bundle
	 * ({@code counselling.consent.purpose.<name>.*}) and the texts stored on first use.
	 */
	public enum Purpose {

		/** Counselling: storing and processing the client's data for the counselling. */
		COUNSELLING("counselling.counselling", "Beratung und Speicherung meiner Angaben",
				"Ich willige ein, dass die Beratungsstelle für Zugewanderte meine Angaben (Name, Kontaktdaten, "
						+ "Geburtsjahr, Geschlecht, Staatsangehörigkeit, Sprachen, Aufenthaltsstatus, Jahr der Einreise, "
						+ "Wohnort, Deutschkenntnisse und Notizen aus der Beratung) für meine Beratung speichert und "
						+ "verarbeitet. Die Angaben sehen nur die Beraterinnen und Berater der Beratungsstelle. Ich kann "
						+ "die Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen.",
				"Counselling and storing my data",
				"I agree that the counselling service for immigrants stores and processes my data (name, contact "
						+ "details, year of birth, gender, nationality, languages, residence status, year of arrival, "
						+ "place of residence, German skills and notes from the counselling) for my counselling. Only "
						+ "the counsellors of the service see them. I can withdraw this consent at any time with effect "
						+ "for the future."),
		/** Referral: passing data to the service the client is referred to. */
		REFERRAL("counselling.referral", "Weitergabe bei einer Vermittlung",
				"Ich willige ein, dass die Beratungsstelle für Zugewanderte meinen Namen, meine Kontaktdaten, meine "
						+ "Sprachen und mein Anliegen an die Stelle weitergibt, an die sie mich mit meinem Einverständnis "
						+ "vermittelt (z. B. Migrationsberatung, Jobcenter, Ausländerbehörde, Sprachkursträger). Ich kann "
						+ "die Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen.",
				"Passing on my data for a referral",
				"I agree that the counselling service for immigrants passes my name, contact details, languages and "
						+ "concern to the service it refers me to with my agreement (e.g. migration counselling, job "
						+ "centre, immigration office, language course provider). I can withdraw this consent at any "
						+ "time with effect for the future."),
		/** Passing data to the Jobcenter for a referral. */
		REFERRAL_JOBCENTER("counselling.referral.jobcenter", "Weitergabe an das Jobcenter",
				"Ich willige ein, dass die Beratungsstelle für Zugewanderte meinen Namen, meine Kontaktdaten, meine "
						+ "Sprachen, meine Deutschkenntnisse und mein Anliegen an das Jobcenter weitergibt, damit es mich "
						+ "bei Arbeitssuche und Anerkennung meines Abschlusses unterstützt. Ich kann die Einwilligung "
						+ "jederzeit mit Wirkung für die Zukunft widerrufen.",
				"Passing on my data to the job centre",
				"I agree that the counselling service for immigrants passes my name, contact details, languages, "
						+ "German skills and concern to the job centre, so that it supports me in finding work and in "
						+ "the recognition of my qualification. I can withdraw this consent at any time with effect "
						+ "for the future."),
		/** Passing data to the Migrationsberatung für Erwachsene (MBE). */
		REFERRAL_MBE("counselling.referral.mbe", "Weitergabe an die Migrationsberatung für Erwachsene (MBE)",
				"Ich willige ein, dass die Beratungsstelle für Zugewanderte meinen Namen, meine Kontaktdaten, meine "
						+ "Sprachen, meinen Aufenthaltsstatus und mein Anliegen an die Migrationsberatung für "
						+ "erwachsene Zuwanderer (MBE) weitergibt, die mich weiter berät. Ich kann die Einwilligung "
						+ "jederzeit mit Wirkung für die Zukunft widerrufen.",
				"Passing on my data to the migration counselling for adults (MBE)",
				"I agree that the counselling service for immigrants passes my name, contact details, languages, "
						+ "residence status and concern to the migration counselling for adult immigrants (MBE), "
						+ "which counsels me further. I can withdraw this consent at any time with effect for the "
						+ "future."),
		/** Passing data to a language course provider. */
		REFERRAL_LANGUAGE_COURSE("counselling.referral.language-course", "Weitergabe an einen Sprachkursträger",
				"Ich willige ein, dass die Beratungsstelle für Zugewanderte meinen Namen, meine Kontaktdaten, meine "
						+ "Sprachen und meine Deutschkenntnisse an einen Träger von Integrations- oder Sprachkursen "
						+ "weitergibt, damit er mir einen Kursplatz anbietet. Ich kann die Einwilligung jederzeit mit "
						+ "Wirkung für die Zukunft widerrufen.",
				"Passing on my data to a language course provider",
				"I agree that the counselling service for immigrants passes my name, contact details, languages and "
						+ "German skills to a provider of integration or language courses, so that it offers me a place "
						+ "in a course. I can withdraw this consent at any time with effect for the future."),
		/** Passing first name and phone to the guide who accompanies the client. */
		GUIDE_ACCOMPANIMENT("counselling.guide-accompaniment",
				"Weitergabe an eine Integrationslotsin oder einen Integrationslotsen",
				"Ich willige ein, dass die Beratungsstelle für Zugewanderte meinen Vornamen und meine Telefonnummer "
						+ "an die ehrenamtliche Integrationslotsin oder den ehrenamtlichen Integrationslotsen weitergibt, "
						+ "die oder der mich begleitet, damit wir einen Termin vereinbaren können. Die Lotsin oder der "
						+ "Lotse erfährt nichts aus meiner Beratung. Ich kann die Einwilligung jederzeit mit Wirkung für "
						+ "die Zukunft widerrufen.",
				"Passing on my data to an integration guide",
				"I agree that the counselling service for immigrants passes my first name and phone number to the "
						+ "volunteer integration guide who accompanies me, so that we can arrange an appointment. The "
						+ "guide learns nothing from my counselling. I can withdraw this consent at any time with "
						+ "effect for the future.");

		private final String code;

		private final String titleDe;

		private final String bodyDe;

		private final String titleEn;

		private final String bodyEn;

		Purpose(String code, String titleDe, String bodyDe, String titleEn, String bodyEn) {
			this.code = code;
			this.titleDe = titleDe;
			this.bodyDe = bodyDe;
			this.titleEn = titleEn;
			this.bodyEn = bodyEn;
		}

		/** The purpose code in {@code privacy.Consents}. */
		public String code() {
			return this.code;
		}

		String titleDe() {
			return this.titleDe;
		}

		String bodyDe() {
			return this.bodyDe;
		}

		String titleEn() {
			return this.titleEn;
		}

		String bodyEn() {
			return this.bodyEn;
		}

		/** The purpose of a code. */
		public static Optional<Purpose> byCode(String code) {
			for (Purpose purpose : values()) {
				if (purpose.code.equals(code) || purpose.name().equals(code)) {
					return Optional.of(purpose);
				}
			}
			return Optional.empty();
		}

	}

}
