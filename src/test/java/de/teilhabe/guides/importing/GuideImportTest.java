package de.teilhabe.guides.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import de.teilhabe.access.AccessFixtures;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Import of a guide list through the real HTTP layer: a realistic list of 20 rows with
 * broken ones previewed row by row (line, column, message) and imported all valid rows at
 * once; encodings, delimiters, English headers and XLSX; the templates; hostile files;
 * two imports of one upload at once store it once; roles and tenants.
 */
@IntegrationTest
class GuideImportTest {

	private static final String PAGE = "/guides/profiles/import";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	GuidesFixtures fixtures;

	Http office;

	@BeforeEach
	void setUp() {
		this.fixtures = new GuidesFixtures(this.context, this.port);
		this.office = this.fixtures.session(LANDKREIS, Role.GUIDE_COORDINATOR);
	}

	/**
	 * The fixture list with e-mail addresses of this run (so that it imports once per
	 * run).
	 */
	static String fixtureList(String run) {
		try (InputStream in = GuideImportTest.class.getResourceAsStream("/guides/import/lotsen-liste.csv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@example.org",
					"+" + run + "@example.org");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The preview page's path of an upload that was accepted. */
	String uploaded(String fileName, byte[] content) {
		HttpResponse<String> response = this.office.upload(PAGE, PAGE, fileName, content);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		String location = AccessFixtures.location(response);
		assertThat(location).matches(".*/guides/profiles/import/[0-9a-f-]{36}");
		return location.substring(location.indexOf("/guides/"));
	}

	long stored(String run) {
		return this.jdbc.sql("SELECT count(*) FROM guide_profile WHERE email LIKE ?")
			.param("%+" + run + "@example.org")
			.query(Long.class)
			.single();
	}

	@Test
	void aRealisticListIsPreviewedRowByRowAndItsValidRowsImportedAtOnce() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		assertThat(this.office.get("/guides/profiles").body()).contains("href=\"/guides/profiles/import\"");
		String preview = uploaded("lotsen-liste.csv", fixtureList(run).getBytes(StandardCharsets.UTF_8));
		String page = this.office.get(preview).body();
		assertThat(page)
			.contains("„lotsen-liste.csv“: 20 Zeilen, davon werden 14 als Profile angelegt und 6 nicht übernommen.")
			.contains("Diese Spalten werden nicht gelesen: Bemerkung");
		String rejected = section(page, "Abgelehnte Zeilen", "Diese Profile werden angelegt");
		assertThat(rejected).contains(">7</th>")
			.contains("Spalte Wohnort: Keine Gemeinde Ihres Gebiets: Atlantis")
			.contains(">10</th>")
			.contains("Spalte Sprachen: Keine Sprache der Liste: Klingonisch")
			.contains(">13</th>")
			.contains("Spalte E-Mail: ")
			.contains(">16</th>")
			.contains("Spalte Status: Dafür muss ein erweitertes Führungszeugnis ohne relevanten Eintrag eingesehen")
			.contains(">19</th>")
			.contains("Spalte Name: Dieselbe Person steht schon in Zeile 2.")
			.contains(">21</th>")
			.contains("Spalte Führungszeugnis eingesehen am: Bitte ein Datum als TT.MM.JJJJ angeben, nicht: 31.02.2025")
			.doesNotContain("Rojin Yilmaz");
		String created = section(page, "Diese Profile werden angelegt", "Importieren");
		assertThat(created).contains("Rojin Yilmaz")
			.contains("Kurdisch (Kurmandschi)")
			.contains("Stadt Quakenbrück")
			.contains("pausiert")
			.doesNotContain("Klaus Wegner");
		// nothing is stored before the import is confirmed
		assertThat(stored(run)).isZero();

		HttpResponse<String> done = AccessFixtures.post(this.office, preview, preview);
		assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
		assertThat(done.body()).contains("14 Profile angelegt, 6 Zeilen nicht übernommen")
			.contains("Spalte Wohnort: Keine Gemeinde Ihres Gebiets: Atlantis");
		assertThat(stored(run)).isEqualTo(14);
		assertThat(this.jdbc.sql("""
				SELECT state || ' ' || home_region_key || ' ' || assignments_per_week || ' '
				  || (SELECT string_agg(code || ':' || level, ',' ORDER BY position) FROM guide_language l
				      WHERE l.tenant_id = p.tenant_id AND l.guide_id = p.id)
				FROM guide_profile p WHERE email = ?""")
			.param("rojin.yilmaz+" + run + "@example.org")
			.query(String.class)
			.single()).isEqualTo("ACTIVE 03459010 4 kmr:B2,tr:NATIVE,de:C1");
		assertThat(this.jdbc.sql("SELECT state FROM guide_profile WHERE email = ?")
			.param("dawit.tesfay+" + run + "@example.org")
			.query(String.class)
			.single()).isEqualTo("INTERESTED");
		// the upload is used up: importing it again is refused, its page says what was
		// done
		HttpResponse<String> again = AccessFixtures.post(this.office, PAGE, preview);
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(this.office.get(preview).body()).contains("14 Profile angelegt, 6 Zeilen nicht übernommen");
		assertThat(stored(run)).isEqualTo(14);

		// the same list once more: every row that was imported is now a duplicate
		String second = uploaded("lotsen-liste.csv", fixtureList(run).getBytes(StandardCharsets.UTF_8));
		assertThat(this.office.get(second).body()).contains("davon werden 0 als Profile angelegt")
			.contains("Ein Profil mit diesem Namen und dieser E-Mail-Adresse gibt es schon.")
			.doesNotContain(
					"type=\"submit\" class=\"kern-btn kern-btn--primary\"><span class=\"kern-label\">Importieren");
	}

	@Test
	void windows1252CommasTabsEnglishHeadersAndXlsxAreReadInTheReadersLanguage() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String csv = String.join("\r\n", "Name,E-mail,Place of residence,Languages,Mobility,Status",
				"Jörg Größe,joerg+" + run + "@example.org,Bersenbrück,\"German (native), Arabic B2\",by car,",
				"Zoë Müller,zoe+" + run + "@example.org,Nirgendwo,German (native),by car,interested", "");
		String english = uploaded("liste.csv", csv.getBytes(Charset.forName("windows-1252")));
		String page = this.office.language("en").get(english).body();
		assertThat(page).contains("2 rows; 1 will be created as profiles and 1 are left out")
			.contains("Jörg Größe")
			.contains("Column Place of residence: Not a municipality of your area: Nirgendwo");
		this.office.language("de");

		String tabs = "Name\tWohnort\tSprachen\tMobilität\nAnna Tab\tMelle\tDeutsch (Muttersprache)\tzu Fuß\n";
		assertThat(this.office.get(uploaded("tabs.txt", TableFiles.utf8WithBom(tabs))).body())
			.contains("1 Zeilen, davon werden 1 als Profile angelegt");

		byte[] xlsx = TableFiles.xlsx(List.of(
				Arrays.asList("Name", "E-Mail", "Wohnort", "Sprachen", "Mobilität", "Status",
						"Führungszeugnis eingesehen am", "ohne Eintrag", "Einsätze pro Woche"),
				Arrays.asList("Xenia Zelle", "xenia+" + run + "@example.org", "Stadt Melle", "Russisch C1",
						"mit dem Auto", "aktiv", "10.10.2025", "ja", 2),
				Arrays.asList("Yusuf Zelle", "yusuf+" + run + "@example.org", "Melle", "Arabisch", "mit dem Auto",
						"aktiv", "10.10.2025", "vielleicht", 20)));
		String sheet = uploaded("liste.xlsx", xlsx);
		String sheetPage = this.office.get(sheet).body();
		assertThat(sheetPage).contains("2 Zeilen, davon werden 1 als Profile angelegt")
			.contains("Spalte Sprachen: Niveau der Sprache 1: Bitte ausfüllen.")
			.contains("Spalte ohne Eintrag: Bitte ja oder nein angeben, nicht: vielleicht")
			.contains("Spalte Einsätze pro Woche: Bitte eine Zahl von 1 bis 14 angeben.");
		assertThat(AccessFixtures.post(this.office, sheet, sheet).statusCode()).isEqualTo(200);
		assertThat(stored(run)).isEqualTo(1);
	}

