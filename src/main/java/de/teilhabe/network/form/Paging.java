package de.teilhabe.network.form;

import de.teilhabe.shared.web.BadRequestException;

/**
 * Page number and size of a list request.
 *
 * @param page from 0
 * @param size 1 to 100
 */
public record Paging(int page, int size) {

	public static final int MAX_SIZE = 100;

	public Paging {
		if (page < 0 || page > 100_000) {
			throw new BadRequestException("network.error.paging.page");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new BadRequestException("network.error.paging.size", MAX_SIZE);
		}
	}

	public int offset() {
		return this.page * this.size;
	}

}
