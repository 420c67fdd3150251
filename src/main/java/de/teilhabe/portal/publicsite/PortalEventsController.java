package de.teilhabe.portal.publicsite;

import java.io.IOException;
import java.util.UUID;

import de.teilhabe.region.Language;
import de.teilhabe.region.Tenant;
import de.teilhabe.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The portal's events (anonymous, GET only, no cookie):
 * <ul>
 * <li>{@code /p/{slug}/{language}/veranstaltungen}: the coming dates, filtered by
 * {@code kategorie}, {@code gemeinde} and {@code monat} (a GET form), 20 a page
 * ({@code seite});</li>
 * <li>{@code /p/{slug}/{language}/veranstaltungen/{id}}: an event of the network;</li>
 * <li>{@code /p/{slug}/veranstaltungen/{id}/kalender.ics}: that event as a calendar
 * file;</li>
 * <li>{@code /p/{slug}/veranstaltungen.ics}: every public event of the network and the
 * Beirat as a feed, or of one category ({@code ?kategorie=kultur}).</li>
 * </ul>
 */
@Controller
class PortalEventsController {

	private final PortalPages pages;

	private final PortalEvents events;

	PortalEventsController(PortalPages pages, PortalEvents events) {
		this.pages = pages;
		this.events = events;
	}

	@GetMapping("/p/{slug}/{language}/veranstaltungen")
	void list(@PathVariable String slug, @PathVariable String language,
			@RequestParam(name = "kategorie", required = false) String category,
			@RequestParam(name = "gemeinde", required = false) String region,
			@RequestParam(name = "monat", required = false) String month,
			@RequestParam(name = "seite", required = false) String page, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Tenant tenant = this.pages.tenant(slug);
		Language shown = this.pages.language(tenant, language, request);
		PortalEvents.Filter filter = PortalEvents.Filter.of(category, region, month, page,
				this.events.gemeinden(tenant).keySet(), this.events.months());
		this.events.sendList(tenant, shown, filter, request, response);
	}

	@GetMapping("/p/{slug}/{language}/veranstaltungen/{id}")
	void detail(@PathVariable String slug, @PathVariable String language, @PathVariable String id,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		Tenant tenant = this.pages.tenant(slug);
		Language shown = this.pages.language(tenant, language, request);
		this.events.sendDetail(tenant, shown, uuid(id), request, response);
	}

	@GetMapping("/p/{slug}/veranstaltungen/{id}/kalender.ics")
	void one(@PathVariable String slug, @PathVariable String id, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Tenant tenant = this.pages.tenant(slug);
		this.events.sendOne(tenant, uuid(id), ServletUriComponentsBuilder.fromCurrentContextPath().build().getHost(),
				request, response);
	}

	@GetMapping("/p/{slug}/veranstaltungen.ics")
	void feed(@PathVariable String slug, @RequestParam(name = "kategorie", required = false) String category,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		Tenant tenant = this.pages.tenant(slug);
		EventCategory shown = null;
		if (category != null && !category.isEmpty()) {
			shown = EventCategory.ofSlug(category)
				.orElseThrow(() -> new NotFoundException("portalEvents.error.notFound.category"));
		}
		this.events.sendFeed(tenant, shown, ServletUriComponentsBuilder.fromCurrentContextPath().build().getHost(),
				ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString(), request, response);
	}

	private static UUID uuid(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("portalEvents.error.notFound");
		}
	}

	/** Unknown tenant, language, event or category: the public pages' friendly 404. */
	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(HttpServletRequest request, Model model) {
		return this.pages.notFound(request, model);
	}

}