	@Test
	void theTemplatesHaveEveryColumnAndTheirExamplesAreValid() {
		HttpResponse<byte[]> csv = this.office.getBytes(PAGE + "/template.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains(
				"Name;E-Mail;Telefon;Wohnort;Gemeinden;Sprachen;Themen;Mobilität;Status;Führungszeugnis eingesehen am;ohne Eintrag;Einsätze pro Woche");
		HttpResponse<byte[]> xlsx = this.office.getBytes(PAGE + "/template.xlsx");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(this.office.get(uploaded("vorlage.xlsx", xlsx.body())).body())
			.contains("2 Zeilen, davon werden 2 als Profile angelegt und 0 nicht übernommen");
		assertThat(this.office.get(uploaded("vorlage.csv", csv.body())).body())
			.contains("2 Zeilen, davon werden 2 als Profile angelegt und 0 nicht übernommen");
		assertThat(this.office.get(PAGE).body()).contains("template.xlsx").contains("template.csv");
	}

	@Test
	void hostileFilesAreRefusedWithAMessageAndNeverAnswer5xx() {
		assertRefused(
				this.office.upload(PAGE, PAGE, "nul.csv",
						"Name;Wohnort\nA\u0000B;Melle\n".getBytes(StandardCharsets.UTF_8)),
				"weder eine CSV-Datei noch eine Excel-Datei");
		assertRefused(this.office.upload(PAGE, PAGE, "gross.csv", new byte[3 * 1024 * 1024]), "zu groß");
		assertRefused(this.office.upload(PAGE, PAGE, "ohne-name.csv",
				"Vorname;Ort\nA;Melle\n".getBytes(StandardCharsets.UTF_8)), "keine Spalte „Name“");
		assertRefused(this.office.upload(PAGE, PAGE, "leer.csv", new byte[0]), "Bitte eine Datei");
		assertRefused(this.office.upload(PAGE, PAGE, "kaputt.xlsx", new byte[] { 'P', 'K', 3, 4, 1, 2, 3 }),
				"Excel-Datei kann nicht gelesen werden");

		// a NUL byte after the first 8 KB and a formula: the row is refused or kept as
		// text
		StringBuilder long_ = new StringBuilder("Name;Wohnort;Mobilität\n");
		for (int i = 0; i < 200; i++) {
			long_.append("Person Nummer ").append(i).append(" mit einem langen Namen;Melle;zu Fuß\n");
		}
		long_.append("Null\u0000Byte;Melle;zu Fuß\n");
		long_.append("\"=HYPERLINK(\"\"http://evil.example\"\";\"\"klick\"\")\";Melle;zu Fuß\n");
		String page = this.office.get(uploaded("lang.csv", long_.toString().getBytes(StandardCharsets.UTF_8))).body();
		assertThat(page).contains("202 Zeilen, davon werden 201 als Profile angelegt und 1 nicht übernommen")
			.contains("=HYPERLINK(&quot;http://evil.example&quot;;&quot;klick&quot;)")
			.doesNotContain("\u0000");

		// a broken multipart body
		HttpRequest broken = this.office
			.request(PAGE + "?_csrf=" + URLEncoder.encode(this.office.csrfFrom(PAGE), StandardCharsets.UTF_8))
			.header("Content-Type", "multipart/form-data; boundary=zzz")
			.POST(HttpRequest.BodyPublishers
				.ofString("--zzz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc"))
			.build();
		assertThat(this.office.send(broken).statusCode()).isBetween(400, 499);
	}

