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
 * current), in a transaction of its own.
 */
@Component
class Recomputation {

	private final IndicatorService indicators;

	Recomputation(IndicatorService indicators) {
		this.indicators = indicators;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(StatisticsChanged change) {
		this.indicators.statisticsChanged(change.tenantId(), change.seriesCodes());
	}

}
