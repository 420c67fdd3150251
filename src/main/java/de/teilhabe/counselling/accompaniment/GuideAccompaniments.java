package de.teilhabe.counselling.accompaniment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.access.AuditLog.AuditEntry;
import de.teilhabe.counselling.casework.CaseAccess;
import de.teilhabe.counselling.casework.CaseAccess.CaseStub;
import de.teilhabe.counselling.client.ClientConsents;
import de.teilhabe.counselling.client.ClientConsents.Purpose;
import de.teilhabe.counselling.client.Clients;
import de.teilhabe.guides.AccompaniedPersonContacts;
import de.teilhabe.guides.Accompaniments;
import de.teilhabe.guides.Accompaniments.Progress;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.web.ConflictException;
import de.teilhabe.shared.web.form.CheckedValues;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accompaniment by a guide from a case (the Beratungsstelle „wird unterstützt durch die
 * Dienste der Integrationslotsinnen und -lotsen“): the counsellor asks the Leitstelle for
 * a guide with topic, language, Gemeinde, time and a short brief, never the client's name
 * or a note; the request lives in the guides module, this part keeps which case asked for
 * it and shows how it stands (assigned, accepted, done, the time the guide spent). Asking
 * needs the client's valid consent {@link Purpose#GUIDE_ACCOMPANIMENT}; the guide of an
 * accepted assignment then reads the client's first name and phone ({@link #contactOf}),
 * the consent checked again and the read recorded.
 */
@Service
public class GuideAccompaniments implements AccompaniedPersonContacts {

	static final String PURPOSE = "guide accompaniment";

	private final CaseAccess cases;

	private final Clients clients;

	private final ClientConsents consents;

