package de.teilhabe.privacy.retention;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.access.AuditLog.AuditEntry;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.database.StatementTimeout;
import de.teilhabe.shared.jobs.JobLock;
import de.teilhabe.shared.privacy.RetentionRule;
import de.teilhabe.shared.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies every registered {@link RetentionRule} under the job lock (one instance at a
 * time), per tenant, each rule in a transaction of its own (without the statement timeout
 * of requests) so one failing rule does not undo the others; logs each run in
 * retention_run and in the audit log of the tenant whose records it covered.
 */
@Service
class RetentionRunner {

	static final String JOB = "retention";

	static final int MAX_ERROR_LENGTH = 2000;

	private static final Logger log = LoggerFactory.getLogger(RetentionRunner.class);

	private final List<RetentionRule> rules;

	private final JobLock lock;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final Tenants tenants;

	RetentionRunner(List<RetentionRule> rules, JobLock lock, JdbcClient jdbc, AuditLog audit, Clock clock,
			PlatformTransactionManager transactionManager, Tenants tenants) {
		this.tenants = tenants;
		this.rules = rules.stream().sorted(Comparator.comparing(RetentionRule::name)).toList();
		this.lock = lock;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	List<RetentionRule> rules() {
		return this.rules;
	}

	/**
	 * Applies all rules to the records of the officer's tenant ("run now").
	 * @param officer the PRIVACY_OFFICER who asked for it
	 * @return the runs, or empty if another instance is applying the rules right now
	 */
	Optional<List<RetentionRun>> runFor(Actor officer) {
		return Optional.ofNullable(this.lock.callExclusively(JOB, () -> runRules(officer.tenantId(), officer)));
	}

	/**
	 * Applies all rules to every tenant in turn, then to the records of no tenant (the
	 * scheduled job).
	 * @return the runs, or empty if another instance is applying the rules right now
	 */
	Optional<List<RetentionRun>> runForEveryTenant() {
		return Optional.ofNullable(this.lock.callExclusively(JOB, () -> {
			List<RetentionRun> runs = new ArrayList<>();
			this.tenants.all().forEach((tenant) -> runs.addAll(runRules(tenant.id(), null)));
			runs.addAll(runRules(null, null));
			return runs;
		}));
	}

	private List<RetentionRun> runRules(UUID tenantId, Actor trigger) {
		return this.rules.stream().map((rule) -> run(rule, tenantId, trigger)).toList();
	}

	private RetentionRun run(RetentionRule rule, UUID tenantId, Actor trigger) {
		OffsetDateTime started = now();
		Integer affected = null;
		String error = null;
		try {
			affected = this.transactions.execute((status) -> {
				// background work: deleting a year's records may take longer than a
				// request may
				StatementTimeout.liftForThisTransaction(this.jdbc);
				return rule.apply(tenantId, started.toInstant());
			});
		}
		catch (RuntimeException ex) {
			log.error("Retention rule {} failed", rule.name(), ex);
			error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
			if (error.length() > MAX_ERROR_LENGTH) {
				error = error.substring(0, MAX_ERROR_LENGTH);
			}
		}
		OffsetDateTime finished = now();
		UUID actorId = (trigger != null) ? trigger.userId() : null;
		Integer count = affected;
		String failure = error;
		long id = this.transactions.execute((status) -> {
			long runId = this.jdbc.sql("""
					INSERT INTO retention_run (tenant_id, rule, started_at, finished_at, affected, error, triggered_by)
					VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
				.params(tenantId, rule.name(), started, finished, count, failure, actorId)
				.query(Long.class)
				.single();
			this.audit.record(new AuditEntry(tenantId, actorId, (trigger != null) ? trigger.username() : "system",
					AuditCategory.PRIVACY, (failure == null) ? "retention.applied" : "retention.failed",
					"retention_rule", rule.name(), null, (failure == null) ? "affected=" + count : "error"));
			return runId;
		});
		if (affected != null && affected > 0) {
			log.info("Retention rule {} for tenant {}: {} record(s) deleted or anonymised", rule.name(), tenantId,
					affected);
		}
		return new RetentionRun(id, tenantId, rule.name(), started, finished, affected, error, actorId);
	}

	/**
	 * The latest runs a tenant may see: those over its own records (scheduled or started
	 * by its PRIVACY_OFFICER) and those over the records of no tenant.
	 */
	List<RetentionRun> latestRuns(UUID tenantId, int limit) {
		return this.jdbc.sql("""
				SELECT * FROM retention_run WHERE tenant_id IS NULL OR tenant_id = ?
				ORDER BY started_at DESC, id DESC LIMIT ?""").params(tenantId, limit).query(RetentionRun.class).list();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
