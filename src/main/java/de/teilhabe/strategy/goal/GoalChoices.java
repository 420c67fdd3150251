package de.teilhabe.strategy.goal;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.monitoring.IndicatorDefinition;
import de.teilhabe.monitoring.Indicators;
import de.teilhabe.network.OrganisationSummary;
import de.teilhabe.network.Organisations;
import de.teilhabe.region.Region;
import de.teilhabe.region.RegionLevel;
import de.teilhabe.region.Regions;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.strategy.concept.ConceptStore;
import de.teilhabe.strategy.concept.Field;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the goal form offers, each by its name (staff never type codes or IDs): the
 * Handlungsfelder of the current version of the concept, the indicators of the catalogue
 * by title, the regions by name (the tenant's own region, its Land and its Gemeinden),
 * and the organisations of the network by name.
 */
@Component
class GoalChoices {

	private final ConceptStore concepts;

	private final Indicators indicators;

	private final Regions regions;

	private final Tenants tenants;

	private final Organisations organisations;

	GoalChoices(ConceptStore concepts, Indicators indicators, Regions regions, Tenants tenants,
			Organisations organisations) {
		this.concepts = concepts;
		this.indicators = indicators;
		this.regions = regions;
		this.tenants = tenants;
		this.organisations = organisations;
	}

	/**
	 * Puts {@code fieldChoices}, {@code indicatorChoices}, {@code regionChoices} and
	 * {@code organisationChoices} (each a list of value and name) into the model.
	 * @param region the region the form shows, offered even if it is none of the usual
	 * ones, or null
	 */
	void addTo(Model model, UUID tenantId, String region) {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		this.concepts.current(tenantId)
			.ifPresent((concept) -> this.concepts.fields(tenantId, concept.id())
				.forEach((Field field) -> fields.add(entry(field.id().toString(), field.name()))));
		model.addAttribute("fieldChoices", fields);
		List<Map.Entry<String, String>> indicatorChoices = new ArrayList<>();
		for (IndicatorDefinition definition : this.indicators.catalogue(tenantId)) {
			indicatorChoices.add(entry(definition.code(), definition.title(LocaleContextHolder.getLocale())));
		}
		model.addAttribute("indicatorChoices", indicatorChoices);
		List<Map.Entry<String, String>> regionChoices = regions(tenantId);
		if (region != null && !region.isBlank()
				&& regionChoices.stream().noneMatch((choice) -> choice.getKey().equals(region))) {
			// a key sent that none of them has (a malformed one shown as it was sent)
			String name = (Regions.keyProblem(region) == null)
					? this.regions.find(region).map(GoalViews::name).orElse(region) : region;
			regionChoices.add(entry(region, name));
		}
		model.addAttribute("regionChoices", regionChoices);
		model.addAttribute("organisationChoices", organisations(tenantId));
	}

	/** The tenant's own region first, then its Land, then the Gemeinden in it by name. */
	private List<Map.Entry<String, String>> regions(UUID tenantId) {
		List<Map.Entry<String, String>> choices = new ArrayList<>();
		String home = this.tenants.find(tenantId).map((tenant) -> tenant.homeRegionKey()).orElse(null);
		if (home == null) {
			return choices;
		}
		this.regions.find(home).ifPresent((region) -> choices.add(entry(region.key(), GoalViews.name(region))));
		this.regions.ancestors(home)
			.stream()
			.filter((region) -> region.level() == RegionLevel.LAND)
			.forEach((region) -> choices.add(entry(region.key(), region.name())));
		if (home.length() == 5) {
			this.regions.gemeinden(home)
				.stream()
				.sorted(Comparator.comparing(Region::name))
				.forEach((region) -> choices.add(entry(region.key(), region.name())));
		}
		return choices;
	}

	/** Every organisation of the tenant's network, by name (id and name). */
	List<Map.Entry<String, String>> organisations(UUID tenantId) {
		List<Map.Entry<String, String>> choices = new ArrayList<>();
		int page = 0;
		ApiPage<OrganisationSummary> found;
		do {
			found = this.organisations.list(tenantId, new ApiPaging(page, ApiPaging.MAX_SIZE));
			found.items()
				.forEach((organisation) -> choices.add(entry(organisation.id().toString(), organisation.name())));
			page++;
		}
		while (page < found.totalPages() && page < 50);
		return choices;
	}

	/**
	 * The names of organisations, in the order given (one removed meanwhile is left out).
	 */
	List<String> organisationNames(UUID tenantId, List<UUID> ids) {
		Map<UUID, String> names = new LinkedHashMap<>();
		for (UUID id : ids) {
			this.organisations.find(tenantId, id).ifPresent((organisation) -> names.put(id, organisation.name()));
		}
		return new ArrayList<>(names.values());
	}

	private static Map.Entry<String, String> entry(String value, String name) {
		return new SimpleImmutableEntry<>(value, name);
	}

}
