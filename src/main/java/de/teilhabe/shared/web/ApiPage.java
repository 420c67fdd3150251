package de.teilhabe.shared.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list in the API, the one shape of every list under {@code /api/v1}:
 * {@code {items, page, size, totalItems, totalPages}}. Take the page from
 * {@link ApiPaging} (query parameters {@code page} from 0 and {@code size} up to
 * {@link ApiPaging#MAX_SIZE}).
 *
 * @param items the items of this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param totalItems items on all pages
 * @param totalPages number of pages (0 for an empty list)
 */
public record ApiPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	/** A page of a list read page by page (LIMIT/OFFSET in the query). */
	public static <T> ApiPage<T> of(List<T> items, ApiPaging paging, long totalItems) {
		return new ApiPage<>(List.copyOf(items), paging.page(), paging.size(), totalItems,
				(int) ((totalItems + paging.size() - 1) / paging.size()));
	}

	/**
	 * The asked-for page of a list that is read whole (short lists: catalogues, code
	 * lists).
	 */
	public static <T> ApiPage<T> slice(List<T> all, ApiPaging paging) {
		int from = (int) Math.min((long) paging.page() * paging.size(), all.size());
		int to = (int) Math.min((long) from + paging.size(), all.size());
		return of(all.subList(from, to), paging, all.size());
	}

	/** The same page with each item mapped. */
	public <R> ApiPage<R> map(Function<? super T, ? extends R> mapper) {
		return new ApiPage<>(this.items.stream().<R>map(mapper).toList(), this.page, this.size, this.totalItems,
				this.totalPages);
	}

}
