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

import de.teilhabe.shared.startup.Preparation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The data and the rendered main content of recently shown indicator pages, and recently
 * shown overviews (each about 90 small queries to build), so that a page view costs
 * little more than the layout around it (the issue asks for p95 under 50 ms at 16
 * concurrent connections). An entry is dropped when its indicators change
 * ({@link IndicatorsChanged}, after the commit: the tenant's entries, or all for the
 * shared values) and after a minute at the latest (another instance behind the load
 * balancer may have imported). Bounded: beyond {@value #MAX_ENTRIES} entries everything
 * is dropped.
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

	/** The overview a page asked for (region and year as asked), in which language. */
	record OverviewKey(UUID tenantId, Locale locale, String region, String year) {

	}

	private record Entry<T>(T value, Instant expires) {

	}

	private final Map<Key, Entry<IndicatorData>> entries = new ConcurrentHashMap<>();

	private final Map<Key, Entry<String>> contents = new ConcurrentHashMap<>();

	private final Map<OverviewKey, Entry<IndicatorViews.Overview>> overviews = new ConcurrentHashMap<>();

	private final Clock clock;

	private final Preparation preparation;

	IndicatorDataCache(Clock clock, Preparation preparation) {
		this.clock = clock;
		this.preparation = preparation;
	}

	IndicatorData get(Key key, Supplier<IndicatorData> load) {
		return cached(this.entries, key, load);
	}

	/**
	 * The rendered main content of an indicator page (the same for every user of the
	 * tenant who asks in that language: it holds no user data and no form tokens).
	 */
	String content(Key key, Supplier<String> render) {
		return cached(this.contents, key, render);
	}

	/** An overview (the same for every user of the tenant asking in that language). */
	IndicatorViews.Overview overview(OverviewKey key, Supplier<IndicatorViews.Overview> load) {
		return cached(this.overviews, key, load);
	}

	private <K, T> T cached(Map<K, Entry<T>> map, K key, Supplier<T> load) {
		if (this.preparation.inProgress()) {
			// the figures are still being computed after the start: a page read now
			// could outlive the clearing at the commit and stay incomplete for a minute
			return load.get();
		}
		Instant now = this.clock.instant();
		Entry<T> entry = map.get(key);
		if (entry != null && now.isBefore(entry.expires())) {
			return entry.value();
		}
		T value = load.get();
		if (map.size() >= MAX_ENTRIES) {
			map.clear();
		}
		map.put(key, new Entry<>(value, now.plus(TIME_TO_LIVE)));
		return value;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void changed(IndicatorsChanged event) {
		if (event.tenantId() == null) {
			this.entries.clear();
			this.contents.clear();
			this.overviews.clear();
		}
		else {
			this.entries.keySet().removeIf((key) -> key.tenantId().equals(event.tenantId()));
			this.contents.keySet().removeIf((key) -> key.tenantId().equals(event.tenantId()));
			this.overviews.keySet().removeIf((key) -> key.tenantId().equals(event.tenantId()));
		}
	}

}
