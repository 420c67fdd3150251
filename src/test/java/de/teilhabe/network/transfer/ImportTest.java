package de.teilhabe.network.transfer;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import de.teilhabe.network.NetworkOfficeTests;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static de.teilhabe.network.NetworkFixtures.LANDKREIS;
import static de.teilhabe.network.NetworkFixtures.STADT;
import static de.teilhabe.network.NetworkFixtures.createOrganisation;
import static de.teilhabe.network.NetworkFixtures.idFrom;
import static de.teilhabe.network.NetworkFixtures.post;
import static de.teilhabe.network.NetworkFixtures.unique;
import static de.teilhabe.network.transfer.Uploads.upload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Import of organisation lists: upload (CSV in UTF-8 and Windows-1252 with any of the
 * delimiters, XLSX), column mapping guessed from the headers, preview with per-row errors
 * and duplicate warnings, the import (valid rows stored, every rejected row listed) and
 * the refusals of unusable files, other roles and other tenants.
 */
@IntegrationTest
class ImportTest extends NetworkOfficeTests {

	@Autowired
	OrganisationImport imports;

	@Test
	void csvWithGoodAndBadRowsIsMappedPreviewedAndImported() {
		String good = unique("Kulturbrücke Hasetal");
		String similar = good + " e.V.";
		String bad = unique("Fehlerhaft Beispielhaus");
		String cityA = unique("Ankum");
		String csv = String.join("\r\n", "Name;Art;Straße;PLZ;Ort;Gemeinde;E-Mail;Sprachen;Arbeitsfelder;Bemerkung",
				good + ";Verein;Hauptstraße 1;49577;" + cityA
						+ ";Bramsche;info@kultur.example.org;de, Arabisch;Familie;x",
				bad + ";MSO;;4957;" + unique("Bersenbrück") + ";;keine-mail;de, xx;;y",
				";Verein;;;" + unique("Alfhausen") + ";;;;;",
				"\"" + similar + "\";Verein;;49577;" + cityA + ";;;;;\"mit ; Semikolon\"", "");
		UUID id = uploaded(upload(this.office, "liste.csv", Uploads.utf8WithBom(csv)));

		String mapping = page("/network/import/" + id);
		assertThat(mapping).contains("liste.csv").contains("hat 10 Spalten");
		assertThat(selected(mapping)).containsExactly("name", "kind", "street", "postcode", "city", "regions", "email",
				"languages", "fieldsOfWork", "");

		HttpResponse<String> twice = post(this.office, "/network/import/" + id, "/network/import/" + id + "/mapping",
				"column0", "name", "column1", "name");
		assertThat(twice.statusCode()).isEqualTo(400);
		assertThat(twice.body()).contains("Jedes Feld kann nur einer Spalte zugeordnet werden.");
		HttpResponse<String> noName = post(this.office, "/network/import/" + id, "/network/import/" + id + "/mapping",
				"column0", "");
		assertThat(noName.body()).contains("Bitte die Spalte mit dem Namen der Organisation zuordnen.");

		String preview = mapAndPreview(id, "name", "kind", "street", "postcode", "city", "regions", "email",
				"languages", "fieldsOfWork", "");
		assertThat(preview).contains("4 Zeilen: 1 fehlerfrei, 1 mit Hinweis auf eine mögliche Dublette, 2 mit Fehlern")
			.contains("Spalte „PLZ“: Eine Postleitzahl hat fünf Ziffern.")
			.contains("Spalte „E-Mail“: Bitte eine gültige E-Mail-Adresse angeben")
			.contains("Spalte „Sprachen“: „xx“ ist kein ISO-639-Sprachcode.")
			.contains("Spalte „Name“: Bitte ausfüllen.")
			.contains("Ähnelt Zeile 2 dieser Datei (" + good + ")")
			.contains(">Verein<");

		HttpResponse<String> run = post(this.office, "/network/import/" + id + "/preview", "/network/import/" + id);
		assertThat(run.statusCode()).isEqualTo(302);
		assertThat(run.headers().firstValue("Location").orElse("")).endsWith("/network/import/" + id + "/result");
		String result = page("/network/import/" + id + "/result");
		assertThat(result).contains("1 Organisation aus „liste.csv“ importiert.")
			.contains("Eine Postleitzahl hat fünf Ziffern.")
			.contains("Ähnelt Zeile 2 dieser Datei");
		assertThat(this.jdbc.sql("""
				SELECT kind || '|' || array_to_string(regions, ',') || '|' || array_to_string(languages, ',') || '|'
				  || array_to_string(fields_of_work, ',') || '|' || street || '|' || email
				FROM network_organisation WHERE name = ?""").param(good).query(String.class).list())
			.containsExactly("CLUB|03459014|de,ar|FAMILY|Hauptstraße 1|info@kultur.example.org");
		assertThat(count("SELECT count(*) FROM network_organisation WHERE name IN (?, ?)", similar, bad)).isZero();
		assertThat(count("SELECT count(*) FROM network_import WHERE id = ? AND content IS NULL", id)).isEqualTo(1);
		// importing twice does nothing more; the preview is gone
		post(this.office, "/network/import/" + id + "/result", "/network/import/" + id);
		assertThat(count("SELECT count(*) FROM network_organisation WHERE name = ?", good)).isEqualTo(1);
		assertThat(this.office.get("/network/import/" + id + "/preview").statusCode()).isEqualTo(302);
	}

