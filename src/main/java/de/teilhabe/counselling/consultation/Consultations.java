package de.teilhabe.counselling.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.counselling.casework.Topic;
import de.teilhabe.network.OrganisationSummary;
import de.teilhabe.network.Organisations;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.RecordApiController;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.SavedForm;
import de.teilhabe.shared.web.form.FormBinder.Bound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert consultations (interkulturelle Fachberatung) of the Beratungsstelle for
 * regular services: every counsellor of the team reads and changes them; they hold no
 * client's personal data. The asking organisation is picked from the network
 * ({@link Organisations}: approved entries of the tenant only), its name kept as it was;
 * or a service is named in words. Writes are audited.
 */
@Service
class Consultations implements RecordApiController.Records<Consultation> {

	static final String RECORD = "counselling_expert_consultation";

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final String COLUMNS = "id, organisation_id, service_name, consulted_on, question, answer, "
			+ "minutes, topics, counsellor_id, created_at, updated_at";

	private final JdbcClient jdbc;

	private final Organisations organisations;

	private final FormBinder forms;

	private final AuditLog audit;

	private final Clock clock;

	Consultations(JdbcClient jdbc, Organisations organisations, FormBinder forms, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.forms = forms;
		this.audit = audit;
		this.clock = clock;
	}

	/** A page of the tenant's consultations, the latest day first. */
	ApiPage<Consultation> list(Actor actor, ApiPaging paging) {
		List<Consultation> items = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM counselling_expert_consultation WHERE tenant_id = ? "
					+ "ORDER BY consulted_on DESC, created_at DESC, id LIMIT ? OFFSET ?")
			.params(actor.tenantId(), paging.size(), paging.offset())
			.query((rs, row) -> consultation(rs))
			.list();
		long total = this.jdbc.sql("SELECT count(*) FROM counselling_expert_consultation WHERE tenant_id = ?")
			.params(actor.tenantId())
			.query(Long.class)
			.single();
		return ApiPage.of(items, paging, total);
	}

	/** One consultation of the tenant (404 otherwise). */
	@Override
	public Consultation read(Actor actor, UUID id) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM counselling_expert_consultation WHERE tenant_id = ? AND id = ?")
			.params(actor.tenantId(), id)
			.query((rs, row) -> consultation(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("counselling.consultation.error.notFound"));
	}

	/** Enters a consultation; all or nothing. */
	@Transactional
	@Override
	public Saved create(Actor actor, Map<String, ?> input) {
		Checked checked = check(actor, input);
		if (checked.form() == null) {
			return new Saved(null, checked.values());
		}
		ConsultationForm form = checked.form();
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.jdbc.sql("""
				INSERT INTO counselling_expert_consultation (tenant_id, id, organisation_id, service_name, consulted_on,
				  question, answer, minutes, topics, counsellor_id, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT[]), ?, ?, ?)""")
			.params(actor.tenantId(), id, form.organisationId(), checked.serviceName(), form.consultedOn(),
					form.question(), form.answer(), form.minutes(), form.topics().toArray(String[]::new),
					actor.userId(), now, now)
			.update();
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.consultation.created", RECORD, id.toString(), null);
		return new Saved(id, checked.values());
	}

	/** Changes a consultation of the tenant; all or nothing. */
	@Transactional
	@Override
	public Saved update(Actor actor, UUID id, Map<String, ?> input) {
		read(actor, id);
		Checked checked = check(actor, input);
		if (checked.form() == null) {
			return new Saved(null, checked.values());
		}
		ConsultationForm form = checked.form();
		this.jdbc.sql("""
				UPDATE counselling_expert_consultation SET organisation_id = ?, service_name = ?, consulted_on = ?,
				  question = ?, answer = ?, minutes = ?, topics = CAST(? AS TEXT[]), updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(form.organisationId(), checked.serviceName(), form.consultedOn(), form.question(), form.answer(),
					form.minutes(), form.topics().toArray(String[]::new), OffsetDateTime.now(this.clock),
					actor.tenantId(), id)
			.update();
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.consultation.changed", RECORD, id.toString(), null);
		return new Saved(id, checked.values());
	}

	/** The organisations of the network to pick from, by name. */
	List<OrganisationSummary> organisations(Actor actor) {
		List<OrganisationSummary> all = new ArrayList<>();
		for (int page = 0; page < 20; page++) {
			ApiPage<OrganisationSummary> one = this.organisations.list(actor.tenantId(),
					ApiPaging.of(page, ApiPaging.MAX_SIZE));
			all.addAll(one.items());
			if (page + 1 >= one.totalPages()) {
				break;
			}
		}
		return all;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(BERLIN));
	}

	private Checked check(Actor actor, Map<String, ?> input) {
		String[] serviceName = new String[1];
		Bound<ConsultationForm> bound = this.forms.bind(input, ConsultationForm.class, (form, errors) -> {
			if (form.consultedOn() != null && form.consultedOn().isAfter(today())) {
				errors.rejectValue("consultedOn", "counselling.consultation.error.future");
			}
			if (form.organisationId() != null) {
				OrganisationSummary organisation = this.organisations.find(actor.tenantId(), form.organisationId())
					.orElse(null);
				if (organisation == null) {
					errors.rejectValue("organisationId", "counselling.consultation.error.organisation");
				}
				else {
					serviceName[0] = organisation.name();
				}
			}
			else if (form.serviceName() == null) {
				errors.rejectValue("serviceName", "counselling.consultation.error.service");
			}
			else {
				serviceName[0] = form.serviceName();
			}
		});
		return new Checked(bound.valid() ? bound.form() : null, serviceName[0], bound.checked());
	}

	private static Consultation consultation(ResultSet rs) throws SQLException {
		List<Topic> topics = new ArrayList<>();
		for (Object code : (Object[]) rs.getArray("topics").getArray()) {
			topics.add(Topic.valueOf((String) code));
		}
		return new Consultation(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getString("service_name"), rs.getObject("consulted_on", LocalDate.class), rs.getString("question"),
				rs.getString("answer"), rs.getInt("minutes"), topics, rs.getObject("counsellor_id", UUID.class),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
	}

	private record Checked(ConsultationForm form, String serviceName, CheckedValues values) {
	}

	/**
	 * The outcome of a save.
	 *
	 * @param id the consultation, null if nothing was stored
	 * @param checked the values and errors
	 */
	record Saved(UUID id, CheckedValues checked) implements SavedForm {
	}

}
