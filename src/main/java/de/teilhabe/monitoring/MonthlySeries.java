package de.teilhabe.monitoring;

import java.time.Clock;
import java.time.YearMonth;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.jobs.JobLock;
import de.teilhabe.shared.time.Times;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a module publishes its operational series ({@link OperationalStatistics}): the
 * monthly job for the month before today, for every tenant with data, under the
 * platform's job lock (one instance), each tenant in a transaction of its own (one
 * tenant's failure is logged, the others go on); and the months before today at the
 * demo's start.
 */
@Component
public class MonthlySeries {

	private static final Logger log = LoggerFactory.getLogger(MonthlySeries.class);

	private final Tenants tenants;

	private final JobLock lock;

	private final Times times;

	private final Clock clock;

	private final TransactionTemplate transactions;

	MonthlySeries(Tenants tenants, JobLock lock, Times times, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.tenants = tenants;
		this.lock = lock;
		this.times = times;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Publishes the month before today for every tenant that has data.
	 * @param job the job lock's name (one instance runs it)
	 * @param series what is published, for the log
	 * @param hasData whether a tenant has anything to publish
	 * @param publish publishes one month of one tenant (replacing that month)
	 */
	public void publishLastMonth(String job, String series, Predicate<UUID> hasData,
			BiConsumer<UUID, YearMonth> publish) {
		YearMonth month = YearMonth.from(this.times.today(this.clock)).minusMonths(1);
		this.lock.runExclusively(job, () -> {
			for (Tenant tenant : this.tenants.all()) {
				if (hasData.test(tenant.id())) {
					try {
						this.transactions.executeWithoutResult((status) -> publish.accept(tenant.id(), month));
					}
					catch (RuntimeException ex) {
						log.error("Publishing the {} of {} for tenant {} failed", series, month, tenant.id(), ex);
					}
				}
			}
		});
	}

	/** Publishes the months before today of a tenant, the oldest first. */
	public void publishLastMonths(UUID tenantId, int months, BiConsumer<UUID, YearMonth> publish) {
		YearMonth last = YearMonth.from(this.times.today(this.clock)).minusMonths(1);
		for (YearMonth month = last.minusMonths(months - 1L); !month.isAfter(last); month = month.plusMonths(1)) {
			publish.accept(tenantId, month);
		}
	}

}
