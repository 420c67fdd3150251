package de.teilhabe.network.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.network.form.Filter;
import de.teilhabe.network.form.NetworkLanguages;
import de.teilhabe.network.form.RegionChoices;
import de.teilhabe.network.map.MapStore.Entry;
import de.teilhabe.network.map.MapStore.Marker;
import de.teilhabe.network.organisation.OrganisationKind;
import de.teilhabe.network.scope.NetworkScope;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The map of organisations and offers. With a configured tile server
 * ({@code teilhabe.network.map.tile-url}) the page shows an interactive map (Leaflet,
 * markers from {@code /network/map/markers}); always, and without JavaScript or tiles
 * only, a list by Gemeinde with counts and links.
 */
@Controller
class MapController {

	/** The list names at most this many organisations and offers per Gemeinde. */
	static final int NAMES_PER_GEMEINDE = 20;

	private final MapStore store;

	private final RegionChoices regionChoices;

	private final NetworkScope scope;

	private final MessageSource messages;

	private final String tileUrl;

	private final String attribution;

	MapController(MapStore store, RegionChoices regionChoices, NetworkScope scope, MessageSource messages,
			@Value("${teilhabe.network.map.tile-url:}") String tileUrl,
			@Value("${teilhabe.network.map.attribution:}") String attribution) {
		this.store = store;
		this.regionChoices = regionChoices;
		this.scope = scope;
		this.messages = messages;
		this.tileUrl = tileUrl.strip();
		this.attribution = attribution.strip();
	}

	@GetMapping("/network/map")
	String page(@RequestParam(required = false) String kind, @RequestParam(required = false) String language,
			Model model) {
		Actor actor = reader();
		Filter filter = filter(kind, language);
		Map<String, List<Entry>> organisations = grouped(this.store.organisationsByGemeinde(actor.tenantId(), filter));
		Map<String, List<Entry>> offers = grouped(this.store.offersByGemeinde(actor.tenantId(), filter));
		List<Gemeinde> gemeinden = new ArrayList<>();
		this.regionChoices.names(actor.tenantId()).forEach((key, name) -> {
			List<Entry> inOrganisations = organisations.getOrDefault(key, List.of());
			List<Entry> inOffers = offers.getOrDefault(key, List.of());
			if (!inOrganisations.isEmpty() || !inOffers.isEmpty()) {
				gemeinden.add(new Gemeinde(key, name, inOrganisations.size(),
						inOrganisations.subList(0, Math.min(NAMES_PER_GEMEINDE, inOrganisations.size())),
						inOffers.size(), inOffers.subList(0, Math.min(NAMES_PER_GEMEINDE, inOffers.size()))));
			}
		});
		model.addAttribute("filter", filter);
		model.addAttribute("gemeinden", gemeinden);
		model.addAttribute("withoutGemeinde", this.store.withoutGemeinde(actor.tenantId(), filter));
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("tileUrl", this.tileUrl.isEmpty() ? null : this.tileUrl);
		model.addAttribute("attribution", this.attribution);
		model.addAttribute("namesPerGemeinde", NAMES_PER_GEMEINDE);
		return "network/map";
	}

	@GetMapping("/network/map/markers")
	@ResponseBody
	Markers markers(@RequestParam(required = false) String kind, @RequestParam(required = false) String language) {
		Actor actor = reader();
		Filter filter = filter(kind, language);
		List<MarkerView> markers = new ArrayList<>();
		for (Marker marker : this.store.markers(actor.tenantId(), filter)) {
			markers.add(new MarkerView(marker.id(), marker.name(), marker.kind(),
					this.messages.getMessage("network.kind." + marker.kind(), null, LocaleContextHolder.getLocale()),
					marker.latitude(), marker.longitude(), marker.offers(), "/network/organisations/" + marker.id()));
		}
		return new Markers(markers);
	}

	private Actor reader() {
		Actor actor = CurrentActor.get();
		if (!this.scope.readsAll(actor)) {
			throw new NotFoundException("error.notFound");
		}
		return actor;
	}

	private static Filter filter(String kind, String language) {
		Filter filter = new Filter(null, kind, language, null, null);
		if (!filter.kind().isEmpty()) {
			try {
				OrganisationKind.valueOf(filter.kind());
			}
			catch (IllegalArgumentException ex) {
				throw new BadRequestException("network.error.filter.kind");
			}
		}
		if (!filter.language().isEmpty() && NetworkLanguages.parse(filter.language()) == null) {
			throw new BadRequestException("network.error.filter.language");
		}
		return filter;
	}

	private static Map<String, List<Entry>> grouped(List<Entry> entries) {
		Map<String, List<Entry>> grouped = new LinkedHashMap<>();
		entries.forEach((entry) -> grouped.computeIfAbsent(entry.regionKey(), (key) -> new ArrayList<>()).add(entry));
		return grouped;
	}

	/**
	 * A Gemeinde in the list.
	 *
	 * @param key its AGS
	 * @param name its name
	 * @param organisationCount how many organisations serve it
	 * @param organisations the first of them, by name
	 * @param offerCount how many offers take place there
	 * @param offers the first of them, by title
	 */
	public record Gemeinde(String key, String name, int organisationCount, List<Entry> organisations, int offerCount,
			List<Entry> offers) {
	}

	/**
	 * The markers of the map.
	 *
	 * @param organisations the organisations with a geo position
	 */
	public record Markers(List<MarkerView> organisations) {
	}

	/**
	 * An organisation on the map.
	 *
	 * @param id its id
	 * @param name its name
	 * @param kind its kind (constant)
	 * @param kindLabel its kind in the user's language
	 * @param latitude WGS 84
	 * @param longitude WGS 84
	 * @param offers how many offers it has
	 * @param url its page
	 */
	public record MarkerView(UUID id, String name, String kind, String kindLabel, BigDecimal latitude,
			BigDecimal longitude, long offers, String url) {
	}

}
