package de.teilhabe.shared.web;

/**
 * The page an API list is asked for: {@code ?page=} from 0 (default 0) and {@code ?size=}
 * from 1 to {@link #MAX_SIZE} (default {@link #DEFAULT_SIZE}). A size above the maximum
 * is refused with 400 saying the maximum rather than quietly cut, so that a client never
 * takes a short page for the whole list.
 *
 * @param page the page number, from 0
 * @param size items per page
 */
public record ApiPaging(int page, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	/** The highest page number taken (keeps the offset far from overflowing). */
	public static final int MAX_PAGE = 100_000;

	public ApiPaging {
		if (page < 0 || page > MAX_PAGE) {
			throw new BadRequestException("error.paging.page", MAX_PAGE);
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new BadRequestException("error.paging.size", MAX_SIZE, size);
		}
	}

	/** The paging of the query parameters, each optional (null: its default). */
	public static ApiPaging of(Integer page, Integer size) {
		return new ApiPaging((page != null) ? page : 0, (size != null) ? size : DEFAULT_SIZE);
	}

	/** The first item of the page (for OFFSET). */
	public long offset() {
		return (long) this.page * this.size;
	}

}
