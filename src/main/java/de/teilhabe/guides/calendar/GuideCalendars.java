package de.teilhabe.guides.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.access.UserDirectory;
import de.teilhabe.guides.assignment.Assignment;
import de.teilhabe.guides.assignment.AssignmentStore;
import de.teilhabe.guides.guide.GuideRegions;
import de.teilhabe.guides.request.GuideRequest;
import de.teilhabe.guides.request.Occurrence;
import de.teilhabe.guides.request.RequestStore;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.BindableRecords.Kind;
import de.teilhabe.shared.security.Secrets;
import de.teilhabe.shared.time.ICalendars;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.NotFoundException;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * A guide's assignments in its own calendar: the guide makes a secret address (256 random
 * bits; only their SHA-256 is stored, the address is shown once), replaces it with a new
 * one or revokes it. The feed lists every appointment of the guide's commissioned,
 * accepted and done assignments with topic, Gemeinde, place and time (office's time zone)
 * and the assignment's status; never the person's name, contact or contact reference, nor
 * the brief.
 */
@Service
public class GuideCalendars {

	/** The feed's texts are in the office's language. */
	private static final Locale LANGUAGE = Locale.GERMAN;

	private final GuideCalendarStore store;

	private final AssignmentStore assignments;

	private final RequestStore requests;

	private final GuideRegions regions;

	private final UserDirectory users;

	private final MessageSource messages;

	private final AuditLog audit;

	private final Times times;

	private final Clock clock;

	GuideCalendars(GuideCalendarStore store, AssignmentStore assignments, RequestStore requests, GuideRegions regions,
			UserDirectory users, MessageSource messages, AuditLog audit, Times times, Clock clock) {
		this.store = store;
		this.assignments = assignments;
		this.requests = requests;
		this.regions = regions;
		this.users = users;
		this.messages = messages;
		this.audit = audit;
		this.times = times;
		this.clock = clock;
	}

	/** When the address of the actor's guide profile was made, if it has one. */
	public Optional<OffsetDateTime> current(Actor actor) {
		return this.store.createdAt(actor.tenantId(), guide(actor));
	}

	/**
	 * Makes a new secret address for the actor's guide profile (an older one stops
	 * working); the token, to show once.
	 */
	public String renew(Actor actor) {
		UUID guide = guide(actor);
		String token = Secrets.random("");
		this.store.replace(actor.tenantId(), guide, Secrets.sha256(token), actor.displayName(),
				OffsetDateTime.now(this.clock));
		this.audit.record(AuditCategory.OTHER, "guides.calendar.renewed", "guide_profile", guide.toString(), null);
		return token;
	}

	/** Revokes the address of the actor's guide profile (the feed answers 404 then). */
	public void revoke(Actor actor) {
		UUID guide = guide(actor);
		if (this.store.revoke(actor.tenantId(), guide)) {
			this.audit.record(AuditCategory.OTHER, "guides.calendar.revoked", "guide_profile", guide.toString(), null);
		}
	}

	/** The feed of a token: "not found" for an unknown or revoked one. */
	public String feed(String token) {
		if (token == null || token.length() > 100) {
			throw new NotFoundException("guides.calendar.error.notFound");
		}
		GuideCalendarStore.Owner owner = this.store.owner(Secrets.sha256(token))
			.orElseThrow(() -> new NotFoundException("guides.calendar.error.notFound"));
		List<Assignment> assigned = this.assignments.forCalendar(owner.tenantId(), owner.guideId());
		Map<UUID, GuideRequest> byId = this.requests
			.findAll(owner.tenantId(), assigned.stream().map(Assignment::requestId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(GuideRequest::id, Function.identity()));
		ZoneId zone = this.times.zone();
		Instant now = this.clock.instant();
		List<VEvent> events = new ArrayList<>();
		for (Assignment assignment : assigned) {
			GuideRequest request = byId.get(assignment.requestId());
			if (request != null) {
				int number = 0;
				for (Occurrence occurrence : request.occurrences(zone)) {
					events.add(event(assignment, request, occurrence, number++, zone, now));
				}
			}
		}
		return ICalendars.write("Integrationslotsen", zone, events);
	}

	private VEvent event(Assignment assignment, GuideRequest request, Occurrence occurrence, int number, ZoneId zone,
			Instant now) {
		String topic = text("guides.topic." + request.topic().name());
		VEvent event = new VEvent(ZonedDateTime.ofInstant(occurrence.start(), zone),
				ZonedDateTime.ofInstant(occurrence.end(), zone), text("guides.calendar.summary", topic));
		event.add(new Uid(assignment.id() + "-" + number + "@guides.teilhabe"));
		event.replace(new DtStamp(now));
		String gemeinde = this.regions.label(request.regionKey());
		event.add(new Location((request.place() != null) ? request.place() + ", " + gemeinde : gemeinde));
		event.add(new Description(
				text("guides.calendar.description", text("guides.assignment.status." + assignment.status().name()))));
		return event;
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LANGUAGE);
	}

	private UUID guide(Actor actor) {
		return this.users.boundRecordOf(actor.tenantId(), actor.userId(), Kind.GUIDE_PROFILE)
			.orElseThrow(() -> new NotFoundException("guides.calendar.error.noProfile"));
	}

}
