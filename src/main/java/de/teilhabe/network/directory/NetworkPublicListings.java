package de.teilhabe.network.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import de.teilhabe.network.OpeningHours;
import de.teilhabe.network.OrganisationSummary;
import de.teilhabe.network.PublicListing;
import de.teilhabe.network.PublicListings;
import de.teilhabe.network.form.RegionChoices;
import de.teilhabe.network.offer.Offer;
import de.teilhabe.network.offer.OfferStore;
import de.teilhabe.network.organisation.Organisation;
import de.teilhabe.network.organisation.OrganisationStore;

import org.springframework.stereotype.Component;

/**
 * The public organisations and offers ({@link PublicListings}) from the live tables (they
 * hold the approved versions only: a partner's pending change lives in
 * {@code network_change} until the office approves it).
 */
@Component
class NetworkPublicListings implements PublicListings {

	/** A cost text that says the offer is free of charge. */
	static final Pattern FREE = Pattern.compile(
			"(?iu).*(kostenlos|kostenfrei|gebührenfrei|gratis|unentgeltlich|ohne kosten|free of charge|\\bfree\\b|(^|\\s)0 ?(€|euro)).*");

	private final OrganisationStore organisations;

	private final OfferStore offers;

	private final RegionChoices regions;

	NetworkPublicListings(OrganisationStore organisations, OfferStore offers, RegionChoices regions) {
		this.organisations = organisations;
		this.offers = offers;
		this.regions = regions;
	}

	@Override
	public List<PublicListing> of(UUID tenantId) {
		Map<String, String> names = this.regions.names(tenantId);
		List<Organisation> all = this.organisations.all(tenantId);
		Map<UUID, Organisation> byId = all.stream().collect(Collectors.toMap(Organisation::id, (o) -> o));
		List<PublicListing> entries = new ArrayList<>();
		all.forEach((organisation) -> entries.add(entry(organisation, names)));
		this.offers.all(tenantId).forEach((offer) -> {
			Organisation organisation = byId.get(offer.organisationId());
			if (organisation != null) {
				entries.add(entry(offer, organisation, names));
			}
		});
		return entries;
	}

	@Override
	public Optional<PublicListing> organisation(UUID tenantId, UUID id) {
		return this.organisations.find(tenantId, id).map((found) -> entry(found, this.regions.names(tenantId)));
	}

	@Override
	public Optional<PublicListing> offer(UUID tenantId, UUID id) {
		return this.offers.find(tenantId, id)
			.flatMap((offer) -> this.organisations.find(tenantId, offer.organisationId())
				.map((organisation) -> entry(offer, organisation, this.regions.names(tenantId))));
	}

	@Override
	public List<PublicListing> offersOf(UUID tenantId, UUID organisationId) {
		Organisation organisation = this.organisations.find(tenantId, organisationId).orElse(null);
		if (organisation == null) {
			return List.of();
		}
		Map<String, String> names = this.regions.names(tenantId);
		return this.offers.ofOrganisation(tenantId, organisationId)
			.stream()
			.map((offer) -> entry(offer, organisation, names))
			.toList();
	}

	private static PublicListing entry(Organisation o, Map<String, String> names) {
		return new PublicListing(PublicListing.Type.ORGANISATION, o.id(), o.name(), o.kind().name(), o.id(), o.name(),
				o.description(), blankToNull(o.address()), null, gemeinden(o.regions(), names), o.languages(),
				o.targetGroups(), o.fieldsOfWork(), o.website(), o.email(), o.phone(), o.weeklyHours(),
				o.openingHours(), null, null, null, null, null, o.latitude(), o.longitude());
	}

	private static PublicListing entry(Offer f, Organisation o, Map<String, String> names) {
		List<String> keys = (f.regionKey() != null) ? List.of(f.regionKey()) : o.regions();
		return new PublicListing(PublicListing.Type.OFFER, f.id(), f.title(), f.kind().name(), o.id(), o.name(),
				f.description(), blankToNull(o.address()), f.place(), gemeinden(keys, names), f.languages(),
				f.targetGroups(), o.fieldsOfWork(), o.website(), o.email(), o.phone(), OpeningHours.NONE, null,
				f.schedule(), f.cost(), free(f.cost()), f.registration(), f.accessibility(), o.latitude(),
				o.longitude());
	}

	/** Free of charge: the cost text says so; null when it says nothing. */
	static Boolean free(String cost) {
		if (cost == null || cost.isBlank()) {
			return null;
		}
		return FREE.matcher(cost).matches();
	}

	private static List<OrganisationSummary.Gemeinde> gemeinden(List<String> keys, Map<String, String> names) {
		return keys.stream().map((key) -> new OrganisationSummary.Gemeinde(key, names.getOrDefault(key, key))).toList();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
