package de.teilhabe.network.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.network.form.Sql;
import de.teilhabe.network.moderation.EntityType;
import de.teilhabe.network.moderation.ModeratedType;
import de.teilhabe.privacy.ConsentRecord;
import de.teilhabe.privacy.ConsentText;
import de.teilhabe.privacy.Consents;
import de.teilhabe.privacy.HowGiven;
import de.teilhabe.privacy.NewConsent;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Contact persons of organisations, each stored together with the consent record (purpose
 * {@value #PURPOSE}) that allows it. Without a valid consent a person's data is not
 * shown. The office maintains them directly; a partner's additions, edits and removals of
 * its own organisation's contacts go through moderation like its other changes.
 */
@Service
public class ContactPersons implements ModeratedType {

	/** The consent purpose of contact persons. */
	public static final String PURPOSE = "network.contact";

	/** The data subject type of contact persons. */
	public static final String SUBJECT_TYPE = "network-contact";

	public static final List<String> FIELDS = List.of("name", "function", "email", "phone", "publicContact",
			"consentHow", "consentDate");

	private final JdbcClient jdbc;

	private final Consents consents;

	private final Clock clock;

	private final Times times;

	private final FormBinder forms;

	ContactPersons(JdbcClient jdbc, Consents consents, Clock clock, Times times, FormBinder forms) {
		this.forms = forms;
		this.jdbc = jdbc;
		this.consents = consents;
		this.clock = clock;
		this.times = times;
	}

	/**
	 * The contact persons of an organisation, by name, with the state of their consent.
	 */
	public List<ContactPerson> of(UUID tenantId, UUID organisationId) {
		return this.jdbc
			.sql("SELECT * FROM network_contact WHERE tenant_id = ? AND organisation_id = ? ORDER BY lower(name), id")
			.params(tenantId, organisationId)
			.query((rs, row) -> contact(tenantId, rs))
			.list();
	}

	/**
	 * The contact persons who agreed to be shown publicly and whose consent is valid, of
	 * many organisations at once (two queries, however many organisations and persons),
	 * by organisation and name.
	 */
	public Map<UUID, List<ContactPerson>> publicOf(UUID tenantId, Collection<UUID> organisationIds) {
		if (organisationIds.isEmpty()) {
			return Map.of();
		}
		List<ContactPerson> shown = this.jdbc.sql("""
				SELECT * FROM network_contact WHERE tenant_id = ? AND organisation_id = ANY(CAST(? AS UUID[]))
				  AND public_contact ORDER BY lower(name), id""")
			.params(tenantId, organisationIds.stream().map(UUID::toString).toArray(String[]::new))
			.query((rs, row) -> new ContactPerson(rs.getObject("id", UUID.class),
					rs.getObject("organisation_id", UUID.class), rs.getString("name"), rs.getString("function"),
					rs.getString("email"), rs.getString("phone"), true, false))
			.list();
		Set<String> consented = this.consents.givenAmong(tenantId, SUBJECT_TYPE,
				shown.stream().map((contact) -> contact.id().toString()).toList(), PURPOSE);
		Map<UUID, List<ContactPerson>> byOrganisation = new LinkedHashMap<>();
		for (ContactPerson contact : shown) {
			if (consented.contains(contact.id().toString())) {
				byOrganisation.computeIfAbsent(contact.organisationId(), (id) -> new ArrayList<>())
					.add(new ContactPerson(contact.id(), contact.organisationId(), contact.name(), contact.function(),
							contact.email(), contact.phone(), true, true));
			}
		}
		return byOrganisation;
	}

	public Optional<ContactPerson> find(UUID tenantId, UUID id) {
		return this.jdbc.sql("SELECT * FROM network_contact WHERE tenant_id = ? AND id = ?")
			.params(tenantId, id)
			.query((rs, row) -> contact(tenantId, rs))
			.optional();
	}

	@Override
	public EntityType type() {
		return EntityType.CONTACT;
	}

	@Override
	public List<String> fields() {
		return FIELDS;
	}

	@Override
	public Map<String, String> labelPrefixes() {
		return Map.of("consentHow", "network.how.");
	}

	/**
	 * Checks a contact person's values: a name, an e-mail address or a phone number, and
	 * how and when the person consented (not in the future).
	 */
	@Override
	public CheckedValues check(UUID tenantId, Map<String, String> raw) {
		LocalDate today = this.times.today(this.clock);
		return this.forms.bind(raw, ContactForm.class, (form, errors) -> {
			if (form.consentDate() != null && form.consentDate().isAfter(today)) {
				errors.rejectValue("consentDate", "network.error.future");
			}
		}).checked();
	}

	/**
	 * The form values of a contact person, with how and when the valid consent was given.
	 */
	@Override
	public Optional<Map<String, String>> current(UUID tenantId, UUID id) {
		return find(tenantId, id).map((contact) -> {
			Map<String, String> values = new LinkedHashMap<>();
			values.put("name", contact.name());
			values.put("function", text(contact.function()));
			values.put("email", text(contact.email()));
			values.put("phone", text(contact.phone()));
			values.put("publicContact", contact.publicContact() ? "true" : "");
			Optional<ConsentRecord> consent = validConsent(tenantId, id);
			values.put("consentHow", consent.map((record) -> record.givenHow().name()).orElse(""));
			values.put("consentDate",
					consent.map((record) -> this.times.local(record.givenAt()).toLocalDate().toString()).orElse(""));
			return values;
		});
	}

	@Override
	public Optional<UUID> organisationOf(UUID tenantId, UUID id) {
		return find(tenantId, id).map(ContactPerson::organisationId);
	}

	/** Stores a contact person from checked values and records the consent. */
	@Override
	public void create(UUID tenantId, UUID id, UUID organisationId, Map<String, String> values, OffsetDateTime now) {
		this.jdbc.sql("""
				INSERT INTO network_contact (tenant_id, id, organisation_id, name, function, email, phone,
				  public_contact, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, organisationId, values.get("name"), Sql.text(values.get("function")),
					Sql.text(values.get("email")), Sql.text(values.get("phone")),
					"true".equals(values.get("publicContact")), now)
			.update();
		recordConsent(tenantId, id, values, now);
	}

	/**
	 * Replaces a contact person's data; a consent given in another way or on another day
	 * than the valid one is recorded as a new consent.
	 */
	@Override
	public void update(UUID tenantId, UUID id, Map<String, String> values, OffsetDateTime now) {
		Map<String, String> before = current(tenantId, id).orElseThrow();
		this.jdbc.sql("""
				UPDATE network_contact SET name = ?, function = ?, email = ?, phone = ?, public_contact = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(values.get("name"), Sql.text(values.get("function")), Sql.text(values.get("email")),
					Sql.text(values.get("phone")), "true".equals(values.get("publicContact")), tenantId, id)
			.update();
		if (!values.get("consentHow").equals(before.get("consentHow"))
				|| !values.get("consentDate").equals(before.get("consentDate"))) {
			recordConsent(tenantId, id, values, now);
		}
	}

	/**
	 * Deletes a contact person (the consent record stays with the privacy module, which
	 * anonymises it on erasure).
	 */
	@Override
	public void delete(UUID tenantId, UUID id) {
		this.jdbc.sql("DELETE FROM network_contact WHERE tenant_id = ? AND id = ?").params(tenantId, id).update();
		forgetChanges(tenantId, id);
	}

	/**
	 * Empties the proposed values of a deleted person's changes (they hold the person's
	 * data); a pending one is superseded.
	 */
	int forgetChanges(UUID tenantId, UUID id) {
		return this.jdbc
			.sql("UPDATE network_change SET proposed = '{}'::jsonb, "
					+ "status = CASE WHEN status = 'PENDING' THEN 'SUPERSEDED' ELSE status END "
					+ "WHERE tenant_id = ? AND entity_type = 'CONTACT' AND entity_id = ?")
			.params(tenantId, id)
			.update();
	}

	private void recordConsent(UUID tenantId, UUID id, Map<String, String> values, OffsetDateTime now) {
		LocalDate given = LocalDate.parse(values.get("consentDate"));
		LocalDate today = this.times.today(this.clock);
		OffsetDateTime givenAt = given.equals(today) ? now : given.atStartOfDay(this.times.zone()).toOffsetDateTime();
		ConsentText text = consentText(tenantId);
		this.consents.record(new NewConsent(tenantId, SUBJECT_TYPE, id.toString(), PURPOSE, text.version(),
				text.language(), givenAt, HowGiven.valueOf(values.get("consentHow"))));
	}

	/**
	 * Per contact with a valid consent the id of that consent (for the link to record its
	 * withdrawal).
	 */
	Map<UUID, UUID> validConsentIds(UUID tenantId, List<ContactPerson> contacts) {
		Map<UUID, UUID> ids = new LinkedHashMap<>();
		contacts.stream()
			.filter(ContactPerson::consentValid)
			.forEach((contact) -> validConsent(tenantId, contact.id())
				.ifPresent((consent) -> ids.put(contact.id(), consent.id())));
		return ids;
	}

	private Optional<ConsentRecord> validConsent(UUID tenantId, UUID id) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return this.consents.history(tenantId, SUBJECT_TYPE, id.toString())
			.stream()
			.filter((record) -> PURPOSE.equals(record.purpose()) && record.validAt(now))
			.max(java.util.Comparator.comparing(ConsentRecord::recordedAt));
	}

	/**
	 * The tenant's consent text for contact persons as it will be shown (null: the
	 * default text, defined on first use).
	 */
	public de.teilhabe.privacy.ConsentText consentTextOrNull(UUID tenantId) {
		List<ConsentText> texts = this.consents.texts(tenantId, PURPOSE);
		return texts.isEmpty() ? null : texts.get(0);
	}

	/** The tenant's newest consent text for contact persons, defined on first use. */
	ConsentText consentText(UUID tenantId) {
		List<ConsentText> texts = this.consents.texts(tenantId, PURPOSE);
		if (!texts.isEmpty()) {
			return texts.stream().filter((text) -> "de".equals(text.language())).findFirst().orElse(texts.get(0));
		}
		return this.consents.defineText(new ConsentText(tenantId, PURPOSE, 1, "de", "Kontaktperson im Akteursnetzwerk",
				"Ich willige ein, dass die Integrationsstelle meinen Namen, meine Funktion und meine dienstlichen "
						+ "Kontaktdaten als Kontaktperson meiner Organisation im Akteursnetzwerk speichert und "
						+ "intern nutzt, um die Zusammenarbeit zu koordinieren. Wenn ich es ausdrücklich wünsche, "
						+ "werden diese Angaben auch öffentlich gezeigt. Ich kann die Einwilligung jederzeit mit "
						+ "Wirkung für die Zukunft widerrufen; dann werden meine Angaben gelöscht.",
				null));
	}

	private ContactPerson contact(UUID tenantId, ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new ContactPerson(id, rs.getObject("organisation_id", UUID.class), rs.getString("name"),
				rs.getString("function"), rs.getString("email"), rs.getString("phone"), rs.getBoolean("public_contact"),
				this.consents.isGiven(tenantId, SUBJECT_TYPE, id.toString(), PURPOSE));
	}

	/** Values of the contact form (empty: a new person). */
	public static Map<String, String> emptyForm() {
		Map<String, String> values = new LinkedHashMap<>();
		FIELDS.forEach((field) -> values.put(field, ""));
		return values;
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
