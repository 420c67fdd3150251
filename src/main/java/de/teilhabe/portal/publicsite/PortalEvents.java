package de.teilhabe.portal.publicsite;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import de.teilhabe.council.PublicMeetings;
import de.teilhabe.network.PublicEvent;
import de.teilhabe.network.PublicEventCalendar;
import de.teilhabe.region.Language;
import de.teilhabe.region.PublicPages;
import de.teilhabe.region.Region;
import de.teilhabe.region.Regions;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.time.ICalendars;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.FragmentRenderer;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.PublicContentCache;
import de.teilhabe.shared.web.PublicPageLocale;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import net.fortuna.ical4j.model.component.VEvent;

import org.springframework.stereotype.Component;

/**
 * The portal's events: the network's public events (the office's and the organisations')
 * and the public meetings of the Beirat, read through their modules' public APIs
 * ({@link PublicEventCalendar}, {@link PublicMeetings}), repeating events expanded into
 * their dates, times in the platform's zone written in the reader's notation. Pages and
 * feeds are kept in the {@link PublicContentCache}.
 */
@Component
class PortalEvents {

	/** Events per page of the list. */
	static final int PAGE_SIZE = 20;

	/** How far ahead the list and its month filter reach. */
	static final int MONTHS_AHEAD = 12;

	private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

	private static final Pattern KEY = Pattern.compile("\\d{1,12}");

	private final PublicEventCalendar network;

	private final PublicMeetings council;

	private final Tenants tenants;

	private final Regions regions;

	private final PublicContentCache cache;

	private final FragmentRenderer renderer;

	private final PublicPages pages;

	private final Times times;

	private final Clock clock;

	PortalEvents(PublicEventCalendar network, PublicMeetings council, Tenants tenants, Regions regions,
			PublicContentCache cache, FragmentRenderer renderer, PublicPages pages, Times times, Clock clock) {
		this.network = network;
		this.council = council;
		this.tenants = tenants;
		this.regions = regions;
		this.cache = cache;
		this.renderer = renderer;
		this.pages = pages;
		this.times = times;
		this.clock = clock;
	}

	/**
	 * One date of an event in the list.
	 *
	 * @param council whether it is a meeting of the Beirat (else an event of the network)
	 * @param id the event's or meeting's id
	 * @param title its title (German)
	 * @param start when this date starts
	 * @param end when it ends, or null
	 * @param category its category
	 * @param place where, or null
	 * @param organiser who holds it (null: the office)
	 * @param regionKey its Gemeinde, or null
	 * @param recurring whether it is one of several dates
	 * @param cancelled whether it was cancelled (meetings)
	 */
	record Occurrence(boolean council, UUID id, String title, ZonedDateTime start, ZonedDateTime end,
			EventCategory category, String place, String organiser, String regionKey, boolean recurring,
			boolean cancelled) {
	}

	/**
	 * The filter of the list, checked: values that cannot be one are left out.
	 *
	 * @param category a category, or null
	 * @param regionKey a Gemeinde of the tenant, or null
	 * @param month a month of the next twelve, or null
	 * @param page the page (0-based)
	 */
	record Filter(EventCategory category, String regionKey, YearMonth month, int page) {

		static Filter of(String category, String region, String month, String page, Set<String> gemeinden,
				List<YearMonth> months) {
			EventCategory shown = (category != null) ? EventCategory.ofSlug(category).orElse(null) : null;
			String key = (region != null && KEY.matcher(region).matches() && gemeinden.contains(region)) ? region
					: null;
			YearMonth inMonth = (month != null && MONTH.matcher(month).matches()
					&& months.stream().anyMatch((offered) -> offered.toString().equals(month))) ? YearMonth.parse(month)
							: null;
			int number = (page != null && page.matches("\\d{1,4}")) ? Math.max(Integer.parseInt(page) - 1, 0) : 0;
			return new Filter(shown, key, inMonth, number);
		}

