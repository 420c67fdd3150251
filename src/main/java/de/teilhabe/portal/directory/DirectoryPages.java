package de.teilhabe.portal.directory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.teilhabe.network.OpeningHours;
import de.teilhabe.network.OrganisationSummary;
import de.teilhabe.network.PublicListing;
import de.teilhabe.network.PublicListings;
import de.teilhabe.network.PublicHolidays;
import de.teilhabe.region.Language;
import de.teilhabe.region.Languages;
import de.teilhabe.region.PublicPages;
import de.teilhabe.region.Region;
import de.teilhabe.region.Regions;
import de.teilhabe.region.Tenant;
import de.teilhabe.shared.web.FragmentRenderer;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.PublicContentCache;
import de.teilhabe.shared.web.PublicPageLocale;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The directory of organisations and offers on the public portal: the list with its
 * filters, an organisation's and an offer's page, the Gemeinden with their counts.
 * <p>
 * <b>Caching</b>: a page shows whether a place is open at this minute („jetzt geöffnet“,
 * „öffnet heute um …“), and opening hours are whole minutes in Berlin. So a page is kept
 * in the {@link PublicContentCache} under its filters, its language and the current
 * minute in Berlin: within a minute every visitor gets the kept bytes (and a 304 for its
 * ETag), a new minute renders it once more (the cache drops answers after a minute
 * anyway), and a change of an organisation or offer makes it stale at once (the network's
 * triggers). A page whose bytes did not change keeps its ETag across minutes. Filters
 * that are not understood answer 400 and are never kept.
 */
@Component
class DirectoryPages {

	static final int PAGE_SIZE = 20;

	private final PublicPages pages;

	private final Regions regions;

	private final PublicListings directory;

	private final PublicContentCache cache;

	private final FragmentRenderer renderer;

	private final Clock clock;

	private final MessageSource messages;

	DirectoryPages(PublicPages pages, Regions regions, PublicListings directory, PublicContentCache cache,
			FragmentRenderer renderer, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.pages = pages;
		this.regions = regions;
		this.directory = directory;
		this.cache = cache;
		this.renderer = renderer;
		this.clock = clock;
	}

	/**
	 * An entry as a page lists it.
	 *
	 * @param entry the entry
	 * @param state open or closed now, with the hints
	 * @param kindKey the message key of its kind
	 * @param languageNames its languages by name, in the visitor's language where the
	 * list has it and in themselves
	 */
	public record Item(PublicListing entry, OpeningHours.State state, String kindKey, List<String> languageNames) {

		public boolean hasHours() {
			return !this.entry.hours().isEmpty();
		}

	}

	/**
	 * A choice of a filter.
	 *
	 * @param value the value in the query string (empty: no filter)
	 * @param label what the visitor reads
	 * @param lang the language of the label where it is not the page's (a Gemeinde's or a
	 * target group's German name on a page in another language), else null
	 */
	public record Choice(String value, String label, String lang) {
	}

	/**
	 * A filter of the list as a choice among values.
	 *
	 * @param name its parameter in the query string (and the key of its label and error)
	 * @param selected the value chosen, or null
	 * @param choices its choices, „all“ first
	 */
	public record Select(String name, String selected, List<Choice> choices) {
	}

	/**
	 * A Gemeinde with its counts.
	 *
	 * @param key its key (AGS)
	 * @param name its name
	 * @param organisations organisations serving it
	 * @param offers offers taking place there
	 */
	public record GemeindeCount(String key, String name, long organisations, long offers) {
	}

	/** Now, to the minute, in Berlin. */
	ZonedDateTime now() {
		return ZonedDateTime.now(this.clock).withZoneSameInstant(OpeningHours.ZONE).truncatedTo(ChronoUnit.MINUTES);
	}

