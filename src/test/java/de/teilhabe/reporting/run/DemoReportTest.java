package de.teilhabe.reporting.run;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.support.ApiLists;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo report after start, through the real HTTP layer: once the demo data are in
 * place, the demo Landkreis's default definition has a version made by the platform (the
 * start did not wait for it), with its web page and PDF.
 */
@IntegrationTest
class DemoReportTest {

	private static final String STARTER = "Teilhabe (Beispielbericht nach dem Start)";

	@LocalServerPort
	int port;

	@Test
	void theDemoLandkreisReportHasAVersionAfterStart() throws InterruptedException {
		Http api = Http.withToken(this.port, "demo-token-beratung");
		List<Map<String, Object>> definitions = ApiLists.all(api, "/api/v1/reports");
		Map<String, Object> standard = definitions.get(0);
		assertThat(standard.get("standard")).isEqualTo(true);
		Http staff = Http.loggedIn(this.port, "beratung", "demo");
		String page = "/reports/" + standard.get("id");
		// the whole demo report renders in the background (at most 4 minutes on a busy
		// machine)
		long until = System.currentTimeMillis() + 240_000;
		String versions = versions(staff.get(page));
		while (!versions.contains(STARTER) && System.currentTimeMillis() < until) {
			Thread.sleep(500);
			versions = versions(staff.get(page));
		}
		assertThat(versions).as("the versions of the demo report")
			.contains(STARTER)
			.contains("document.pdf")
			.contains("document.html");
		// the chapter on the guide network with the twelve months of the demo history
		// (the
		// shipped indicators over the operational series guides.*)
		Matcher link = Pattern.compile("href=\"(/reports/runs/[^\"]+/document\\.html)\"").matcher(versions);
		assertThat(link.find()).as("a link to the web page of the version").isTrue();
		String html = staff.get(link.group(1)).body();
		int chapter = html.indexOf(" Integrationslotsinnen und -lotsen</h2>");
		assertThat(chapter).as("the chapter on the guide network").isPositive();
		String requests = html
			.substring(html.indexOf(">Begleitanfragen an Integrationslotsinnen und -lotsen je Monat<", chapter));
		// the Kreis's table: a month per row with its count (no Land column: the Land has
		// no entry), then the Gemeinden's table with a secret count as x
		Matcher month = Pattern.compile("<tr><th scope=\"row\">(\\d{4}-\\d{2})</th><td class=\"num\">(\\d+)</td></tr>")
			.matcher(requests.substring(0, requests.indexOf("</table>")));
		int months = 0;
		while (month.find()) {
			months++;
			assertThat(Integer.parseInt(month.group(2))).as(month.group(1)).isGreaterThan(10);
		}
		assertThat(months).as("months with requests in the Kreis's table").isGreaterThanOrEqualTo(12);
		String unmet = html
			.substring(html.indexOf(">Begleitanfragen ohne passende Lotsin oder passenden Lotsen je Monat<", chapter));
		assertThat(unmet.substring(0, unmet.indexOf("report-source"))).contains("<td class=\"num\">x</td>");
	}

	/** The versions table of the definition's page, or an empty text before one. */
	private static String versions(HttpResponse<String> page) {
		assertThat(page.statusCode()).isEqualTo(200);
		String body = page.body();
		int start = body.indexOf("id=\"versions\"");
		return (start < 0) ? "" : body.substring(start, body.indexOf("</table>", start));
	}

}
