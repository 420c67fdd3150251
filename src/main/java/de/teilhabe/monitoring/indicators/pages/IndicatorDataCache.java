package de.teilhabe.monitoring.indicators.pages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import de.teilhabe.monitoring.IndicatorsChanged;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The data of recently shown indicator pages, so that a page view costs rendering only
 * (the issue asks for p95 under 50 ms at 16 concurrent connections). An entry is dropped
 * when its indicators change ({@link IndicatorsChanged}, after the commit: the tenant's
 * entries, or all for the shared values) and after a minute at the latest (another
 * instance behind the load balancer may have imported). Bounded: beyond
 * {@value #MAX_ENTRIES} entries everything is dropped.
 */
@Component
class IndicatorDataCache {

	static final int MAX_ENTRIES = 2_000;

	private static final Duration TIME_TO_LIVE = Duration.ofMinutes(1);

	/**
	 * What a page asked for, in which language (the reasons of missing values are in
	 * words).
	 */
	record Key(UUID tenantId, Locale locale, String code, String region, String year, String ranking,
			Map<String, String> dimensions) {

	}

	private record Entry(IndicatorData data, Instant expires) {

	}

	private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

	private final Clock clock;

	IndicatorDataCache(Clock clock) {
		this.clock = clock;
	}

	IndicatorData get(Key key, Supplier<IndicatorData> load) {
		Instant now = this.clock.instant();
		Entry entry = this.entries.get(key);
		if (entry != null && now.isBefore(entry.expires())) {
			return entry.data();
		}
		IndicatorData data = load.get();
		if (this.entries.size() >= MAX_ENTRIES) {
			this.entries.clear();
		}
		this.entries.put(key, new Entry(data, now.plus(TIME_TO_LIVE)));
		return data;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void changed(IndicatorsChanged event) {
		if (event.tenantId() == null) {
			this.entries.clear();
		}
		else {
			this.entries.keySet().removeIf((key) -> key.tenantId().equals(event.tenantId()));
		}
	}

}
