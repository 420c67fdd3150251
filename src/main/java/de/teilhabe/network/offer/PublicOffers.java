package de.teilhabe.network.offer;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.teilhabe.network.form.Filter;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.PublicSection;

import org.springframework.stereotype.Component;

/**
 * The tenant's approved offers on its public start page (pending partner changes never
 * show: the offer table holds the approved version only).
 */
@Component
class PublicOffers implements PublicSection {

	static final int SHOWN = 20;

	private final OfferStore offers;

	PublicOffers(OfferStore offers) {
		this.offers = offers;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public String titleKey() {
		return "network.public.offers";
	}

	@Override
	public String emptyKey() {
		return "network.public.noOffers";
	}

	@Override
	public List<PublicEntry> entries(UUID tenantId, Locale language) {
		return this.offers.search(tenantId, new Filter(null, null, null, null, null), new ApiPaging(0, SHOWN))
			.items()
			.stream()
			.map((offer) -> new PublicEntry(offer.title(),
					Stream.of(offer.organisationName(), offer.schedule(), offer.place())
						.filter(Objects::nonNull)
						.collect(Collectors.joining(" · ")),
					null))
			.toList();
	}

	/**
	 * The link to the Wegweiser's directory of all offers and organisations, in the
	 * page's language.
	 */
	@Override
	public PublicEntry more(String tenantSlug, String languageCode) {
		return new PublicEntry("portal.directory.startLink", null,
				"/p/" + tenantSlug + "/" + languageCode + "/angebote");
	}

}