		String cacheName() {
			return ((this.category != null) ? this.category.slug() : "") + "|"
					+ ((this.regionKey != null) ? this.regionKey : "") + "|"
					+ ((this.month != null) ? this.month.toString() : "") + "|" + this.page;
		}

	}

	/** The next twelve months (this one first) for the month filter. */
	List<YearMonth> months() {
		YearMonth now = YearMonth.from(this.times.today(this.clock));
		List<YearMonth> months = new ArrayList<>();
		for (int i = 0; i < MONTHS_AHEAD; i++) {
			months.add(now.plusMonths(i));
		}
		return months;
	}

	/** The Gemeinden of the tenant's home region by key, by name. */
	Map<String, String> gemeinden(Tenant tenant) {
		Map<String, String> names = new LinkedHashMap<>();
		this.regions.gemeinden(tenant.homeRegionKey())
			.stream()
			.sorted(Comparator.comparing(Region::name))
			.forEach((region) -> names.put(region.key(), region.name()));
		return names;
	}

	/**
	 * The dates of the tenant's events from {@code from} on and before {@code until},
	 * matching the filter, by start.
	 */
	List<Occurrence> occurrences(Tenant tenant, OffsetDateTime from, OffsetDateTime until, Filter filter) {
		ZoneId zone = this.times.zone();
		List<Occurrence> found = new ArrayList<>();
		if (filter.category() == null || filter.category() != EventCategory.COUNCIL) {
			for (PublicEvent event : this.network.between(tenant.id(), from, until)) {
				EventCategory category = EventCategory.ofNetwork(event.category());
				if ((filter.category() != null && filter.category() != category)
						|| (filter.regionKey() != null && !filter.regionKey().equals(event.regionKey()))) {
					continue;
				}
				java.time.Duration length = (event.endsAt() != null)
						? java.time.Duration.between(event.startsAt(), event.endsAt()) : null;
				boolean recurring = !"NONE".equals(event.recurrence());
				for (ZonedDateTime start : event.startsBetween(from, until, zone)) {
					found.add(new Occurrence(false, event.id(), event.title(), start,
							(length != null) ? start.plus(length) : null, category, event.place(),
							event.organisationName(), event.regionKey(), recurring, false));
				}
			}
		}
		if ((filter.category() == null || filter.category() == EventCategory.COUNCIL) && filter.regionKey() == null) {
			for (PublicMeetings.PublicMeeting meeting : this.council.between(tenant.id(), from, until)) {
				found.add(new Occurrence(true, meeting.id(), meeting.name(), meeting.startsAt().atZoneSameInstant(zone),
						(meeting.endsAt() != null) ? meeting.endsAt().atZoneSameInstant(zone) : null,
						EventCategory.COUNCIL, meeting.location(), meeting.committee(), null, false,
						meeting.cancelled()));
			}
		}
		found.sort(Comparator.comparing(Occurrence::start).thenComparing(Occurrence::title));
		return found;
	}

	/** The list page, from the cache or rendered now. */
	void sendList(Tenant tenant, Language language, Filter filter, HttpServletRequest request,
			HttpServletResponse response) throws java.io.IOException {
		PublicContentCache.Content shown = this.cache.get(
				new PublicContentCache.Key(tenant.id(), "portal events " + language.code() + " " + filter.cacheName()),
				() -> html(renderList(tenant, language, filter, request, response)));
		PublicContentCache.send(shown, request, response);
	}