	private static void assertRefused(HttpResponse<String> response, String message) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains(message);
	}

	@Test
	void twoImportsOfOneUploadAtOnceStoreItsRowsOnce() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		StringBuilder csv = new StringBuilder("Name;E-Mail;Wohnort;Mobilität;Führungszeugnis eingesehen am\n");
		for (int i = 0; i < 30; i++) {
			csv.append("Person ")
				.append(i)
				.append(";p")
				.append(i)
				.append('+')
				.append(run)
				.append("@example.org;Melle;zu Fuß;\n");
		}
		// a year the database cannot store is a refused cell, not a failed import
		csv.append("Alte Person;alt+").append(run).append("@example.org;Melle;zu Fuß;1.1.-5000\n");
		String preview = uploaded("doppelt.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(this.office.get(preview).body()).contains("31 Zeilen, davon werden 30 als Profile angelegt")
			.contains("Spalte Führungszeugnis eingesehen am: Bitte ein Datum als TT.MM.JJJJ angeben, nicht: 1.1.-5000");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> answers = pool.invokeAll(
					List.<Callable<Integer>>of(() -> AccessFixtures.post(this.office, preview, preview).statusCode(),
							() -> AccessFixtures.post(this.office, preview, preview).statusCode()));
			List<Integer> statuses = new java.util.ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get(30, TimeUnit.SECONDS));
			}
			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(stored(run)).isEqualTo(30);
	}

	@Test
	void onlyTheCoordinatorOfTheTenantSeesAnUpload() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String preview = uploaded("liste.csv",
				("Name;E-Mail;Wohnort;Mobilität\nAndere Person;x+" + run + "@example.org;Melle;zu Fuß\n")
					.getBytes(StandardCharsets.UTF_8));
		Http stadt = this.fixtures.session(STADT, Role.GUIDE_COORDINATOR);
		assertThat(stadt.get(preview).statusCode()).isEqualTo(404);
		assertThat(AccessFixtures.post(stadt, PAGE, preview).statusCode()).isEqualTo(404);
		assertThat(this.fixtures.session(LANDKREIS, Role.COUNSELLOR).get(preview).statusCode()).isEqualTo(403);
		assertThat(this.fixtures.session(LANDKREIS, Role.GUIDE).get(PAGE).statusCode()).isEqualTo(403);
		assertThat(stored(run)).isZero();
	}

	/** The part of a page between two texts. */
	private static String section(String page, String from, String to) {
		int start = page.indexOf(from);
		assertThat(start).as(from).isNotNegative();
		int end = page.indexOf(to, start + from.length());
		return page.substring(start, (end > start) ? end : page.length());
	}

}
