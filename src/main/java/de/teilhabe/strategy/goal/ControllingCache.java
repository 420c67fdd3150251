package de.teilhabe.strategy.goal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import de.teilhabe.strategy.measure.MeasuresChanged;

/**
 * The rendered main content of recently shown controlling pages (the overview of the
 * Handlungsfelder, and each field's dashboard with its goals' words and figures:
 * rendering it was most of a view), per tenant, page (the overview or a field), language
 * and whether the reader may change the settings (the only difference between readers).
 * Dropped for a tenant when its goals, statuses, tolerance or measures change, and after
 * a minute at the latest (another instance behind the load balancer may have changed
 * them). Bounded: beyond {@value #MAX_ENTRIES} entries everything is dropped.
 */
@Component
class ControllingCache {

	static final int MAX_ENTRIES = 500;

	private static final Duration TIME_TO_LIVE = Duration.ofMinutes(1);

	/**
	 * What is kept apart: a tenant's overview ({@code fieldId} null) or the dashboard of
	 * one of its Handlungsfelder, in a language, for readers or for writers.
	 */
	record Key(UUID tenantId, UUID fieldId, Locale locale, boolean writer) {

	}

	/**
	 * A page's kept content: its heading (the field's name; null for the overview) and
	 * its main content as HTML.
	 */
	record Content(String heading, String html) {

	}

	private record Entry(Content content, Instant expires) {

	}

	private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

	private final Clock clock;

	ControllingCache(Clock clock) {
		this.clock = clock;
	}

	/**
	 * The kept content, or what {@code render} answers (kept for a minute at most). What
	 * {@code render} throws (e.g. a field that is not the tenant's) is passed on and
	 * nothing is kept.
	 */
	Content content(Key key, Supplier<Content> render) {
		Instant now = this.clock.instant();
		Entry entry = this.entries.get(key);
		if (entry != null && now.isBefore(entry.expires())) {
			return entry.content();
		}
		Content content = render.get();
		if (this.entries.size() >= MAX_ENTRIES) {
			this.entries.clear();
		}
		this.entries.put(key, new Entry(content, now.plus(TIME_TO_LIVE)));
		return content;
	}

	/**
	 * The tenant's goals, statuses or tolerance changed: its entries are dropped now and,
	 * in a transaction, once more after the commit (a view rendered meanwhile read the
	 * old figures).
	 */
	void changed(UUID tenantId) {
		drop(tenantId);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					drop(tenantId);
				}
			});
		}
	}

	@EventListener
	void measuresChanged(MeasuresChanged event) {
		changed(event.tenantId());
	}

	private void drop(UUID tenantId) {
		this.entries.keySet().removeIf((key) -> key.tenantId().equals(tenantId));
	}

}