	@Test
	void windows1252WithCommasAndTabsAreDetectedAndDuplicatesOfExistingOrganisationsAreWarned() {
		String existing = unique("Verein für Nachbarschaftshilfe Wallenhorst");
		createOrganisation(this.office, existing);
		String umlauts = unique("Förderkreis Müßiggang Gießen");
		String csv = "Name,Ort,Telefon\r\n\"" + umlauts + "\",\"" + unique("Hagen") + "\",0541 123456\r\n\"" + existing
				+ " e.V.\",Bramsche,0541 99\r\n";
		UUID id = uploaded(upload(this.office, "alt.csv", csv.getBytes(Charset.forName("windows-1252"))));
		assertThat(selected(page("/network/import/" + id))).containsExactly("name", "city", "phone");
		String preview = mapAndPreview(id, "name", "city", "phone");
		assertThat(preview).contains(umlauts).contains("Möglicherweise schon vorhanden: " + existing);
		post(this.office, "/network/import/" + id + "/preview", "/network/import/" + id, "importDuplicates", "true");
		assertThat(page("/network/import/" + id + "/result")).contains("2 Organisationen aus „alt.csv“ importiert.")
			.contains("Alle Zeilen wurden importiert.");
		assertThat(count("SELECT count(*) FROM network_organisation WHERE name = ? AND kind = 'OTHER'", umlauts))
			.isEqualTo(1);

		String tabbed = "Organisation\tPLZ\tWebsite\n" + unique("Tabulatorverein")
				+ "\t49074\thttps://tab.example.org\n";
		UUID tabs = uploaded(upload(this.office, "tabs.txt", tabbed.getBytes(Charset.forName("UTF-8"))));
		assertThat(selected(page("/network/import/" + tabs))).containsExactly("name", "postcode", "website");
	}

	@Test
	void xlsxRowsAreImportedAndEveryRejectedRowIsListed() {
		String good = unique("Tabellenhaus Quakenbrück");
		String bad = unique("Ohne Website");
		byte[] xlsx = Uploads.xlsx(List.of(Arrays.asList("Name", "Art", "PLZ", "Ort", "Homepage", "Gemeinden"),
				Arrays.asList(good, "Wohlfahrtsverband", 49610, unique("Quakenbrück"), "https://haus.example.org",
						"03459030"),
				Arrays.asList(bad, "Sportclub", 49610, unique("Essen"), "ftp://nicht.example.org", "Atlantis")));
		UUID id = uploaded(upload(this.office, "tabelle.xlsx", xlsx));
		assertThat(selected(page("/network/import/" + id))).containsExactly("name", "kind", "postcode", "city",
				"website", "regions");
		String preview = mapAndPreview(id, "name", "kind", "postcode", "city", "website", "regions");
		assertThat(preview).contains("Spalte „Art“: Bitte einen der angebotenen Werte wählen.");
		post(this.office, "/network/import/" + id + "/preview", "/network/import/" + id);
		String result = page("/network/import/" + id + "/result");
		assertThat(result).contains("1 Organisation aus „tabelle.xlsx“ importiert.")
			.contains("Bitte einen der angebotenen Werte wählen.")
			.contains("Bitte eine vollständige Adresse mit http:// oder https:// angeben.")
			.contains("„Atlantis“ ist keine Gemeinde");
		assertThat(this.jdbc.sql("SELECT kind || '|' || postcode FROM network_organisation WHERE name = ?")
			.param(good)
			.query(String.class)
			.single()).isEqualTo("WELFARE_ASSOCIATION|49610");
	}

	@Test
	void whenEveryRowIsRejectedNothingIsStored() {
		String first = unique("Nur Fehler Eins");
		String second = unique("Nur Fehler Zwei");
		String csv = "Name;PLZ\n" + first + ";1\n" + second + ";abc\n";
		UUID id = uploaded(upload(this.office, "fehler.csv", csv.getBytes(Charset.forName("UTF-8"))));
		assertThat(mapAndPreview(id, "name", "postcode")).contains("2 Zeilen: 0 fehlerfrei");
		post(this.office, "/network/import/" + id + "/preview", "/network/import/" + id);
		String result = page("/network/import/" + id + "/result");
		assertThat(result).contains("0 Organisationen")
			.contains("<th scope=\"row\">2</th>")
			.contains("<th scope=\"row\">3</th>");
		assertThat(count("SELECT count(*) FROM network_organisation WHERE name IN (?, ?)", first, second)).isZero();
	}

