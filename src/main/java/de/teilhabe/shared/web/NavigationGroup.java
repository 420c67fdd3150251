package de.teilhabe.shared.web;

/**
 * The sections of the main navigation, in the order shown. Each module puts its
 * {@link NavigationItem}s into one; a later module adds its section here (message key
 * {@code nav.group.<name in lower case>}).
 */
public enum NavigationGroup {

	MONITORING, STRATEGY, NETWORK, GUIDES, COUNSELLING, ADMINISTRATION, PRIVACY, ACCOUNT;

	/** The message key of the section's name. */
	public String key() {
		return "nav.group." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
