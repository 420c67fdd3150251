package de.teilhabe.strategy;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The controlling as a user reaches it over HTTP: the overview of the Handlungsfelder
 * ({@code /strategy/controlling}), and from its link a field's dashboard; a field's line
 * of the overview and a goal's row of a dashboard, as the page shows them.
 */
public final class ControllingDashboards {

	/** The overview's link to a field's dashboard: its path, then the field's name. */
	private static final Pattern FIELD_LINK = Pattern
		.compile("<a class=\"kern-link\" href=\"(/strategy/controlling/fields/[0-9a-f-]{36})\">([^<]+)</a>");

	private ControllingDashboards() {
	}

	/** The overview page as the user gets it (200). */
	public static String overview(Http http) {
		HttpResponse<String> response = http.get("/strategy/controlling");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

	/** The path of a field's dashboard, as the overview links it by the field's name. */
	public static String fieldPath(String overview, String field) {
		Matcher link = FIELD_LINK.matcher(overview);
		while (link.find()) {
			if (link.group(2).equals(field)) {
				return link.group(1);
			}
		}
		throw new AssertionError("the overview has no link to the dashboard of " + field);
	}

	/**
	 * A field's line of the overview, as text cells in order: the field, its goals per
	 * status (erreicht, auf Kurs, gefährdet, nicht auf Kurs, keine Daten), the goals, the
	 * measures in words and, after an update, what changed.
	 */
	public static List<String> overviewLine(String overview, String field) {
		int at = overview.indexOf("href=\"" + fieldPath(overview, field) + "\"");
		String row = overview.substring(at, overview.indexOf("</tr>", at));
		List<String> cells = new ArrayList<>(List.of(field));
		Matcher cell = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row);
		while (cell.find()) {
			cells.add(cell.group(1).strip());
		}
		return cells;
	}

	/** The field's dashboard, reached through the overview's link (200). */
	public static String field(Http http, String field) {
		HttpResponse<String> response = http.get(fieldPath(overview(http), field));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

	/**
	 * A goal's row in the table of a field's dashboard (from its title to the end of its
	 * row).
	 */
	public static String goalRow(String dashboard, String goalTitle) {
		int table = dashboard.indexOf("id=\"field-goals\"");
		assertThat(table).as("the dashboard has a table of goals").isNotNegative();
		int at = dashboard.indexOf(">" + goalTitle + "<", table);
		assertThat(at).as("the goal is on the dashboard").isNotNegative();
		return dashboard.substring(at, dashboard.indexOf("</tr>", at));
	}

}
