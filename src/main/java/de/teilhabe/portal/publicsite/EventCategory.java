package de.teilhabe.portal.publicsite;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The categories of the portal's events, by the slug of their filter
 * ({@code ?kategorie=kultur}): the network's categories (names of its
 * {@code EventCategory}) grouped for newcomers, and the public meetings of the Beirat.
 */
enum EventCategory {

	INFORMATION("information", Set.of("INFORMATION")), EDUCATION("bildung", Set.of("TRAINING", "WORKSHOP")),
	CULTURE("kultur", Set.of("CULTURE")), FESTIVAL("feste", Set.of("FESTIVAL")), MEETING("treffen", Set.of("MEETING")),
	SPORTS("sport", Set.of("SPORTS")), COUNCIL("beirat", Set.of()), OTHER("sonstiges", Set.of("OTHER"));

	private final String slug;

	private final Set<String> networkCategories;

	EventCategory(String slug, Set<String> networkCategories) {
		this.slug = slug;
		this.networkCategories = networkCategories;
	}

	public String slug() {
		return this.slug;
	}

	/** The names of the network's categories it holds (none for the Beirat). */
	Set<String> networkCategories() {
		return this.networkCategories;
	}

	static Optional<EventCategory> ofSlug(String slug) {
		return Arrays.stream(values()).filter((category) -> category.slug.equals(slug)).findFirst();
	}

	static EventCategory ofNetwork(String networkCategory) {
		return Arrays.stream(values())
			.filter((category) -> category.networkCategories.contains(networkCategory))
			.findFirst()
			.orElse(OTHER);
	}

}