	private String renderList(Tenant tenant, Language language, Filter filter, HttpServletRequest request,
			HttpServletResponse response) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		OffsetDateTime from = now;
		OffsetDateTime until = this.times.at(this.times.today(this.clock).plusMonths(MONTHS_AHEAD),
				java.time.LocalTime.MIDNIGHT);
		if (filter.month() != null) {
			OffsetDateTime first = this.times.at(filter.month().atDay(1), java.time.LocalTime.MIDNIGHT);
			from = first.isAfter(now) ? first : now;
			until = this.times.at(filter.month().plusMonths(1).atDay(1), java.time.LocalTime.MIDNIGHT);
		}
		List<Occurrence> all = occurrences(tenant, from, until, filter);
		int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.min(filter.page(), pages - 1);
		List<Occurrence> shown = all.subList(Math.min(page * PAGE_SIZE, all.size()),
				Math.min((page + 1) * PAGE_SIZE, all.size()));
		Map<String, String> gemeinden = gemeinden(tenant);
		Map<String, Object> model = this.pages.layout(tenant, language, "veranstaltungen");
		model.put("events", shown.stream().map((occurrence) -> view(occurrence, language, tenant, gemeinden)).toList());
		model.put("total", all.size());
		model.put("pageNumber", page + 1);
		model.put("pages", pages);
		model.put("filter", filter);
		model.put("categories", EventCategory.values());
		model.put("gemeinden", gemeinden);
		Map<String, String> months = new LinkedHashMap<>();
		months().forEach((month) -> months.put(month.toString(), this.times.month(month, language.locale())));
		model.put("months", months);
		model.put("query", query(filter));
		PublicPageLocale.use(request, language.locale());
		return FragmentRenderer.withoutIndentation(
				this.renderer.render("portal/public/events", model, language.locale(), request, response));
	}

	/** The filter as a query string without the page (for the pages' links). */
	private static String query(Filter filter) {
		StringBuilder query = new StringBuilder();
		if (filter.category() != null) {
			query.append("&kategorie=").append(filter.category().slug());
		}
		if (filter.regionKey() != null) {
			query.append("&gemeinde=").append(filter.regionKey());
		}
		if (filter.month() != null) {
			query.append("&monat=").append(filter.month());
		}
		return query.toString();
	}

	/** The detail page of a network event, from the cache or rendered now. */
	void sendDetail(Tenant tenant, Language language, UUID id, HttpServletRequest request, HttpServletResponse response)
			throws java.io.IOException {
		PublicEvent event = this.network.find(tenant.id(), id)
			.orElseThrow(() -> new NotFoundException("portalEvents.error.notFound"));
		PublicContentCache.Content shown = this.cache.get(
				new PublicContentCache.Key(tenant.id(), "portal event " + language.code() + " " + id),
				() -> html(renderDetail(tenant, language, event, request, response)));
		PublicContentCache.send(shown, request, response);
	}

	private String renderDetail(Tenant tenant, Language language, PublicEvent event, HttpServletRequest request,
			HttpServletResponse response) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		List<ZonedDateTime> next = event.startsBetween(now, now.plusYears(2), this.times.zone());
		Map<String, String> gemeinden = gemeinden(tenant);
		Map<String, Object> model = this.pages.layout(tenant, language, "veranstaltungen/" + event.id());
		model.put("event", event);
		model.put("category", EventCategory.ofNetwork(event.category()));
		model.put("gemeinde", (event.regionKey() != null) ? gemeinden.get(event.regionKey()) : null);
		java.time.Duration length = (event.endsAt() != null)
				? java.time.Duration.between(event.startsAt(), event.endsAt()) : null;
		model.put("dates",
				next.stream()
					.limit(10)
					.map((start) -> when(start, (length != null) ? start.plus(length) : null, language))
					.toList());
		model.put("moreDates", Math.max(0, next.size() - 10));
		model.put("recurring", !"NONE".equals(event.recurrence()));
		PublicPageLocale.use(request, language.locale());
		return FragmentRenderer.withoutIndentation(
				this.renderer.render("portal/public/event", model, language.locale(), request, response));
	}

	/** One event as an iCalendar file (404 if it is not public). */
	void sendOne(Tenant tenant, UUID id, String domain, HttpServletRequest request, HttpServletResponse response)
			throws java.io.IOException {
		VEvent vevent = this.network.calendarEvent(tenant.id(), id, domain, this.clock.instant())
			.orElseThrow(() -> new NotFoundException("portalEvents.error.notFound"));
		PublicContentCache.Content shown = this.cache.get(
				new PublicContentCache.Key(tenant.id(), "portal event ics " + domain + " " + id),
				() -> PublicContentCache.Content
					.of(ICalendars.write("Veranstaltungen " + tenant.name(), this.times.zone(), List.of(vevent))
						.getBytes(StandardCharsets.UTF_8), ICalendars.MEDIA_TYPE));
		response.setHeader("Content-Disposition", "attachment; filename=\"veranstaltung.ics\"");
		PublicContentCache.send(shown, request, response);
	}

	/**
	 * The combined feed of the tenant (network and Beirat), or of one category.
	 * @param baseUrl the site's absolute address (scheme, host, port)
	 */
	void sendFeed(Tenant tenant, EventCategory category, String domain, String baseUrl, HttpServletRequest request,
			HttpServletResponse response) throws java.io.IOException {
		PublicContentCache.Content shown = this.cache.get(new PublicContentCache.Key(tenant.id(),
				"portal events ics " + baseUrl + " " + ((category != null) ? category.slug() : "")), () -> {
					List<VEvent> events = new ArrayList<>();
					if (category != EventCategory.COUNCIL) {
						events.addAll(this.network.calendarEvents(tenant.id(),
								(category != null) ? category.networkCategories() : Set.of(), domain,
								this.clock.instant()));
					}
					if (category == null || category == EventCategory.COUNCIL) {
						List<Language> offered = this.tenants.publicLanguages(tenant.id());
						events.addAll(this.council.calendarEvents(tenant.id(), tenant.slug(), domain, baseUrl,
								offered.isEmpty() ? "de" : offered.get(0).code()));
					}
					return PublicContentCache.Content
						.of(ICalendars.write("Veranstaltungen " + tenant.name(), this.times.zone(), events)
							.getBytes(StandardCharsets.UTF_8), ICalendars.MEDIA_TYPE);
				});
		PublicContentCache.send(shown, request, response);
	}

	/**
	 * A date of the list as shown.
	 *
	 * @param occurrence the date
	 * @param when its day and time in the reader's notation
	 * @param datetime its start for the {@code time} element (ISO 8601)
	 * @param link where its page is (the Beirat's meeting page for a meeting)
	 * @param gemeinde the name of its Gemeinde, or null
	 */
	record View(Occurrence occurrence, String when, String datetime, String link, String gemeinde) {
	}

	private View view(Occurrence occurrence, Language language, Tenant tenant, Map<String, String> gemeinden) {
		String link = occurrence.council() ? PublicMeetings.pagePath(tenant.slug(), language.code(), occurrence.id())
				: "/p/" + tenant.slug() + "/" + language.code() + "/veranstaltungen/" + occurrence.id();
		return new View(occurrence, when(occurrence.start(), occurrence.end(), language),
				occurrence.start().toOffsetDateTime().toString(), link,
				(occurrence.regionKey() != null) ? gemeinden.get(occurrence.regionKey()) : null);
	}

	/**
	 * A start (and end) in the reader's notation, e.g. „Freitag, 11. Dezember 2026,
	 * 18:00–20:00“.
	 */
	private String when(ZonedDateTime start, ZonedDateTime end, Language language) {
		String text = this.times.dateTime(start.toOffsetDateTime(), language.locale());
		if (end != null && end.toLocalDate().equals(start.toLocalDate())) {
			text += "–" + this.times.time(end.toOffsetDateTime(), language.locale());
		}
		return text;
	}

	private static PublicContentCache.Content html(String body) {
		return PublicContentCache.Content.of(body.getBytes(StandardCharsets.UTF_8), "text/html;charset=UTF-8");
	}

}
