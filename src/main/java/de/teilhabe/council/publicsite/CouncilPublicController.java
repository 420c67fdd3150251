package de.teilhabe.council.publicsite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.council.publicsite.PublicCouncilStore.Committee;
import de.teilhabe.council.publicsite.PublicCouncilStore.Content;
import de.teilhabe.council.publicsite.PublicCouncilStore.Item;
import de.teilhabe.council.publicsite.PublicCouncilStore.Meeting;
import de.teilhabe.council.publicsite.PublicCouncilStore.Member;
import de.teilhabe.region.Language;
import de.teilhabe.region.PublicPages;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.time.ICalendars;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.PublicContentCache;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The council's public pages (anonymous, read-only, only the public parts; in the
 * tenant's public languages, the council's content in German):
 * <ul>
 * <li>{@code /p/{slug}/{language}/beirat}: what the council is, its members today by role
 * (voting or advisory), its working groups, the next meetings, the latest published
 * minutes;</li>
 * <li>{@code …/beirat/sitzungen} and {@code …/beirat/sitzungen/jahr/{year}}: the meetings
 * of a year (this year by default), with every year that has meetings;</li>
 * <li>{@code …/beirat/sitzungen/{id}}: one meeting with its public agenda and papers, the
 * invitation, and results and minutes once the minutes are published;</li>
 * <li>{@code …/beirat/vorlagen/{id}}: one public paper with its files and
 * consultations;</li>
 * <li>{@code /p/{slug}/beirat/dateien/{id}}: a public file's content;</li>
 * <li>{@code /p/{slug}/beirat/sitzungen.ics}: every meeting as an iCalendar feed.</li>
 * </ul>
 * Pages and feed are kept in the public pages' cache; the triggers on the council's
 * tables raise the tenant's content version, so a change shows at once. Anything not
 * public, of another tenant or unknown answers the public pages' friendly 404.
 */
@Controller
class CouncilPublicController {

	/** Meetings shown as "next" on the Beirat's page. */
	static final int NEXT = 5;

	/** Meetings with published minutes shown on the Beirat's page. */
	static final int LATEST_MINUTES = 3;

	private final PublicPages pages;

	private final PublicCouncilStore store;

	private final PublicContentCache cache;

	private final Tenants tenants;

	private final Times times;

	private final Clock clock;

	CouncilPublicController(PublicPages pages, PublicCouncilStore store, PublicContentCache cache, Tenants tenants,
			Times times, Clock clock) {
		this.pages = pages;
		this.store = store;
		this.cache = cache;
		this.tenants = tenants;
		this.times = times;
		this.clock = clock;
	}

	/**
	 * A committee with its members today.
	 *
	 * @param committee the committee
	 * @param members its members, chair first
	 */
	record CommitteeMembers(Committee committee, List<Member> members) {
	}

