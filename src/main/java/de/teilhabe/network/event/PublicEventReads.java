package de.teilhabe.network.event;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.network.PublicEvent;
import de.teilhabe.network.PublicEventCalendar;
import de.teilhabe.shared.time.Times;

import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;

import org.springframework.stereotype.Component;

/**
 * {@link PublicEventCalendar}: the live public events from the {@link EventStore}.
 */
@Component
class PublicEventReads implements PublicEventCalendar {

	private final EventStore store;

	private final Times times;

	PublicEventReads(EventStore store, Times times) {
		this.store = store;
		this.times = times;
	}

	@Override
	public List<PublicEvent> between(UUID tenantId, OffsetDateTime from, OffsetDateTime until) {
		return this.store.publicBetween(tenantId, from, until).stream().map(PublicEventReads::view).toList();
	}

	@Override
	public Optional<PublicEvent> find(UUID tenantId, UUID id) {
		return this.store.find(tenantId, id).filter(NetworkEvent::publicEvent).map(PublicEventReads::view);
	}

	@Override
	public List<VEvent> calendarEvents(UUID tenantId, Set<String> categories, String domain, Instant now) {
		return this.store.feed(tenantId, OffsetDateTime.ofInstant(now, ZoneOffset.UTC).minusYears(1))
			.stream()
			.filter((event) -> categories.isEmpty() || categories.contains(event.category().name()))
			.map((event) -> vevent(event, domain, now))
			.toList();
	}

	@Override
	public Optional<VEvent> calendarEvent(UUID tenantId, UUID id, String domain, Instant now) {
		return this.store.find(tenantId, id)
			.filter(NetworkEvent::publicEvent)
			.map((event) -> vevent(event, domain, now));
	}

	private VEvent vevent(NetworkEvent event, String domain, Instant now) {
		VEvent vevent = CalendarFeed.vevent(event, domain, now, this.times.zone());
		vevent.add(new Categories(event.category().name()));
		return vevent;
	}

	static PublicEvent view(NetworkEvent event) {
		return new PublicEvent(event.id(), event.organisationName(), event.category().name(), event.title(),
				event.description(), event.startsAt(), event.endsAt(), event.recurrence().name(),
				event.recurrenceInterval(), event.recurrenceUntil(), event.place(), event.regionKey(),
				event.languages(), event.registration(), event.accessibility());
	}

}
