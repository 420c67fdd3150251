package de.teilhabe.guides.importing;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.guides.GuidesFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.TableFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.guides.GuidesFixtures.LANDKREIS;
import static de.teilhabe.guides.GuidesFixtures.STADT;
import static de.teilhabe.guides.GuidesFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import of a guide list through the API ({@code POST /api/v1/guides/imports}): a dry
 * run answers the preview row by row (line, column, message in the reader's language) and
 * stores nothing; the import stores every valid row at once and lists the rejected ones,
 * the profiles then readable through the API; missing or unreadable files, a missing
 * {@code dryRun}, a file beyond the limit and broken multipart bodies answer 4xx with a
 * message, never 5xx; roles and tenants.
 */
@IntegrationTest
class GuideImportApiTest {

	private static final String IMPORTS = "/api/v1/guides/imports";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	GuidesFixtures fixtures;

	Http api;

	@BeforeEach
	void setUp() {
		this.fixtures = new GuidesFixtures(this.context, this.port);
		this.api = this.fixtures.api(LANDKREIS, Role.GUIDE_COORDINATOR);
	}

	@Test
	void aDryRunPreviewsAndTheImportStoresTheValidRowsAtOnce() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		byte[] list = GuideImportTest.fixtureList(run).getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> preview = upload(this.api, "lotsen-liste.csv", list, "true");
		assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
		Map<String, Object> dry = json(preview);
		assertThat(dry).containsEntry("dryRun", true)
			.containsEntry("fileName", "lotsen-liste.csv")
			.containsEntry("rowsRead", 20)
			.containsEntry("rowsCreated", 14)
			.containsEntry("rowsRejected", 6)
			.containsEntry("ignoredColumns", List.of("Bemerkung"));
		assertThat(rejected(dry)).contains("7|Gisela Brandt|Wohnort|Keine Gemeinde Ihres Gebiets: Atlantis",
				"10|Klaus Wegner|Sprachen|Keine Sprache der Liste: Klingonisch",
				"19|Amal Haddad|Name|Dieselbe Person steht schon in Zeile 2.",
				"21|Zahra Karimi|Führungszeugnis eingesehen am|Bitte ein Datum als TT.MM.JJJJ angeben, nicht: 31.02.2025");
		assertThat(created(dry)).contains("6|Rojin Yilmaz|ACTIVE|null", "3|Dawit Tesfay|INTERESTED|null")
			.noneMatch((row) -> row.contains("Klaus Wegner"));
		assertThat(stored(run)).isZero();

		HttpResponse<String> imported = upload(this.api, "lotsen-liste.csv", list, "false");
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		Map<String, Object> done = json(imported);
		assertThat(done).containsEntry("dryRun", false)
			.containsEntry("rowsCreated", 14)
			.containsEntry("rowsRejected", 6);
		assertThat(rejected(done)).contains("7|Gisela Brandt|Wohnort|Keine Gemeinde Ihres Gebiets: Atlantis");
		assertThat(stored(run)).isEqualTo(14);
		// each created row names its profile, which the API reads
		String rojin = created(done).stream()
			.filter((row) -> row.contains("Rojin Yilmaz"))
			.findFirst()
			.orElseThrow()
			.split("\\|")[3];
		Map<String, Object> profile = json(this.api.get("/api/v1/guides/" + rojin));
		assertThat(profile).containsEntry("name", "Rojin Yilmaz")
			.containsEntry("state", "ACTIVE")
			.containsEntry("email", "rojin.yilmaz+" + run + "@example.org");

		// the same list again: every row is a duplicate now, nothing more is stored
		Map<String, Object> again = json(upload(this.api, "lotsen-liste.csv", list, "false"));
		assertThat(again).containsEntry("rowsCreated", 0).containsEntry("rowsRejected", 20);
		assertThat(rejected(again)).anyMatch((row) -> row.contains("Ein Profil mit diesem Namen und dieser E-Mail"));
		assertThat(stored(run)).isEqualTo(14);
	}

	@Test
	void xlsxAndEnglishReadersGetTheirMessages() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		byte[] xlsx = TableFiles.xlsx(List.of(Arrays.asList("Name", "E-Mail", "Wohnort", "Mobilität", "Status"),
				Arrays.asList("Xaver Tabelle", "xaver+" + run + "@example.org", "Melle", "mit dem Auto",
						"interessiert"),
				Arrays.asList("Yara Tabelle", "yara+" + run + "@example.org", "Nirgendwo", "mit dem Auto", "")));
		Http english = this.fixtures.api(LANDKREIS, Role.GUIDE_COORDINATOR).language("en");
		Map<String, Object> preview = json(upload(english, "liste.xlsx", xlsx, "true"));
		assertThat(preview).containsEntry("rowsCreated", 1).containsEntry("rowsRejected", 1);
		assertThat(rejected(preview))
			.containsExactly("3|Yara Tabelle|Wohnort|Not a municipality of your area: Nirgendwo");
		assertThat(stored(run)).isZero();
		assertThat(json(upload(this.api, "liste.xlsx", xlsx, "false"))).containsEntry("rowsCreated", 1);
		assertThat(stored(run)).isEqualTo(1);
	}

	@Test
	void badUploadsAnswer4xxWithAMessageAndStoreNothing() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		byte[] valid = ("Name;E-Mail;Wohnort;Mobilität\nKein Import;k+" + run + "@example.org;Melle;zu Fuß\n")
			.getBytes(StandardCharsets.UTF_8);
		// dryRun is required
		assertInvalid(upload(this.api, "liste.csv", valid, null), "dryRun", "Bitte dryRun angeben");
		assertInvalid(upload(this.api, "liste.csv", valid, "vielleicht"), "dryRun", "Bitte dryRun angeben");
		// a file is required and must be a guide list
		assertInvalid(upload(this.api, "leer.csv", new byte[0], "false"), "file", "Bitte eine Datei");
		HttpResponse<String> json = this.api.send("POST", IMPORTS + "?dryRun=false", "application/json",
				"{\"file\": \"x\"}");
		assertThat(json.statusCode()).isEqualTo(415);
		assertThat(json.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		assertThat(json.body()).contains("Bitte die Datei als multipart/form-data im Feld file senden");
		assertInvalid(upload(this.api, "liste.csv", valid, "false", "anders"), "file", "Bitte eine Datei");
		assertInvalid(
				upload(this.api, "nul.csv", "Name;Wohnort\nA\u0000B;Melle\n".getBytes(StandardCharsets.UTF_8), "false"),
				"file", "weder eine CSV-Datei noch eine Excel-Datei");
		assertInvalid(
				upload(this.api, "ohne-name.csv", "Vorname;Ort\nA;Melle\n".getBytes(StandardCharsets.UTF_8), "false"),
				"file", "keine Spalte „Name“");
		assertInvalid(upload(this.api, "kaputt.xlsx", new byte[] { 'P', 'K', 3, 4, 1, 2, 3 }, "false"), "file",
				"Excel-Datei kann nicht gelesen werden");
		assertInvalid(upload(this.api, "nur-kopf.csv", "Name;Wohnort\n".getBytes(StandardCharsets.UTF_8), "false"),
				"file", "keine Zeile mit Daten");
		// a file beyond the limit
		HttpResponse<String> large = upload(this.api, "gross.csv", new byte[3 * 1024 * 1024], "false");
		assertThat(large.statusCode()).isEqualTo(413);
		assertThat(large.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		assertThat(large.body()).contains("Die Datei ist zu groß: höchstens 2048 KB.");
		// broken multipart bodies
		HttpRequest cutOff = this.api.request(IMPORTS + "?dryRun=false")
			.header("Content-Type", "multipart/form-data; boundary=zzz")
			.POST(HttpRequest.BodyPublishers
				.ofString("--zzz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nName"))
			.build();
		assertThat(this.api.send(cutOff).statusCode()).isEqualTo(400);
		HttpRequest noBoundary = this.api.request(IMPORTS + "?dryRun=false")
			.header("Content-Type", "multipart/form-data")
			.POST(HttpRequest.BodyPublishers.ofString("--zzz\r\n\r\n--zzz--\r\n"))
			.build();
		assertThat(this.api.send(noBoundary).statusCode()).isBetween(400, 499);
		assertThat(stored(run)).isZero();
	}

	@Test
	void onlyTheCoordinatorImportsAndOnlyIntoItsOwnTenant() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		byte[] valid = ("Name;E-Mail;Wohnort;Mobilität\nMandant Import;m+" + run + "@example.org;Melle;zu Fuß\n")
			.getBytes(StandardCharsets.UTF_8);
		for (Role role : List.of(Role.GUIDE, Role.PARTNER, Role.STRATEGY)) {
			assertThat(upload(this.fixtures.api(LANDKREIS, role), "liste.csv", valid, "false").statusCode())
				.as(role.name())
				.isEqualTo(403);
		}
		assertThat(upload(new Http(this.port), "liste.csv", valid, "false").statusCode()).isEqualTo(401);
		assertThat(stored(run)).isZero();
		// Melle is no Gemeinde of the Stadt: the row is refused there, and nothing
		// reaches
		// the Landkreis
		Map<String, Object> stadt = json(
				upload(this.fixtures.api(STADT, Role.GUIDE_COORDINATOR), "liste.csv", valid, "false"));
		assertThat(stadt).containsEntry("rowsCreated", 0);
		assertThat(rejected(stadt)).anyMatch((row) -> row.contains("|Wohnort|"));
		assertThat(stored(run)).isZero();
	}

	@Test
	void theEndpointIsDescribedInOpenApi() {
		String document = new Http(this.port).get("/v3/api-docs").body();
		assertThat(document).contains("\"" + IMPORTS + "\"");
		String path = document.substring(document.indexOf("\"" + IMPORTS + "\""));
		int next = path.indexOf("\"/api/", 5);
		assertThat((next > 0) ? path.substring(0, next) : path).contains("multipart/form-data").contains("dryRun");
	}

	/** Posts a file as multipart field {@code file}, dryRun as a form field if given. */
	static HttpResponse<String> upload(Http http, String fileName, byte[] content, String dryRun) {
		return upload(http, fileName, content, dryRun, "file");
	}

	/** Posts a file as the multipart field named, dryRun as a form field if given. */
	static HttpResponse<String> upload(Http http, String fileName, byte[] content, String dryRun, String field) {
		String boundary = "----teilhabe" + UUID.randomUUID().toString().replace("-", "");
		String dry = (dryRun != null)
				? "--" + boundary + "\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\n" + dryRun + "\r\n"
				: "";
		byte[] head = (dry + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		return http.send(http.request(IMPORTS)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)))
			.build());
	}

	private long stored(String run) {
		return this.jdbc.sql("SELECT count(*) FROM guide_profile WHERE email LIKE ?")
			.param("%+" + run + "@example.org")
			.query(Long.class)
			.single();
	}

	/** Each rejected row's problem as {@code line|name|column|message}. */
	@SuppressWarnings("unchecked")
	private static List<String> rejected(Map<String, Object> answer) {
		return ((List<Map<String, Object>>) answer.get("rejectedRows")).stream()
			.map((row) -> row.get("line") + "|" + row.get("name") + "|" + row.get("column") + "|" + row.get("message"))
			.toList();
	}

	/** Each created row as {@code line|name|state|guideId}. */
	@SuppressWarnings("unchecked")
	private static List<String> created(Map<String, Object> answer) {
		return ((List<Map<String, Object>>) answer.get("createdRows")).stream()
			.map((row) -> row.get("line") + "|" + row.get("name") + "|" + row.get("state") + "|" + row.get("guideId"))
			.toList();
	}

	private static void assertInvalid(HttpResponse<String> response, String field, String message) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		assertThat(response.body()).contains("\"field\":\"" + field + "\"").contains(message);
	}

}