	/** The list with its filters; 400 (not kept) for filters not understood. */
	void list(String slug, String code, HttpServletRequest request, HttpServletResponse response) throws IOException {
		Tenant tenant = this.pages.tenant(slug);
		Language language = this.pages.language(tenant, code, request);
		ZonedDateTime now = now();
		List<PublicListing> entries = this.directory.of(tenant.id());
		List<Region> gemeinden = gemeinden(tenant);
		DirectoryFilter filter = DirectoryFilter.read(request.getParameterMap(), choices(gemeinden, entries));
		if (!filter.valid()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			Map<String, Object> model = listModel(tenant, language, filter, entries, gemeinden, now);
			byte[] body = render("portal/directory/list", model, language, request, response);
			response.setHeader("Cache-Control", "no-store");
			response.setContentType("text/html;charset=UTF-8");
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
			return;
		}
		send(tenant, language, "list " + filter.key(), now, request, response,
				() -> listModel(tenant, language, filter, entries, gemeinden, now), "portal/directory/list");
	}

	void organisation(String slug, String code, UUID id, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		entry(slug, code, id, true, request, response);
	}

	void offer(String slug, String code, UUID id, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		entry(slug, code, id, false, request, response);
	}

	/** The page of an organisation (with its offers) or of an offer. */
	private void entry(String slug, String code, UUID id, boolean organisation, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Tenant tenant = this.pages.tenant(slug);
		Language language = this.pages.language(tenant, code, request);
		ZonedDateTime now = now();
		String name = (organisation ? "organisation " : "offer ") + id;
		send(tenant, language, name, now, request, response, () -> {
			PublicListing entry = (organisation ? this.directory.organisation(tenant.id(), id)
					: this.directory.offer(tenant.id(), id))
				.orElseThrow(() -> new NotFoundException("portal.directory.notFound"));
			Map<String, Object> model = base(tenant, language, (organisation ? "organisationen/" : "angebote/") + id);
			model.put("item", item(entry, now, language));
			model.put("offers", organisation
					? this.directory.offersOf(tenant.id(), id).stream().map((o) -> item(o, now, language)).toList()
					: List.of());
			model.put("nextHoliday", nextHoliday(now.toLocalDate()));
			return model;
		}, "portal/directory/entry");
	}

	/** The Gemeinden of the tenant with the number of organisations and offers. */
	void gemeinden(String slug, String code, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Tenant tenant = this.pages.tenant(slug);
		Language language = this.pages.language(tenant, code, request);
		ZonedDateTime now = now();
		send(tenant, language, "gemeinden", now, request, response, () -> {
			List<PublicListing> entries = this.directory.of(tenant.id());
			Map<String, Object> model = base(tenant, language, "angebote/gemeinden");
			List<DirectoryMap.Place> places = new java.util.ArrayList<>();
			model.put("counts", gemeinden(tenant).stream().map((region) -> {
				long organisations = entries.stream()
					.filter((entry) -> entry.organisation() && in(entry, region.key()))
					.count();
				long offers = entries.stream()
					.filter((entry) -> !entry.organisation() && in(entry, region.key()))
					.count();
				if (region.latitude() != null && region.longitude() != null) {
					places.add(new DirectoryMap.Place(region.name(), region.latitude().doubleValue(),
							region.longitude().doubleValue(), organisations + offers));
				}
				return new GemeindeCount(region.key(), region.name(), organisations, offers);
			}).toList());
			java.util.Locale locale = language.locale();
			model.put("map",
					DirectoryMap.svg(places,
							this.messages.getMessage("portal.directory.map.title", new Object[] { tenant.name() },
									locale),
							this.messages.getMessage("portal.directory.map.description", null, locale),
							(String) model.get("recordLang")));
			return model;
		}, "portal/directory/gemeinden");
	}

	private void send(Tenant tenant, Language language, String name, ZonedDateTime now, HttpServletRequest request,
			HttpServletResponse response, Supplier<Map<String, Object>> model, String template) throws IOException {
		PublicContentCache.Key key = new PublicContentCache.Key(tenant.id(),
				"portal directory " + language.code() + " " + name + " @" + now.toLocalDateTime());
		PublicContentCache.Content page = this.cache.get(key, () -> PublicContentCache.Content
			.of(render(template, model.get(), language, request, response), "text/html;charset=UTF-8"));
		PublicContentCache.send(page, request, response);
	}

