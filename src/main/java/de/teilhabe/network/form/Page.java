package de.teilhabe.network.form;

import java.util.List;

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

}
