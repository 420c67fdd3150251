package de.teilhabe.shared.web;

import java.util.Set;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.Role;

/**
 * An entry of the main navigation and a tile of the start page. Modules declare them as
 * beans; each is shown to the roles given.
 *
 * @param key message key prefix: {@code <key>} is the label, {@code <key>.description}
 * the start page text
 * @param path where it leads
 * @param order position (lower first)
 * @param roles who sees it
 */
public record NavigationItem(String key, String path, int order, Set<Role> roles) {

	public NavigationItem(String key, String path, int order, Role... roles) {
		this(key, path, order, Set.of(roles));
	}

	public boolean visibleTo(Actor actor) {
		return actor.roles().stream().anyMatch(this.roles::contains);
	}

}
