package de.teilhabe.shared.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.Role;

/**
 * An entry of the main navigation and a tile of the start page. Modules declare them as
 * beans; each is shown to the roles given.
 *
 * @param group the navigation section it belongs to
 * @param key message key prefix: {@code <key>} is the label, {@code <key>.description}
 * the start page text
 * @param path where it leads
 * @param order position within its section (lower first)
 * @param roles who sees it
 */
public record NavigationItem(NavigationGroup group, String key, String path, int order, Set<Role> roles) {

	public NavigationItem(NavigationGroup group, String key, String path, int order, Role... roles) {
		this(group, key, path, order, Set.of(roles));
	}

	public boolean visibleTo(Actor actor) {
		return actor.roles().stream().anyMatch(this.roles::contains);
	}

	/** The entries a user sees, in their order. */
	public static List<NavigationItem> visibleTo(Collection<NavigationItem> items, Actor actor) {
		return items.stream()
			.filter((item) -> item.visibleTo(actor))
			.sorted(Comparator.comparingInt(NavigationItem::order))
			.toList();
	}

	/**
	 * Whether a page belongs to this entry: its own path or a page below it
	 * ({@code /network/organisations/…} belongs to {@code /network/organisations}).
	 */
	boolean leadsTo(String currentPath) {
		return currentPath.equals(this.path) || currentPath.startsWith(this.path + "/");
	}

}
