package de.teilhabe.counselling.casework;

import java.util.Optional;
import java.util.UUID;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.counselling.access.ClientAccess.Grant;
import de.teilhabe.counselling.access.ClientAccess.Kind;
import de.teilhabe.counselling.client.Clients;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read a case: whoever may read its client (responsible counsellor, deputy,
 * break-glass; {@code access.ClientAccess}). A short anonymous contact holds no personal
 * data and is open to every counsellor of the team; so is an anonymised case.
 */
@Component
public class CaseAccess {

	private final JdbcClient jdbc;

	private final Clients clients;

	CaseAccess(JdbcClient jdbc, Clients clients) {
		this.jdbc = jdbc;
		this.clients = clients;
	}

	/**
	 * The case's client, kind and state with the user's grant on it.
	 * @throws NotFoundException for an unknown case or one of another tenant
	 * @throws AccessDeniedException for a case the user may not read
	 */
	public CaseStub readable(Actor actor, UUID caseId) {
		CaseStub stub = stub(actor, caseId).orElseThrow(() -> new NotFoundException("counselling.error.caseNotFound"));
		if (!stub.grant().kind().reads()) {
			throw new AccessDeniedException("not responsible, no deputy, no break-glass access");
		}
		return stub;
	}

	/** The case with the user's grant on it, if it exists in the user's tenant. */
	public Optional<CaseStub> stub(Actor actor, UUID caseId) {
		return this.jdbc.sql("SELECT client_id, kind, status FROM counselling_case WHERE tenant_id = ? AND id = ?")
			.params(actor.tenantId(), caseId)
			.query((rs, row) -> {
				UUID clientId = rs.getObject("client_id", UUID.class);
				Grant grant = (clientId != null) ? this.clients.grant(actor, clientId) : new Grant(Kind.DEPUTY, null);
				return new CaseStub(caseId, clientId, rs.getString("kind"), rs.getString("status"), grant);
			})
			.optional();
	}

	/**
	 * A case as far as access needs it.
	 *
	 * @param id the case
	 * @param clientId its client, null for a short anonymous contact or an anonymised
	 * case
	 * @param kind {@code SHORT_CONTACT}, {@code COUNSELLING} or {@code CASE_MANAGEMENT}
	 * @param status {@code OPEN} or {@code CLOSED}
	 * @param grant how the user may read it ({@link Grant#auditReason} for the audit log)
	 */
	public record CaseStub(UUID id, UUID clientId, String kind, String status, Grant grant) {
	}

}
