package de.teilhabe.network.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.network.form.FieldError;
import de.teilhabe.network.form.FormCheck;
import de.teilhabe.privacy.ConsentText;
import de.teilhabe.privacy.Consents;
import de.teilhabe.privacy.HowGiven;
import de.teilhabe.privacy.NewConsent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contact persons of organisations, each stored together with the consent record (purpose
 * {@value #PURPOSE}) that allows it. Without a valid consent a person's data is not
 * shown.
 */
@Service
public class ContactPersons {

	/** The consent purpose of contact persons. */
	public static final String PURPOSE = "network.contact";

	/** The data subject type of contact persons. */
	public static final String SUBJECT_TYPE = "network-contact";

	public static final List<String> FIELDS = List.of("name", "function", "email", "phone", "publicContact",
			"consentHow", "consentDate");

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private final JdbcClient jdbc;

	private final Consents consents;

	private final AuditLog audit;

	private final Clock clock;

	ContactPersons(JdbcClient jdbc, Consents consents, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.consents = consents;
		this.audit = audit;
		this.clock = clock;
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

	public Optional<ContactPerson> find(UUID tenantId, UUID id) {
		return this.jdbc.sql("SELECT * FROM network_contact WHERE tenant_id = ? AND id = ?")
			.params(tenantId, id)
			.query((rs, row) -> contact(tenantId, rs))
			.optional();
	}

	/**
	 * Checks and stores a contact person and records the consent (all or nothing).
	 * @return what is wrong by field (empty: stored)
	 */
	@Transactional
	public Map<String, FieldError> add(UUID tenantId, UUID organisationId, FormCheck check) {
		String name = check.text("name", true, 200);
		String function = check.text("function", false, 200);
		String email = check.email("email", false);
		String phone = check.phone("phone");
		boolean publicContact = check.flag("publicContact");
		HowGiven how = check.choice("consentHow", HowGiven.class, true);
		LocalDate given = check.date("consentDate", true);
		LocalDate today = LocalDate.now(this.clock.withZone(ZONE));
		if (given != null && given.isAfter(today)) {
			check.reject("consentDate", "network.error.future");
		}
		if (email == null && phone == null && !check.hasError("email") && !check.hasError("phone")) {
			check.reject("email", "network.error.contactWay");
		}
		if (!check.valid()) {
			return check.errors();
		}
		ConsentText text = consentText(tenantId);
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO network_contact (tenant_id, id, organisation_id, name, function, email, phone,
				  public_contact, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, organisationId, name, function, email, phone, publicContact,
					OffsetDateTime.now(this.clock))
			.update();
		OffsetDateTime givenAt = given.equals(today) ? OffsetDateTime.now(this.clock)
				: given.atStartOfDay(ZONE).toOffsetDateTime();
		this.consents.record(new NewConsent(tenantId, SUBJECT_TYPE, id.toString(), PURPOSE, text.version(),
				text.language(), givenAt, how));
		this.audit.record(AuditCategory.OTHER, "network.contact.added", "network_contact", id.toString(), null,
				"organisation " + organisationId);
		return Map.of();
	}

	@Transactional
	public boolean delete(UUID tenantId, UUID id) {
		boolean deleted = this.jdbc.sql("DELETE FROM network_contact WHERE tenant_id = ? AND id = ?")
			.params(tenantId, id)
			.update() > 0;
		if (deleted) {
			this.audit.record(AuditCategory.OTHER, "network.contact.deleted", "network_contact", id.toString(), null,
					null);
		}
		return deleted;
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
		Map<String, String> values = new java.util.LinkedHashMap<>();
		FIELDS.forEach((field) -> values.put(field, ""));
		return values;
	}

}
