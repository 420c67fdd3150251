package de.teilhabe.guides.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.guides.candidate.Candidates;
import de.teilhabe.guides.request.GuideRequest;
import de.teilhabe.guides.request.RequestStore;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.jobs.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Records whether open requests have any guide who passes the hard rules (the candidates'
 * own rules, {@link Candidates}): a request created or changed since its last check is
 * checked within minutes ({@code teilhabe.guides.reports.supply-interval}, default 5
 * minutes), and every open request whose last appointment has not passed is checked once
 * a day ({@code teilhabe.guides.reports.supply-cron}, default 04:10). A request whose
 * latest check found no candidate is unmet demand ({@link GuideReports}). Each run holds
 * the platform's job lock, so one instance checks at a time.
 */
@Service
public class RequestSupply {

	static final String JOB = "guides-request-supply";

	private static final Logger log = LoggerFactory.getLogger(RequestSupply.class);

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Candidates candidates;

	private final RequestStore requests;

	private final Tenants tenants;

	private final JobLock lock;

	private final Clock clock;

	RequestSupply(JdbcClient jdbc, JdbcTemplate batch, Candidates candidates, RequestStore requests, Tenants tenants,
			JobLock lock, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.candidates = candidates;
		this.requests = requests;
		this.tenants = tenants;
		this.lock = lock;
		this.clock = clock;
	}

	/** Checks the requests created or changed since their last check, in every tenant. */
	@Scheduled(fixedDelayString = "${teilhabe.guides.reports.supply-interval:5m}", initialDelayString = "1m")
	public void checkChanged() {
		this.lock.runExclusively(JOB, () -> this.tenants.all().forEach((tenant) -> check(tenant.id(), true)));
	}

	/**
	 * Checks every open request whose last appointment has not passed, in every tenant.
	 */
	@Scheduled(cron = "${teilhabe.guides.reports.supply-cron:0 10 4 * * *}",
			zone = "${teilhabe.time-zone:Europe/Berlin}")
	public void checkAllOpen() {
		this.lock.runExclusively(JOB,
				() -> this.tenants.all().stream().map(Tenant::id).forEach((id) -> check(id, false)));
	}

	/**
	 * Checks a tenant's open requests (whose last appointment has not passed): only those
	 * created or changed since their last check, or all.
	 * @return how many requests were checked
	 */
	public int check(UUID tenantId, boolean changedOnly) {
		LocalDate today = LocalDate.now(this.clock.withZone(this.candidates.zone()));
		List<UUID> due = this.jdbc.sql("""
				SELECT r.id FROM guide_request r
				LEFT JOIN guide_request_supply s ON s.tenant_id = r.tenant_id AND s.request_id = r.id
				WHERE r.tenant_id = ? AND r.status = 'OPEN' AND coalesce(r.repeat_until, r.first_day) >= ?
				  AND (? = FALSE OR s.request_id IS NULL OR s.request_updated_at < r.updated_at)""")
			.params(tenantId, today, changedOnly)
			.query(UUID.class)
			.list();
		if (due.isEmpty()) {
			return 0;
		}
		Map<UUID, OffsetDateTime> updated = new HashMap<>();
		this.jdbc.sql("SELECT id, updated_at FROM guide_request WHERE tenant_id = ? AND id = ANY (?::uuid[])")
			.params(tenantId, due.stream().map(UUID::toString).toArray(String[]::new))
			.query((rs, row) -> updated.put(rs.getObject("id", UUID.class),
					rs.getObject("updated_at", OffsetDateTime.class)))
			.list();
		Candidates.Pool pool = this.candidates.pool(tenantId);
		OffsetDateTime now = OffsetDateTime.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		List<Object[]> rows = new ArrayList<>();
		for (GuideRequest request : this.requests.findAll(tenantId, due)) {
			int found = this.candidates.rules().rank(request, pool.facts(request), pool.today()).size();
			rows.add(new Object[] { tenantId, request.id(), now, now, found, updated.get(request.id()) });
		}
		record(rows);
		log.debug("Checked {} guide request(s) of tenant {} for candidates", rows.size(), tenantId);
		return rows.size();
	}

	/**
	 * Stores checks: rows of tenant, request, first checked, checked, candidates and the
	 * request's updated_at (a later check keeps the first one's time).
	 */
	public void record(List<Object[]> rows) {
		this.batch.batchUpdate("""
				INSERT INTO guide_request_supply (tenant_id, request_id, first_checked_at, checked_at, candidates,
				  request_updated_at)
				VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT (tenant_id, request_id) DO UPDATE SET checked_at = excluded.checked_at,
				  candidates = excluded.candidates, request_updated_at = excluded.request_updated_at""", rows);
	}

}
