package de.teilhabe.network.form;

import java.util.List;
import java.util.function.Function;

import de.teilhabe.shared.web.ApiPage;

/**
 * One page of a result.
 *
 * @param items the items of this page
 * @param page the page number, from 0
 * @param size the page size
 * @param total how many items there are on all pages
 */
public record Page<T>(List<T> items, int page, int size, long total) {

	public int totalPages() {
		return (int) ((this.total + this.size - 1) / this.size);
	}

	public boolean hasNext() {
		return (long) (this.page + 1) * this.size < this.total;
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	/** This page in the shape of every API list ({@link ApiPage}), each item mapped. */
	public <R> ApiPage<R> toApi(Function<? super T, ? extends R> mapper) {
		return new ApiPage<R>(this.items.stream().<R>map(mapper).toList(), this.page, this.size, this.total,
				totalPages());
	}

}
