package de.teilhabe.network;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static de.teilhabe.network.NetworkFixtures.LANDKREIS;
import static de.teilhabe.network.NetworkFixtures.createOffer;
import static de.teilhabe.network.NetworkFixtures.createOrganisation;
import static de.teilhabe.network.NetworkFixtures.idFrom;
import static de.teilhabe.network.NetworkFixtures.post;
import static de.teilhabe.network.NetworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person reads on the network's pages: every form has unique ids and one labelled
 * control per label, languages are chosen and shown by name, and the moderation diff and
 * the exports show labels and names instead of constants, keys and codes.
 */
@IntegrationTest
class NamesNotCodesTest extends NetworkOfficeTests {

	private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");

	private static final Pattern LABEL_FOR = Pattern.compile("<label[^>]*\\sfor=\"([^\"]+)\"");

	private static final Pattern SELECT = Pattern.compile("<select[^>]*>");

	@Test
	void everyNetworkFormHasUniqueIdsAndOneLabelledSelectPerLabel() {
		UUID organisation = createOrganisation(this.office, unique("Formularverein"));
		UUID offer = createOffer(this.office, organisation, unique("Formularkurs"));
		HttpResponse<String> committee = post(this.office, "/network/committees/new", "/network/committees", "name",
				unique("Formularkreis"), "classification", "Arbeitskreis", "officeRole", "Mitglied", "startDate",
				"2020-01-01");
		assertThat(committee.statusCode()).as(committee.body()).isEqualTo(302);
		UUID committeeId = idFrom(committee.headers().firstValue("Location").orElse(""), "/network/committees/");
		List<String> pages = List.of("/network/organisations/new", "/network/organisations/" + organisation + "/edit",
				"/network/organisations/" + organisation + "/offers/new", "/network/offers/" + offer + "/edit",
				"/network/organisations/" + organisation + "/events/new", "/network/events/new",
				"/network/organisations/" + organisation + "/contacts/new", "/network/projects/new",
				"/network/support/trainings/new", "/network/support/opening/new", "/network/committees/new",
				"/network/committees/" + committeeId + "/memberships/new",
				"/network/committees/" + committeeId + "/meetings/new", "/network/organisations", "/network/offers",
				"/network/events", "/network/map", "/network/projects", "/network/support", "/network/committees",
				"/network/graph");
		for (String page : pages) {
			HttpResponse<String> response = this.office.get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(200);
			assertWellLabelled(page, response.body());
		}
	}

	private static void assertWellLabelled(String page, String html) {
		Map<String, Integer> ids = new HashMap<>();
		Matcher id = ID.matcher(html);
		while (id.find()) {
			ids.merge(id.group(1), 1, Integer::sum);
		}
		ids.forEach((value, count) -> assertThat(count).as("id \"%s\" on %s", value, page).isEqualTo(1));
		List<String> labelled = new ArrayList<>();
		Matcher label = LABEL_FOR.matcher(html);
		while (label.find()) {
			labelled.add(label.group(1));
		}
		Matcher select = SELECT.matcher(html);
		while (select.find()) {
			Matcher selectId = ID.matcher(select.group());
			assertThat(selectId.find()).as("a select without id on %s: %s", page, select.group()).isTrue();
			assertThat(labelled).as("labels of the select \"%s\" on %s", selectId.group(1), page)
				.containsOnlyOnce(selectId.group(1));
		}
	}