	private byte[] render(String template, Map<String, Object> model, Language language, HttpServletRequest request,
			HttpServletResponse response) {
		PublicPageLocale.use(request, language.locale());
		return FragmentRenderer
			.withoutIndentation(this.renderer.render(template, model, language.locale(), request, response))
			.getBytes(StandardCharsets.UTF_8);
	}

	private Map<String, Object> base(Tenant tenant, Language language, String page) {
		Map<String, Object> model = this.pages.layout(tenant, language, page);
		// the records' texts are German: marked so inside a page of another language
		model.put("recordLang", recordLang(language));
		return model;
	}

	private static String recordLang(Language language) {
		return "de".equals(language.code()) ? null : "de";
	}

	private Map<String, Object> listModel(Tenant tenant, Language language, DirectoryFilter filter,
			List<PublicListing> entries, List<Region> gemeinden, ZonedDateTime now) {
		Map<String, Object> model = base(tenant, language, "angebote");
		model.put("filter", filter);
		model.put("errors", filter.errors());
		model.put("selects", selects(language, filter, gemeinden, entries));
		List<Item> matches = filter.valid() ? entries.stream()
			.filter((entry) -> matches(entry, filter, now))
			.sorted(Comparator.comparing((PublicListing entry) -> entry.name().toLowerCase(java.util.Locale.GERMAN)))
			.map((entry) -> item(entry, now, language))
			.toList() : List.of();
		int pages = Math.max(1, (matches.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.min(filter.seite(), pages);
		model.put("total", matches.size());
		model.put("items", matches.subList((page - 1) * PAGE_SIZE, Math.min(matches.size(), page * PAGE_SIZE)));
		model.put("pageNumber", page);
		model.put("pages", pages);
		model.put("query", filter.query());
		model.put("previousHref", href(tenant, language, filter, page - 1));
		model.put("nextHref", href(tenant, language, filter, page + 1));
		model.put("time", String.format("%02d:%02d", now.getHour(), now.getMinute()));
		return model;
	}

	/**
	 * The list's filters that choose among values, each with its choices in the visitor's
	 * language (the Gemeinden and target groups in German, marked so).
	 */
	private List<Select> selects(Language language, DirectoryFilter filter, List<Region> gemeinden,
			List<PublicListing> entries) {
		String recordLang = recordLang(language);
		return List.of(
				new Select("gemeinde", filter.gemeinde(),
						withAll(language, "portal.directory.all",
								gemeinden.stream().map((g) -> new Choice(g.key(), g.name(), recordLang)))),
				new Select("sprache", filter.sprache(),
						withAll(language, "portal.directory.all", languageChoices(entries, language).stream())),
				new Select("thema", filter.thema(),
						withAll(language, "portal.directory.all", PublicListings.fieldsOfWork()
							.stream()
							.map((t) -> new Choice(t, message("portal.directory.field." + t, language), null)))),
				new Select("zielgruppe", filter.zielgruppe(),
						withAll(language, "portal.directory.all",
								targetGroups(entries).stream().map((g) -> new Choice(g, g, recordLang)))),
				new Select("kosten", filter.kosten(),
						withAll(language, "portal.directory.all", Stream.of(
								new Choice(DirectoryFilter.FREE, message("portal.directory.cost.free", language), null),
								new Choice(DirectoryFilter.WITH_COST, message("portal.directory.cost.paid", language),
										null)))),
				new Select("art", filter.art(),
						withAll(language, "portal.directory.art.all", Stream
							.of(DirectoryFilter.ORGANISATIONS, DirectoryFilter.OFFERS)
							.map((art) -> new Choice(art, message("portal.directory.art." + art, language), null)))));
	}

	/** The choices of a filter after the choice of none („all“). */
	private List<Choice> withAll(Language language, String allKey, Stream<Choice> choices) {
		return Stream.concat(Stream.of(new Choice("", message(allKey, language), null)), choices).toList();
	}

	private String message(String key, Language language) {
		return this.messages.getMessage(key, null, language.locale());
	}

	/** The address of a result page with the same filters. */
	private static String href(Tenant tenant, Language language, DirectoryFilter filter, int page) {
		Map<String, String> query = new LinkedHashMap<>(filter.query());
		query.put("seite", Integer.toString(page));
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/p/{slug}/{lang}/angebote");
		query.forEach((name, value) -> uri.queryParam(name, "{" + name + "}"));
		Map<String, String> variables = new HashMap<>(query);
		variables.put("slug", tenant.slug());
		variables.put("lang", language.code());
		return uri.encode().buildAndExpand(variables).toUriString();
	}

	/** Whether an entry passes every filter at the moment. */
	static boolean matches(PublicListing entry, DirectoryFilter filter, ZonedDateTime now) {
		if (filter.art() != null && entry.organisation() != DirectoryFilter.ORGANISATIONS.equals(filter.art())) {
			return false;
		}
		if (filter.gemeinde() != null && !in(entry, filter.gemeinde())) {
			return false;
		}
		if (filter.sprache() != null && !entry.languages().contains(filter.sprache())) {
			return false;
		}
		if (filter.thema() != null && !entry.fieldsOfWork().contains(filter.thema())) {
			return false;
		}
		if (filter.zielgruppe() != null && !entry.targetGroups().contains(filter.zielgruppe())) {
			return false;
		}
		if (filter.kosten() != null && !Objects.equals(entry.free(), DirectoryFilter.FREE.equals(filter.kosten()))) {
			return false;
		}
		return !filter.jetzt() || entry.hours().openAt(now);
	}

	private static boolean in(PublicListing entry, String key) {
		return entry.gemeinden().stream().map(OrganisationSummary.Gemeinde::key).anyMatch(key::equals);
	}

	private static Item item(PublicListing entry, ZonedDateTime now, Language visitor) {
		return new Item(entry, entry.hours().at(now),
				(entry.organisation() ? "network.kind." : "network.offerKind.") + entry.kind(),
				entry.languages()
					.stream()
					.map(Languages::find)
					.flatMap(java.util.Optional::stream)
					.map((language) -> languageName(language, visitor))
					.toList());
	}

	/** A language's name for the visitor: its own name for the visitor's language. */
	private static String languageName(Language language, Language visitor) {
		return language.code().equals(visitor.code()) ? language.nativeName() : language.displayName(visitor.locale());
	}

	private List<Region> gemeinden(Tenant tenant) {
		if (tenant.homeRegionKey() == null) {
			return List.of();
		}
		return this.regions.gemeinden(tenant.homeRegionKey())
			.stream()
			.sorted(Comparator.comparing(Region::name))
			.toList();
	}

	private static DirectoryFilter.Choices choices(List<Region> gemeinden, List<PublicListing> entries) {
		return new DirectoryFilter.Choices(gemeinden.stream().map(Region::key).collect(Collectors.toSet()),
				(code) -> Languages.find(code).filter((found) -> found.code().equals(code)).isPresent(),
				Set.copyOf(PublicListings.fieldsOfWork()), Set.copyOf(targetGroups(entries)));
	}

	/**
	 * The languages of the entries by name: in the visitor's language where the list has
	 * it (German, English), the visitor's own language in itself, every name with the
	 * language's own name beside it.
	 */
	private static List<Choice> languageChoices(List<PublicListing> entries, Language visitor) {
		return entries.stream()
			.flatMap((entry) -> entry.languages().stream())
			.distinct()
			.map(Languages::find)
			.flatMap(java.util.Optional::stream)
			.map((language) -> new Choice(language.code(), languageName(language, visitor), null))
			.sorted(Comparator.comparing(Choice::label))
			.toList();
	}

	private static List<String> targetGroups(List<PublicListing> entries) {
		return List.copyOf(entries.stream()
			.flatMap((entry) -> entry.targetGroups().stream())
			.collect(Collectors.toCollection(TreeSet::new)));
	}

	/** The next statutory holiday from today on (within a year). */
	static Map.Entry<LocalDate, PublicHolidays.Holiday> nextHoliday(LocalDate today) {
		for (int day = 0; day < 370; day++) {
			LocalDate date = today.plusDays(day);
			var holiday = PublicHolidays.of(date);
			if (holiday.isPresent()) {
				return Map.entry(date, holiday.get());
			}
		}
		return null;
	}

}