	@GetMapping("/p/{slug}/{language}/" + CouncilPublicPaths.BEIRAT)
	void beirat(@PathVariable String slug, @PathVariable String language, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException {
		this.pages.serve(slug, language, CouncilPublicPaths.BEIRAT, request, response, model,
				(tenant, lang, settings) -> {
					Committee council = this.store.council(tenant.id())
						.orElseThrow(() -> new NotFoundException("council.public.notFound"));
					LocalDate today = this.times.today(this.clock);
					Map<UUID, List<Member>> members = new LinkedHashMap<>();
					this.store.currentMembers(tenant.id(), today)
						.forEach((member) -> members.computeIfAbsent(member.committeeId(), (id) -> new ArrayList<>())
							.add(member));
					model.addAttribute("council", council);
					model.addAttribute("members", members.getOrDefault(council.id(), List.of()));
					model.addAttribute("groups", this.store.workingGroups(tenant.id(), today)
						.stream()
						.map((group) -> new CommitteeMembers(group, members.getOrDefault(group.id(), List.of())))
						.toList());
					model.addAttribute("next", this.store.nextMeetings(tenant.id(), this.clock.instant(), NEXT));
					model.addAttribute("minutes", this.store.latestMinutes(tenant.id(), LATEST_MINUTES));
					model.addAttribute("calendar", CouncilPublicPaths.calendar(tenant.slug()));
					model.addAttribute("oparl", "/oparl/v1.1/bodies/" + tenant.slug());
					return "council/public/beirat";
				});
	}

	@GetMapping("/p/{slug}/{language}/" + CouncilPublicPaths.BEIRAT + "/sitzungen")
	void meetingsThisYear(@PathVariable String slug, @PathVariable String language, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException {
		meetingsOfYear(slug, language, "sitzungen", this.times.today(this.clock).getYear(), request, response, model);
	}

	@GetMapping("/p/{slug}/{language}/" + CouncilPublicPaths.BEIRAT + "/sitzungen/jahr/{year}")
	void meetingsOfYear(@PathVariable String slug, @PathVariable String language, @PathVariable String year,
			HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
		Integer shown = year.matches("\\d{4}") ? Integer.valueOf(year) : null;
		meetingsOfYear(slug, language, "sitzungen/jahr/" + (shown != null ? shown : "-"), shown, request, response,
				model);
	}

	private void meetingsOfYear(String slug, String language, String page, Integer year, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException {
		this.pages.serve(slug, language, CouncilPublicPaths.BEIRAT + "/" + page, request, response, model,
				(tenant, lang, settings) -> {
					if (year == null) {
						throw new NotFoundException("council.public.notFound");
					}
					Committee council = this.store.council(tenant.id())
						.orElseThrow(() -> new NotFoundException("council.public.notFound"));
					List<Integer> years = this.store.years(tenant.id(), this.times.zone().getId());
					model.addAttribute("council", council);
					model.addAttribute("year", year);
					model.addAttribute("years", years);
					model.addAttribute("meetings",
							this.store.meetingsBetween(tenant.id(),
									this.times.at(LocalDate.of(year, 1, 1), LocalTime.MIDNIGHT),
									this.times.at(LocalDate.of(year + 1, 1, 1), LocalTime.MIDNIGHT)));
					model.addAttribute("calendar", CouncilPublicPaths.calendar(tenant.slug()));
					return "council/public/meetings";
				});
	}

	@GetMapping("/p/{slug}/{language}/" + CouncilPublicPaths.BEIRAT + "/sitzungen/{id}")
	void meeting(@PathVariable String slug, @PathVariable String language, @PathVariable String id,
			HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
		Optional<UUID> meetingId = uuid(id);
		this.pages.serve(slug, language,
				CouncilPublicPaths.BEIRAT + "/sitzungen/" + meetingId.map(UUID::toString).orElse("-"), request,
				response, model, (tenant, lang, settings) -> {
					Meeting meeting = meetingId.flatMap((meetingKey) -> this.store.meeting(tenant.id(), meetingKey))
						.orElseThrow(() -> new NotFoundException("council.public.notFound"));
					List<Item> items = this.store.publicAgenda(tenant.id(), meeting.id());
					model.addAttribute("meeting", meeting);
					model.addAttribute("items", items);
					model.addAttribute("files",
							this.store.meetingFiles(tenant.id(), meeting.id(), meeting.published()));
					model.addAttribute("calendar", CouncilPublicPaths.calendar(tenant.slug()));
					return "council/public/meeting";
				});
	}

	@GetMapping("/p/{slug}/{language}/" + CouncilPublicPaths.BEIRAT + "/vorlagen/{id}")
	void paper(@PathVariable String slug, @PathVariable String language, @PathVariable String id,
			HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
		Optional<UUID> paperId = uuid(id);
		this.pages.serve(slug, language,
				CouncilPublicPaths.BEIRAT + "/vorlagen/" + paperId.map(UUID::toString).orElse("-"), request, response,
				model, (tenant, lang, settings) -> {
					PublicCouncilStore.Paper paper = paperId.flatMap((key) -> this.store.paper(tenant.id(), key))
						.orElseThrow(() -> new NotFoundException("council.public.notFound"));
					model.addAttribute("paper", paper);
					model.addAttribute("files", this.store.paperFiles(tenant.id(), paper.id()));
					model.addAttribute("consultations", this.store.consultations(tenant.id(), paper.id()));
					return "council/public/paper";
				});
	}

	/**
	 * A public file's content (a public paper's file; a meeting's invitation, its minutes
	 * and attachments once published), as a download.
	 */
	@GetMapping("/p/{slug}/" + CouncilPublicPaths.BEIRAT + "/dateien/{id}")
	ResponseEntity<byte[]> file(@PathVariable String slug, @PathVariable String id) {
		Tenant tenant = this.pages.tenant(slug);
		Content file = uuid(id).flatMap((key) -> this.store.publicFile(tenant.id(), key))
			.orElseThrow(() -> new NotFoundException("council.public.notFound"));
		MediaType type = MediaType.parseMediaType(file.mimeType());
		if ("text".equals(type.getType())) {
			type = new MediaType(type, StandardCharsets.UTF_8);
		}
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-cache")
			.body(file.content());
	}

	/** Every meeting of the tenant's council as an iCalendar feed (kept in the cache). */
	@GetMapping("/p/{slug}/" + CouncilPublicPaths.BEIRAT + "/sitzungen.ics")
	void calendar(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Tenant tenant = this.pages.tenant(slug);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		List<Language> languages = this.tenants.publicLanguages(tenant.id());
		String language = languages.isEmpty() ? "de" : languages.get(0).code();
		String domain = ServletUriComponentsBuilder.fromCurrentContextPath().build().getHost();
		PublicContentCache.Content feed = this.cache.get(
				new PublicContentCache.Key(tenant.id(), "council calendar " + base + " " + language),
				() -> PublicContentCache.Content.of(MeetingCalendar
					.render(this.store.allMeetings(tenant.id()), tenant.name(), domain,
							base + CouncilPublicPaths.beirat(tenant.slug(), language), this.times.zone())
					.getBytes(StandardCharsets.UTF_8), ICalendars.MEDIA_TYPE));
		PublicContentCache.send(feed, request, response);
	}

	/**
	 * Unknown tenant, language, meeting, paper or file, or one not public: the friendly
	 * 404.
	 */
	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(HttpServletRequest request, Model model) {
		return this.pages.notFound(request, model);
	}

	private static Optional<UUID> uuid(String value) {
		try {
			return Optional.of(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
