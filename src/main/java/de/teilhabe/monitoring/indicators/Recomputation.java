package de.teilhabe.monitoring.indicators;

import de.teilhabe.monitoring.StatisticsChanged;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Recomputes the indicators that read the series an import or rollback changed, right
 * after its commit (synchronously: the import's answer comes when the values are
 * current). Outside the import's transaction and without one of its own: the statements
 * run on connections of their own ({@link ParallelStatements}), and a recomputation that
 * held a connection while waiting for those could, with many at once, take the whole
 * pool.
 */
@Component
class Recomputation {

	private final IndicatorService indicators;

	Recomputation(IndicatorService indicators) {
		this.indicators = indicators;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void on(StatisticsChanged change) {
		this.indicators.statisticsChanged(change.tenantId(), change.seriesCodes());
	}

}
