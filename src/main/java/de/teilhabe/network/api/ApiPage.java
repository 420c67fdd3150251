package de.teilhabe.network.api;

import java.util.List;
import java.util.function.Function;

import de.teilhabe.network.form.Page;

/**
 * One page of an API list.
 *
 * @param items the items
 * @param page the page number, from 0
 * @param size the page size
 * @param totalItems items on all pages
 * @param totalPages number of pages
 */
record ApiPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	static <S, T> ApiPage<T> of(Page<S> page, Function<S, T> mapper) {
		return new ApiPage<>(page.items().stream().map(mapper).toList(), page.page(), page.size(), page.total(),
				page.totalPages());
	}

}
