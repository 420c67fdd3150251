package de.teilhabe.support;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads a list of the API whole, page by page, checking on every page the one shape of
 * API lists ({@code {items, page, size, totalItems, totalPages}}): a test that looks for
 * an entry (or its absence) sees all of them, not only the first page.
 */
public final class ApiLists {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ApiLists() {
	}

	/** Every item of the list at {@code path} (which may carry its own query). */
	public static List<Map<String, Object>> all(Http http, String path) {
		List<Map<String, Object>> items = new ArrayList<>();
		int totalPages = 1;
		for (int page = 0; page < totalPages; page++) {
			String address = path + (path.contains("?") ? "&" : "?") + "size=100&page=" + page;
			Map<String, Object> body = page(http, address);
			assertThat(((Number) body.get("page")).intValue()).as(address).isEqualTo(page);
			assertThat(((Number) body.get("size")).intValue()).as(address).isEqualTo(100);
			totalPages = ((Number) body.get("totalPages")).intValue();
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> pageItems = (List<Map<String, Object>>) body.get("items");
			items.addAll(pageItems);
			if (page == totalPages - 1 || totalPages == 0) {
				assertThat(items).as(address + ": totalItems").hasSize(((Number) body.get("totalItems")).intValue());
			}
		}
		return items;
	}

	/** One page of a list, with the fields of the shape checked. */
	public static Map<String, Object> page(Http http, String address) {
		HttpResponse<String> response = http.get(address);
		assertThat(response.statusCode()).as(address + ": " + response.body()).isEqualTo(200);
		Map<String, Object> body = JSON.readValue(response.body(), new TypeReference<Map<String, Object>>() {
		});
		assertThat(body).as(address).containsKeys("items", "page", "size", "totalItems", "totalPages");
		return body;
	}

}