	private final Accompaniments guides;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	GuideAccompaniments(CaseAccess cases, Clients clients, ClientConsents consents, Accompaniments guides,
			JdbcClient jdbc, AuditLog audit, TransactionTemplate transaction, Clock clock) {
		this.cases = cases;
		this.clients = clients;
		this.consents = consents;
		this.guides = guides;
		this.jdbc = jdbc;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Asks the Leitstelle for a guide for the case's client: the fields {@code topic},
	 * {@code language}, {@code gemeinde}, {@code place}, {@code date}, {@code starts},
	 * {@code ends}, {@code brief}. All or nothing: the request and this case's record of
	 * it in one transaction. The actor is given, not taken from the request, so that the
	 * demo data can ask on behalf of a demo counsellor.
	 * @throws ConflictException for a closed case or one without a client
	 */
	public Asked ask(Actor actor, UUID caseId, Map<String, ?> raw) {
		CaseStub stub = open(actor, caseId);
		Map<String, Object> values = new LinkedHashMap<>();
		for (String field : List.of("topic", "gemeinde", "place", "date", "starts", "ends", "brief")) {
			values.put(field, raw.get(field));
		}
		Object language = raw.get("language");
		values.put("languages", (language instanceof String code && !code.isBlank()) ? List.of(code) : List.of());
		values.put("contactReference", reference(actor));
		if (!consented(actor.tenantId(), stub.clientId())) {
			Map<String, String> shown = new LinkedHashMap<>();
			raw.forEach((key, value) -> shown.put(key, (value != null) ? value.toString() : ""));
			return new Asked(null, new CheckedValues(shown, Map.of("consent", consentMissing())));
		}
		return this.transaction.execute((status) -> {
			Accompaniments.Asked asked = this.guides.ask(actor, values);
			if (asked.requestId() == null) {
				return new Asked(null, ownFields(asked.checked(), raw));
			}
			UUID id = UUID.randomUUID();
			this.jdbc.sql("""
					INSERT INTO counselling_accompaniment
					  (tenant_id, id, case_id, request_id, asked_by, asked_by_name, asked_at)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(actor.tenantId(), id, caseId, asked.requestId(), actor.userId(), actor.displayName(),
						OffsetDateTime.now(this.clock))
				.update();
			this.audit.record(new AuditEntry(actor.tenantId(), actor.userId(), actor.username(),
					AuditCategory.CASE_ACCESS, "counselling.accompaniment.asked", "counselling_case", caseId.toString(),
					stub.grant().auditReason(PURPOSE), "request " + asked.requestId()));
			return new Asked(id, asked.checked());
		});
	}

	/**
	 * The case's accompaniments, newest first, with how each stands; the read audited.
	 */
	List<Accompaniment> of(Actor actor, UUID caseId) {
		CaseStub stub = this.cases.readable(actor, caseId);
		List<Accompaniment> rows = this.jdbc.sql("""
				SELECT id, request_id, asked_by_name, asked_at FROM counselling_accompaniment
				WHERE tenant_id = ? AND case_id = ? ORDER BY asked_at DESC, id""")
			.params(actor.tenantId(), caseId)
			.query((rs, row) -> new Accompaniment(rs.getObject("id", UUID.class),
					rs.getObject("request_id", UUID.class), rs.getString("asked_by_name"),
					rs.getObject("asked_at", OffsetDateTime.class), null))
			.list();
		Map<UUID, Progress> progress = this.guides.progress(actor.tenantId(),
				rows.stream().map(Accompaniment::requestId).toList());
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.accompaniment.read", "counselling_case",
				caseId.toString(), stub.grant().auditReason(PURPOSE));
		List<Accompaniment> shown = new ArrayList<>();
		for (Accompaniment accompaniment : rows) {
			shown.add(accompaniment.with(progress.get(accompaniment.requestId())));
		}
		return shown;
	}

	/** Whether the client has a valid consent to pass first name and phone to a guide. */
	boolean consented(UUID tenantId, UUID clientId) {
		return !this.consents.withValidConsent(tenantId, List.of(clientId.toString()), Purpose.GUIDE_ACCOMPANIMENT)
			.isEmpty();
	}

	@Override
	public Optional<PersonContact> contactOf(Actor guide, UUID tenantId, UUID requestId) {
		Optional<UUID> clientId = this.jdbc.sql("""
				SELECT c.client_id FROM counselling_accompaniment a
				JOIN counselling_case c ON c.tenant_id = a.tenant_id AND c.id = a.case_id
				WHERE a.tenant_id = ? AND a.request_id = ? AND c.client_id IS NOT NULL""")
			.params(tenantId, requestId)
			.query(UUID.class)
			.optional();
		if (clientId.isEmpty()) {
			return Optional.empty();
		}
		if (!consented(tenantId, clientId.get())) {
			throw new ConflictException("counselling.accompaniment.error.consentGone", consentTitle());
		}
		return this.clients.readShared(guide, tenantId, clientId.get(), PURPOSE + ", request " + requestId)
			.map((client) -> new PersonContact(client.firstName(), client.phone()));
	}

	private CaseStub open(Actor actor, UUID caseId) {
		CaseStub stub = this.cases.readable(actor, caseId);
		if (stub.clientId() == null || "SHORT_CONTACT".equals(stub.kind())) {
			throw new ConflictException("counselling.accompaniment.error.noClient");
		}
		if ("CLOSED".equals(stub.status())) {
			throw new ConflictException("counselling.accompaniment.error.closed");
		}
		return stub;
	}

	/**
	 * The reference the Leitstelle sees on the request: who at the Beratungsstelle asked
	 * (a colleague to call back), nothing about the client.
	 */
	private static String reference(Actor actor) {
		String reference = "Beratungsstelle für Zugewanderte, " + actor.displayName();
		return (reference.length() > 100) ? reference.substring(0, 100) : reference;
	}

	/** The guides form's errors under this form's field names ({@code language}). */
	private static CheckedValues ownFields(CheckedValues checked, Map<String, ?> raw) {
		Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>();
		checked.errors().forEach((field, error) -> errors.put("languages".equals(field) ? "language" : field, error));
		Map<String, String> values = new LinkedHashMap<>(checked.values());
		values.remove("languages");
		values.remove("contactReference");
		Object language = raw.get("language");
		values.put("language", (language != null) ? language.toString() : "");
		return new CheckedValues(values, errors);
	}

	private static MessageSourceResolvable consentMissing() {
		return new DefaultMessageSourceResolvable(new String[] { "counselling.accompaniment.error.consent" },
				new Object[] { consentTitle() });
	}

	private static MessageSourceResolvable consentTitle() {
		return new DefaultMessageSourceResolvable("counselling.consent.purpose.title." + Purpose.GUIDE_ACCOMPANIMENT);
	}

	/**
	 * The outcome of asking.
	 *
	 * @param id the accompaniment, null if nothing was stored
	 * @param checked the values and what is wrong with them
	 */
	public record Asked(UUID id, CheckedValues checked) {
	}

	/**
	 * An accompaniment of a case as the counsellor sees it.
	 *
	 * @param id its id
	 * @param requestId the guides module's request
	 * @param askedByName who asked
	 * @param askedAt when
	 * @param progress how it stands, null if the request is gone
	 */
	record Accompaniment(UUID id, UUID requestId, String askedByName, OffsetDateTime askedAt, Progress progress) {

		Accompaniment with(Progress progress) {
			return new Accompaniment(this.id, this.requestId, this.askedByName, this.askedAt, progress);
		}

		/**
		 * Where it stands, one of {@code OPEN} (no guide yet), {@code COMMISSIONED},
		 * {@code ACCEPTED}, {@code DONE}, {@code APPROVED}, {@code CANCELLED},
		 * {@code GONE}.
		 */
		public String state() {
			if (this.progress == null) {
				return "GONE";
			}
			if ("CANCELLED".equals(this.progress.requestStatus())) {
				return "CANCELLED";
			}
			if (this.progress.approvedAt() != null) {
				return "APPROVED";
			}
			if ("DONE".equals(this.progress.requestStatus())) {
				return "DONE";
			}
			String assignment = this.progress.assignmentStatus();
			return ("COMMISSIONED".equals(assignment) || "ACCEPTED".equals(assignment)) ? assignment : "OPEN";
		}

	}

}