	@Test
	void unusableFilesAreRefusedWithAMessage() {
		assertRefused(upload(this.office, "leer.csv", new byte[0]), "Bitte eine Datei mit Spaltenüberschriften");
		assertRefused(upload(this.office, "bild.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2 }),
				"weder eine CSV-Datei noch eine Excel-Datei");
		assertRefused(upload(this.office, "kopf.csv", "Name;Ort\n".getBytes(Charset.forName("UTF-8"))),
				"keine Zeile mit Daten");
		assertRefused(upload(this.office, "kaputt.xlsx", new byte[] { 'P', 'K', 3, 4, 1, 2, 3 }),
				"Die Excel-Datei kann nicht gelesen werden.");
		byte[] large = new byte[2 * 1024 * 1024 + 1];
		Arrays.fill(large, (byte) 'a');
		assertRefused(upload(this.office, "gross.csv", large), "Die Datei ist zu groß: höchstens 2048 KB.");
	}

	@Test
	void anXlsxThatUnpacksBeyondTheLimitIsRefusedWithAMessage() {
		String name = unique("Entpackt");
		byte[] xlsx = Uploads.xlsx(List.of(List.of("Name", "Ort"), List.of(name, "Bramsche")));
		assertThat(uploaded(upload(this.office, "klein.xlsx", Uploads.withPadding(xlsx, 1024 * 1024))))
			.as("a file that unpacks below the limit is read")
			.isNotNull();

		byte[] bomb = Uploads.withPadding(xlsx, 80L * 1024 * 1024);
		assertThat(bomb.length).as("small enough to pass the upload limit").isLessThan(2 * 1024 * 1024);
		assertRefused(upload(this.office, "bombe.xlsx", bomb),
				"Die Excel-Datei ist entpackt größer als 50 MB und wird deshalb nicht gelesen.");
		assertRefused(upload(this.office.language("en"), "bomb.xlsx", bomb),
				"Unpacked, the Excel file is larger than 50 MB, so it is not read.");
	}

	@Test
	void onlyTheOfficeOfTheTenantSeesAnUploadAndItExpires() {
		UUID id = uploaded(
				upload(this.office, "kurz.csv", ("Name\n" + unique("Kurzlebig")).getBytes(Charset.forName("UTF-8"))));
		Http otherTenant = this.fixtures.user(STADT, Role.STRATEGY);
		assertThat(otherTenant.get("/network/import/" + id).statusCode()).isEqualTo(404);
		assertThat(otherTenant.get("/network/import/" + id + "/preview").statusCode()).isEqualTo(404);
		assertThat(this.fixtures.user(LANDKREIS, Role.COUNSELLOR).get("/network/import/" + id).statusCode())
			.isEqualTo(403);
		assertThat(this.fixtures.user(LANDKREIS, Role.PARTNER).get("/network/import").statusCode()).isEqualTo(403);

		this.jdbc.sql("UPDATE network_import SET expires_at = now() - interval '1 minute' WHERE id = ?")
			.param(id)
			.update();
		assertThat(this.office.get("/network/import/" + id).statusCode()).isEqualTo(404);
		this.imports.deleteExpired();
		assertThat(count("SELECT count(*) FROM network_import WHERE id = ?", id)).isZero();
	}

	private String mapAndPreview(UUID id, String... fields) {
		String[] pairs = new String[fields.length * 2];
		for (int i = 0; i < fields.length; i++) {
			pairs[2 * i] = "column" + i;
			pairs[2 * i + 1] = fields[i];
		}
		HttpResponse<String> mapped = post(this.office, "/network/import/" + id, "/network/import/" + id + "/mapping",
				pairs);
		assertThat(mapped.statusCode()).as(mapped.body()).isEqualTo(302);
		HttpResponse<String> preview = this.office.get("/network/import/" + id + "/preview");
		assertThat(preview.statusCode()).isEqualTo(200);
		return unescape(preview.body());
	}

	private String page(String path) {
		HttpResponse<String> response = this.office.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return unescape(response.body());
	}

	/** The text as shown (Thymeleaf escapes quotes in text). */
	static String unescape(String html) {
		return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
	}

	/** The field selected for each column on the mapping page ("" for none). */
	private static List<String> selected(String page) {
		List<String> fields = new java.util.ArrayList<>();
		for (String select : page.split("<select ")) {
			if (!select.contains("name=\"column")) {
				continue;
			}
			String options = select.substring(0, select.indexOf("</select>"));
			java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("value=\"([^\"]*)\"\\s+selected")
				.matcher(options);
			fields.add(matcher.find() ? matcher.group(1) : "");
		}
		return fields;
	}

	private static UUID uploaded(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return idFrom(response.headers().firstValue("Location").orElseThrow(), "/network/import/");
	}

	private static void assertRefused(HttpResponse<String> response, String message) {
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains(message).contains("id=\"file-error\"");
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

}
