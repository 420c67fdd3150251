package de.teilhabe.shared.web;

import java.util.List;

/**
 * A section of the main navigation as a page shows it: the entries the signed-in user may
 * use.
 *
 * @param group the section
 * @param items its entries, in order
 * @param current whether the current page belongs to this section
 */
public record NavigationSection(NavigationGroup group, List<NavigationItem> items, boolean current) {

}
