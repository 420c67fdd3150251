package de.teilhabe.network.event;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.teilhabe.network.form.Filter;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.PublicSection;

import org.springframework.stereotype.Component;

/**
 * The tenant's next public events on its public start page, with the calendar
 * subscription.
 */
@Component
class PublicEvents implements PublicSection {

	static final int SHOWN = 10;

	private final EventStore events;

	private final Clock clock;

	private final Times times;

	PublicEvents(EventStore events, Clock clock, Times times) {
		this.events = events;
		this.clock = clock;
		this.times = times;
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public String titleKey() {
		return "network.public.events";
	}

	@Override
	public String emptyKey() {
		return "network.public.noEvents";
	}

	@Override
	public List<PublicEntry> entries(UUID tenantId, Locale language) {
		return this.events
			.search(tenantId, new Filter(null, null, null, null, null), OffsetDateTime.now(this.clock), true,
					new ApiPaging(0, SHOWN))
			.items()
			.stream()
			.map((event) -> new PublicEntry(event.title(),
					Stream.of(this.times.dateTime(event.startsAt()), event.place(), event.organisationName())
						.filter(Objects::nonNull)
						.collect(Collectors.joining(" · ")),
					null))
			.toList();
	}

	@Override
	public PublicEntry more(String tenantSlug) {
		return new PublicEntry("network.public.calendar", null, "/api/v1/events.ics?tenant=" + tenantSlug);
	}

}