	@Test
	void languagesArePickedAndShownByName() {
		String form = this.office.get("/network/organisations/new").body();
		assertThat(form).contains("<select class=\"language-picker__select\" multiple")
			.contains(">Arabisch – العربية</option>")
			.contains(">Dari – دری</option>")
			.contains(">Kurdisch (Sorani) – کوردیی ناوەندی</option>")
			.contains("/js/language-picker.js")
			.doesNotContain("name=\"languages\" type=\"text\"");
		// a picker sends every chosen language as a value of its own
		String name = unique("Sprachenverein");
		HttpResponse<String> created = post(this.office, "/network/organisations/new", "/network/organisations", "kind",
				"MSO", "name", name, "languages", "prs", "languages", "ckb", "regions", "03459014");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		UUID id = idFrom(created.headers().firstValue("Location").orElse(""), "/network/organisations/");
		assertThat(this.office.get("/network/organisations/" + id).body())
			.contains("Dari – دری, Kurdisch (Sorani) – کوردیی ناوەندی");
		assertThat(this.office.language("en").get("/network/organisations/" + id).body())
			.contains("Dari – دری, Kurdish (Sorani) – کوردیی ناوەندی");
		this.office.language("de");
		assertThat(this.office.get("/network/organisations?q=" + name).body())
			.contains("<option value=\"prs\">Dari – دری</option>")
			.contains("<td>Dari – دری, Kurdisch (Sorani) – کوردیی ناوەندی</td>");
		// the export names languages and Gemeinden, so that the import reads them again
		String csv = new String(this.office.getBytes("/network/organisations/export?format=csv&q=" + name).body(),
				StandardCharsets.UTF_8);
		assertThat(csv).contains("Dari, Kurdisch (Sorani)").contains("Bramsche").doesNotContain("03459014");

		// a code stored before the list stays chosen in the picker instead of being
		// dropped on the next save
		this.jdbc.sql("UPDATE network_organisation SET languages = ARRAY['prs', 'tlh'] WHERE id = ?")
			.param(id)
			.update();
		assertThat(this.office.get("/network/organisations/" + id + "/edit").body())
			.containsPattern("<option value=\"tlh\" selected=\"selected\">[^<]*</option>")
			.containsPattern("<option value=\"prs\" selected=\"selected\">Dari – دری</option>");
	}

	@Test
	void theModerationDiffShowsLabelsAndNamesAndIgnoresAReordering() {
		String name = unique("Diffverein");
		UUID own = createOrganisation(this.office, name, "languages", "de, ar", "fieldsOfWork", "FAMILY",
				"targetGroups", "Familien, Senioren");
		TestUser partner = this.fixtures.partner(LANDKREIS, own);
		Http partnerSession = this.fixtures.login(partner);
		HttpResponse<String> submitted = post(partnerSession, "/network/organisations/" + own + "/edit",
				"/network/organisations/" + own, "kind", "CLUB", "name", name, "city", "Bramsche", "postcode", "49565",
				"languages", "ar", "languages", "de", "regions", "03459014", "regions", "03459024", "fieldsOfWork",
				"FAMILY", "fieldsOfWork", "EDUCATION", "targetGroups", "Senioren, Familien");
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
		UUID change = this.jdbc.sql("SELECT id FROM network_change WHERE entity_id = ? AND status = 'PENDING'")
			.param(own)
			.query(UUID.class)
			.single();
		String review = this.office.get("/network/moderation/" + change).body();
		assertThat(row(review, "Art")).contains("Migrantenselbstorganisation (MSO)")
			.contains("Verein")
			.contains("diff-changed")
			.doesNotContain(">MSO<")
			.doesNotContain(">CLUB<");
		assertThat(row(review, "Arbeitsfelder")).contains("Familie, Bildung").doesNotContain("FAMILY");
		assertThat(row(review, "Versorgte Gemeinden")).contains("Bramsche, Stadt").doesNotContain("03459014");
		// the same languages and target groups in another order are no change
		assertThat(row(review, "Sprachen")).contains("Deutsch, Arabisch – العربية")
			.contains("Arabisch – العربية, Deutsch")
			.doesNotContain("diff-changed");
		assertThat(row(review, "Zielgruppen")).doesNotContain("diff-changed");
		// decided, so that the shared queue holds no leftovers for other tests
		assertThat(post(this.office, "/network/moderation/" + change, "/network/moderation/" + change + "/reject",
				"reason", "Nur ein Test.")
			.statusCode()).isEqualTo(302);
	}

	/** The diff table's row of a field (by its German label). */
	private static String row(String html, String label) {
		Matcher row = Pattern
			.compile("<tr[^>]*>\\s*<th scope=\"row\"><span>" + Pattern.quote(label) + "</span>(?s:.*?)</tr>")
			.matcher(html);
		assertThat(row.find()).as("row " + label).isTrue();
		return row.group();
	}

}
