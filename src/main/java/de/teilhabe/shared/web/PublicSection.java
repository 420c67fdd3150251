package de.teilhabe.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A part of a tenant's public start page that a module contributes (the network: its
 * approved public offers and events), so that the page's owner does not read other
 * modules' data. Beans are shown in {@link #order()}.
 */
public interface PublicSection {

	/** Position on the page (lower first). */
	int order();

	/** Message key of the section's heading. */
	String titleKey();

	/** Message key of the sentence shown when there are no entries. */
	String emptyKey();

	/** The entries to show for this tenant, in the visitor's language where possible. */
	List<PublicEntry> entries(UUID tenantId, Locale language);

	/**
	 * A link below the section (e.g. the calendar subscription), or null.
	 * @param tenantSlug the tenant's name in addresses
	 */
	default PublicEntry more(String tenantSlug) {
		return null;
	}

	/**
	 * A link below the section that depends on the page's language too (e.g. a form on
	 * the public pages); by default {@link #more(String)}.
	 * @param tenantSlug the tenant's name in addresses
	 * @param languageCode the page's language as in its address
	 */
	default PublicEntry more(String tenantSlug, String languageCode) {
		return more(tenantSlug);
	}

	/**
	 * An entry of a public section.
	 *
	 * @param title what it is called (for {@link #more}: a message key)
	 * @param details one line below the title (when, where, who), or null
	 * @param link an address with more, or null
	 */
	record PublicEntry(String title, String details, String link) {
	}

}
