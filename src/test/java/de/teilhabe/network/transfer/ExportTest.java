package de.teilhabe.network.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.network.NetworkFixtures;
import de.teilhabe.privacy.Consents;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.network.NetworkFixtures.LANDKREIS;
import static de.teilhabe.network.NetworkFixtures.STADT;
import static de.teilhabe.network.NetworkFixtures.createOffer;
import static de.teilhabe.network.NetworkFixtures.createOrganisation;
import static de.teilhabe.network.NetworkFixtures.post;
import static de.teilhabe.network.NetworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export of organisations, offers and events as CSV and XLSX with the list filters,
 * formula neutralisation and the consent rule for contact persons; vCards of one contact
 * and of an organisation's contacts.
 */
@IntegrationTest
class ExportTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Consents consents;

	NetworkFixtures fixtures;

	Http office;

	@BeforeEach
	void setUp() {
		this.fixtures = new NetworkFixtures(this.context, this.port);
		this.office = this.fixtures.user(LANDKREIS, Role.ADMIN);
	}

	@Test
	void organisationsAsCsvAndXlsxWithFiltersNeutralisedFormulasAndConsentedContactsOnly() throws IOException {
		String tag = unique("exporttag");
		String name = unique("Exportverein");
		UUID organisation = createOrganisation(this.office, name, "tags", tag, "description",
				"=HYPERLINK(\"http://evil.example\")", "phone", "+49 541 1234", "openingHours", "@SUM(A1)");
		UUID other = createOrganisation(this.office, unique("-Minusverein"), "tags", tag, "kind", "CLUB");
		String consented = unique("Erika Export");
		String withdrawn = unique("Walter Widerruf");
		addContact(organisation, consented, "vorsitz@export.example.org");
		UUID gone = addContact(organisation, withdrawn, "weg@export.example.org");
		withdraw(gone);

		HttpResponse<byte[]> csv = download("/network/organisations/export?format=csv&q=" + tag + "&kind=MSO");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".csv");
		byte[] bytes = csv.body();
		assertThat(new byte[] { bytes[0], bytes[1], bytes[2] })
			.isEqualTo(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		String[] lines = text.split("\r\n");
		assertThat(lines).hasSize(2);
		assertThat(lines[0]).startsWith("Name;Art;Straße und Hausnummer;Postleitzahl;Ort;");
		assertThat(lines[1]).startsWith(name + ";Migrantenselbstorganisation (MSO);;49565;Bramsche;")
			.contains(";'+49 541 1234;")
			.contains(";'@SUM(A1);")
			.contains(";\"'=HYPERLINK(\"\"http://evil.example\"\")\";")
			.contains(consented + ", vorsitz@export.example.org")
			.doesNotContain(withdrawn)
			.doesNotContain("weg@export.example.org");

		HttpResponse<byte[]> xlsx = download("/network/organisations/export?format=xlsx&q=" + tag);
		assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
			.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		List<List<String>> sheet = read(xlsx.body());
		assertThat(sheet).hasSize(3);
		assertThat(sheet.get(0).get(0)).isEqualTo("Name");
		List<String> minus = sheet.stream()
			.filter((row) -> row.get(0).contains("Minusverein"))
			.findFirst()
			.orElseThrow();
		// an XLSX string cell is never a formula: the text stays exactly as typed
		assertThat(minus.get(0)).startsWith("-Minusverein");
		assertThat(minus.get(1)).isEqualTo("Verein");
		List<String> first = sheet.stream().filter((row) -> row.get(0).equals(name)).findFirst().orElseThrow();
		assertThat(first).contains("=HYPERLINK(\"http://evil.example\")", "+49 541 1234")
			.doesNotContain("'=HYPERLINK(\"http://evil.example\")", "'+49 541 1234");
		assertThat(String.join("|", first)).contains(consented).doesNotContain(withdrawn);
		assertThat(other).isNotNull();

		// another tenant exports its own organisations only
		HttpResponse<byte[]> foreign = download(this.fixtures.user(STADT, Role.STRATEGY),
				"/network/organisations/export?format=csv&q=" + tag);
		assertThat(new String(foreign.body(), StandardCharsets.UTF_8)).doesNotContain(name);
		assertThat(download("/network/organisations/export?format=pdf").statusCode()).isEqualTo(400);
		assertThat(download(this.fixtures.user(LANDKREIS, Role.PARTNER), "/network/organisations/export").statusCode())
			.isEqualTo(403);
	}

	@Test
	void everyListLinksItsExportsWithItsFilter() {
		assertThat(this.office.get("/network/offers?q=Kurs&kind=SPORTS").body())
			.contains("href=\"/network/offers/export?format=csv&amp;q=Kurs&amp;kind=SPORTS")
			.contains("href=\"/network/offers/export?format=xlsx&amp;q=Kurs&amp;kind=SPORTS");
		assertThat(this.office.get("/network/events?language=ar").body())
			.contains("href=\"/network/events/export?format=csv&amp;q=&amp;kind=&amp;language=ar");
		assertThat(this.office.get("/network/organisations?field=EDUCATION").body()).contains(
				"href=\"/network/organisations/export?format=xlsx&amp;q=&amp;kind=&amp;language=&amp;region=&amp;field=EDUCATION\"");
	}

	@Test
	void offersAndEventsAreExportedWithTheirFilters() throws IOException {
		UUID organisation = createOrganisation(this.office, unique("Angebotsexportverein"));
		String offer = unique("Exportkurs");
		createOffer(this.office, organisation, offer);
		String csv = new String(download("/network/offers/export?q=" + offer).body(), StandardCharsets.UTF_8);
		assertThat(csv).contains("Titel;Art des Angebots;Organisation;")
			.contains(offer + ";Sprachkurs;Angebotsexportverein")
			.contains("Mo 18–20 Uhr");
		assertThat(new String(download("/network/offers/export?q=" + offer + "&kind=SPORTS").body(),
				StandardCharsets.UTF_8))
			.doesNotContain(offer);

		String event = unique("Exportfest");
		assertThat(post(this.office, "/network/events/new", "/network/events", "category", "FESTIVAL", "title",
				"=" + event, "date", "2031-05-01", "startTime", "14:00", "endTime", "18:00", "place", "Marktplatz")
			.statusCode()).isEqualTo(302);
		List<List<String>> events = read(download("/network/events/export?format=xlsx&q=" + event).body());
		assertThat(events).hasSize(2);
		assertThat(events.get(1)).startsWith("=" + event, "Fest");
		assertThat(events.get(1)).contains("2031-05-01 14:00", "2031-05-01 18:00", "Marktplatz");
	}

	@Test
	void vcardsAreEscapedFoldedAndOnlyForConsentedContacts() {
		String orgName = unique("vCard-Verein; Nord, Süd");
		UUID organisation = createOrganisation(this.office, orgName);
		String person = unique("Dr. Ümit, Öz; Jr.");
		UUID contact = addContact(organisation, person, "uemit@vcard.example.org", "function",
				"Vorsitz\\Kasse; Öffentlichkeitsarbeit, Presse und ein sehr langer Funktionstitel für die Faltung");
		String withdrawn = unique("Zurückgezogen");
		withdraw(addContact(organisation, withdrawn, "weg@vcard.example.org"));

		HttpResponse<String> one = this.office.get("/network/contacts/" + contact + "/vcard");
		assertThat(one.headers().firstValue("Content-Type").orElse("")).startsWith("text/vcard");
		String card = one.body();
		assertThat(card).startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n").endsWith("END:VCARD\r\n");
		for (String line : card.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		String unfolded = card.replace("\r\n ", "");
		assertThat(unfolded).contains("FN:" + person.replace(",", "\\,").replace(";", "\\;"))
			.contains("ORG:" + orgName.replace(",", "\\,").replace(";", "\\;"))
			.contains("TITLE:Vorsitz\\\\Kasse\\; Öffentlichkeitsarbeit\\, Presse und ein sehr langer")
			.contains("EMAIL;TYPE=work:uemit@vcard.example.org");

		String all = this.office.get("/network/organisations/" + organisation + "/contacts.vcf").body();
		assertThat(all.split("BEGIN:VCARD", -1)).hasSize(2);
		assertThat(all.replace("\r\n ", "")).contains("uemit@vcard.example.org").doesNotContain(withdrawn);

		// a partner of another organisation gets nothing; a partner of this one its own
		// contacts
		UUID otherOrganisation = createOrganisation(this.office, unique("Fremdverein"));
		Http stranger = this.fixtures.login(this.fixtures.partner(LANDKREIS, otherOrganisation));
		assertThat(stranger.get("/network/contacts/" + contact + "/vcard").statusCode()).isEqualTo(404);
		assertThat(stranger.get("/network/organisations/" + organisation + "/contacts.vcf").statusCode())
			.isEqualTo(404);
		TestUser own = this.fixtures.partner(LANDKREIS, organisation);
		assertThat(this.fixtures.login(own).get("/network/organisations/" + organisation + "/contacts.vcf").body())
			.contains("uemit@vcard.example.org");
		assertThat(this.fixtures.user(STADT, Role.STRATEGY)
			.get("/network/organisations/" + organisation + "/contacts.vcf")
			.statusCode()).isEqualTo(404);
	}

	private UUID addContact(UUID organisation, String name, String email, String... more) {
		List<String> pairs = new ArrayList<>(
				List.of("name", name, "email", email, "consentHow", "WRITTEN", "consentDate", "2026-01-10"));
		pairs.addAll(List.of(more));
		HttpResponse<String> response = post(this.office, "/network/organisations/" + organisation + "/contacts/new",
				"/network/organisations/" + organisation + "/contacts", pairs.toArray(String[]::new));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return this.jdbc.sql("SELECT id FROM network_contact WHERE name = ?").param(name).query(UUID.class).single();
	}

	private void withdraw(UUID contact) {
		UUID tenant = this.fixtures.access().tenantId(LANDKREIS);
		UUID consent = this.consents.history(tenant, "network-contact", contact.toString()).get(0).id();
		this.consents.withdraw(tenant, consent, OffsetDateTime.now(), "test");
	}

	private HttpResponse<byte[]> download(String path) {
		return download(this.office, path);
	}

	private static HttpResponse<byte[]> download(Http http, String path) {
		return http.getBytes(path);
	}

	private static List<List<String>> read(byte[] xlsx) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(row.getCellText(i));
				}
				rows.add(cells);
			}
		}
		return rows;
	}

}
