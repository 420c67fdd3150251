package de.teilhabe.portal.directory;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.shared.security.Role;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.network.NetworkFixtures;
import de.teilhabe.network.OpeningHours;
import de.teilhabe.network.PublicListing;
import de.teilhabe.network.PublicListings;
import de.teilhabe.network.PublicHolidays;
import de.teilhabe.region.PublicPages;
import de.teilhabe.region.Regions;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.web.FragmentRenderer;
import de.teilhabe.shared.web.PublicContentCache;
import de.teilhabe.support.BerlinTime;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static de.teilhabe.network.NetworkFixtures.LANDKREIS;
import static de.teilhabe.network.NetworkFixtures.createOrganisation;
import static de.teilhabe.network.NetworkFixtures.post;
import static de.teilhabe.network.NetworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's directory of organisations and offers, anonymous: every filter alone and
 * combined (each test makes its own organisations with a target group of its own, so the
 * shared database's other entries never interfere), „open now“ at fixed clocks and on a
 * holiday, the detail pages, the Gemeinden with counts, German, English and Arabic with
 * {@code lang} and {@code dir}; a partner's pending change and another tenant's entry
 * never show; filters that are not understood answer a 400 page naming them, never 5xx;
 * no cookie; ETag and 304.
 */
@IntegrationTest
class DirectoryPublicTest {

	private static final String BASE = "/p/landkreis-osnabrueck/";

	private static final String BRAMSCHE = "03459014";

	private static final String MELLE = "03459024";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	NetworkFixtures fixtures;

	Http office;

	Http anonymous;

	String group;

	UUID open;

	UUID closed;

	UUID freeOffer;

	UUID paidOffer;

	String openName;

	String closedName;

	@BeforeEach
	void setUp() {
		this.fixtures = new NetworkFixtures(this.context, this.port);
		this.office = this.fixtures.user(LANDKREIS, Role.STRATEGY);
		this.anonymous = new Http(this.port);
		this.group = unique("Zielgruppe");
		this.openName = unique("Immer offen");
		this.closedName = unique("Ohne Zeiten");
		this.open = createOrganisation(this.office, this.openName, "regions", BRAMSCHE, "languages", "de, ti",
				"fieldsOfWork", "LANGUAGE", "targetGroups", this.group, "street", "Lindenstraße 1", "latitude",
				"52.4089", "longitude", "7.9726", "weeklyHours", "Mo-So 00:00-24:00", "openingHours",
				"In den Ferien nur vormittags", "phone", "05461 1234", "email", "offen@example.org");
		this.closed = createOrganisation(this.office, this.closedName, "regions", MELLE, "city", "Melle", "postcode",
				"49324", "languages", "de, fa", "fieldsOfWork", "HEALTH", "targetGroups", this.group);
		this.freeOffer = offer(this.open, unique("Sprachcafé"), BRAMSCHE, "de, ti", "kostenlos");
		this.paidOffer = offer(this.closed, unique("Gesundheitskurs"), MELLE, "de", "5 Euro je Termin");
	}

	private UUID offer(UUID organisation, String title, String gemeinde, String languages, String cost) {
		HttpResponse<String> response = post(this.office, "/network/organisations/" + organisation + "/offers/new",
				"/network/organisations/" + organisation + "/offers", "kind", "MEETING_PLACE", "title", title,
				"languages", languages, "regionKey", gemeinde, "targetGroups", this.group, "schedule", "Mi 16–18 Uhr",
				"cost", cost);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return NetworkFixtures.idFrom(de.teilhabe.access.AccessFixtures.location(response), "/network/offers/");
	}

	private String list(String language, String query) {
		HttpResponse<String> response = this.anonymous.get(BASE + language + "/angebote?zielgruppe="
				+ URLEncoder.encode(this.group, StandardCharsets.UTF_8) + query);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		return response.body();
	}

	private String organisationLink(UUID id) {
		return "href=\"/p/landkreis-osnabrueck/de/organisationen/" + id + "\"";
	}

	private String offerLink(UUID id) {
		return "href=\"/p/landkreis-osnabrueck/de/angebote/" + id + "\"";
	}

	@Test
	void eachFilterAloneAndCombined() {
		assertThat(list("de", "")).contains("4 Einträge", organisationLink(this.open), organisationLink(this.closed),
				offerLink(this.freeOffer), offerLink(this.paidOffer));
		// Gemeinde
		assertThat(list("de", "&gemeinde=" + BRAMSCHE)).contains("2 Einträge", organisationLink(this.open),
				offerLink(this.freeOffer));
		// language
		assertThat(list("de", "&sprache=fa")).contains("Ein Eintrag", organisationLink(this.closed));
		assertThat(list("de", "&sprache=ti")).contains("2 Einträge", organisationLink(this.open),
				offerLink(this.freeOffer));
		// topic: an offer has its organisation's fields of work
		assertThat(list("de", "&thema=HEALTH")).contains("2 Einträge", organisationLink(this.closed),
				offerLink(this.paidOffer));
		assertThat(list("de", "&thema=SPORTS")).contains("Keine Einträge", "Für diese Filter gibt es keine Einträge");
		// cost: offers only
		assertThat(list("de", "&kosten=kostenlos")).contains("Ein Eintrag", offerLink(this.freeOffer));
		assertThat(list("de", "&kosten=kostenpflichtig")).contains("Ein Eintrag", offerLink(this.paidOffer));
		// what
		assertThat(list("de", "&art=organisationen")).contains("2 Einträge", organisationLink(this.open),
				organisationLink(this.closed));
		assertThat(list("de", "&art=angebote")).contains("2 Einträge", offerLink(this.freeOffer),
				offerLink(this.paidOffer));
		// combined
		assertThat(list("de", "&gemeinde=" + MELLE + "&art=angebote&kosten=kostenpflichtig&sprache=de"))
			.contains("Ein Eintrag", offerLink(this.paidOffer));
		assertThat(list("de", "&gemeinde=" + MELLE + "&kosten=kostenlos")).contains("Keine Einträge");
		// the form keeps the choices and the reset link
		assertThat(list("de", "&gemeinde=" + BRAMSCHE + "&thema=LANGUAGE")).contains(
				"<option value=\"" + BRAMSCHE + "\" selected=\"selected\"",
				"<option value=\"LANGUAGE\" selected=\"selected\"", "Alle Filter zurücksetzen");
	}

	@Test
	void openNowShowsWhatIsOpenAtThisMinute() {
		String page = list("de", "&jetzt=ja");
		if (PublicHolidays.of(BerlinTime.today()).isPresent()) {
			assertThat(page).contains("Keine Einträge");
			return;
		}
		assertThat(page).contains("Ein Eintrag", organisationLink(this.open), "Jetzt geöffnet, bis 24:00 Uhr")
			.doesNotContain(organisationLink(this.closed));
		assertThat(list("en", "&jetzt=ja")).contains("One entry", "Open now, until 24:00");
	}

	@Test
	void openNowAtFixedClocksWithTheDemoData() {
		// a page rendered by the directory with a clock of its own
		UUID tenantId = this.context.getBean(Tenants.class).findBySlug("landkreis-osnabrueck").orElseThrow().id();
		PublicListings directory = this.context.getBean(PublicListings.class);
		PublicListing wohlfahrt = directory.of(tenantId)
			.stream()
			.filter((entry) -> entry.name().equals("Beispiel-Wohlfahrtsverband Nordkreis"))
			.findFirst()
			.orElseThrow();
		assertThat(wohlfahrt.hours().text())
			.isEqualTo("Mo 09:00-12:00\nDi 09:00-12:00, 14:00-16:00\n" + "Mi 09:00-12:00\nDo 09:00-12:00, 14:00-16:00");
		// Tuesday 8 December 2026, 10:00 in Berlin: open; 13:00: opens at 14:00
		assertThat(render(tenantId, "2026-12-08T09:00:00Z", wohlfahrt.id())).contains("Jetzt geöffnet, bis 12:00 Uhr",
				"Dienstag", "09:00–12:00, 14:00–16:00", "Nächster Feiertag: 25.12.2026 (1. Weihnachtstag)");
		assertThat(render(tenantId, "2026-12-08T12:00:00Z", wohlfahrt.id()))
			.contains("Jetzt geschlossen, öffnet heute um 14:00 Uhr");
		// Friday: closed; Easter Monday 2027: a holiday
		assertThat(render(tenantId, "2026-12-11T09:00:00Z", wohlfahrt.id())).contains("Jetzt geschlossen<");
		assertThat(render(tenantId, "2027-03-29T08:00:00Z", wohlfahrt.id())).contains("Heute geschlossen: Ostermontag");
		// the open-now filter at those clocks
		DirectoryFilter openNow = new DirectoryFilter(null, null, null, null, null, null, true, 1, Map.of());
		assertThat(DirectoryPages.matches(wohlfahrt, openNow, at("2026-12-08T09:00:00Z"))).isTrue();
		assertThat(DirectoryPages.matches(wohlfahrt, openNow, at("2026-12-08T12:00:00Z"))).isFalse();
		assertThat(DirectoryPages.matches(wohlfahrt, openNow, at("2027-03-29T08:00:00Z"))).isFalse();
		assertThat(DirectoryPages.matches(wohlfahrt, openNow, at("2027-03-30T08:00:00Z"))).isTrue();
	}

	private static java.time.ZonedDateTime at(String instant) {
		return Instant.parse(instant).atZone(OpeningHours.ZONE);
	}

	private String render(UUID tenantId, String instant, UUID organisation) {
		DirectoryPages pages = new DirectoryPages(this.context.getBean(PublicPages.class),
				this.context.getBean(Regions.class), this.context.getBean(PublicListings.class),
				this.context.getBean(PublicContentCache.class), this.context.getBean(FragmentRenderer.class),
				Clock.fixed(Instant.parse(instant), ZoneOffset.UTC),
				this.context.getBean(org.springframework.context.MessageSource.class));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", BASE + "de/organisationen/" + organisation);
		MockHttpServletResponse response = new MockHttpServletResponse();
		try {
			pages.organisation("landkreis-osnabrueck", "de", organisation, request, response);
			return response.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void theDetailPages() {
		HttpResponse<String> organisation = this.anonymous.get(BASE + "de/organisationen/" + this.open);
		assertThat(organisation.statusCode()).isEqualTo(200);
		assertThat(organisation.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(organisation.body()).contains(this.openName, "Lindenstraße 1, 49565 Bramsche", "Montag", "Sonntag",
				"00:00–24:00", "An gesetzlichen Feiertagen in Niedersachsen geschlossen",
				"In den Ferien nur vormittags", "geo:52.408900,7.972600", "tel:054611234", "mailto:offen@example.org",
				"Deutsch", "Tigrinya", "href=\"/p/landkreis-osnabrueck/de/angebote?gemeinde=" + BRAMSCHE + "\"",
				offerLink(this.freeOffer));
		String offer = this.anonymous.get(BASE + "de/angebote/" + this.freeOffer).body();
		assertThat(offer).contains("Angeboten von", organisationLink(this.open), "kostenlos", "Mi 16–18 Uhr",
				this.group);
		// the Gemeinden with their counts, each a link to the filtered list
		String gemeinden = this.anonymous.get(BASE + "de/angebote/gemeinden").body();
		assertThat(gemeinden).contains("Nach Gemeinde",
				"href=\"/p/landkreis-osnabrueck/de/angebote?gemeinde=" + BRAMSCHE + "\"", "Bramsche");
		// the map: an SVG drawn here (no tiles, no other server), a picture with a title;
		// the table is its text
		String map = gemeinden.substring(gemeinden.indexOf("<svg"), gemeinden.indexOf("</svg>"));
		assertThat(map).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"directory-map\"")
			.contains("<title id=\"directory-map-title\">Karte der Organisationen und Angebote je Gemeinde – "
					+ "Landkreis Osnabrück</title>", "class=\"directory-map__some\"")
			.doesNotContain("href", "<image", "https:", "<script");
		assertThat(this.anonymous.get(BASE + "ar/angebote/gemeinden").body()).contains("<svg", "direction=\"ltr\"",
				"class=\"directory-map__name\" lang=\"de\"");
	}

	@Test
	void germanEnglishAndArabicWithLangAndDir() {
		String german = list("de", "");
		assertThat(german).containsPattern("<html lang=\"de\"\\s+dir=\"ltr\"")
			.contains("<h1 class=\"kern-heading\">Angebote und Organisationen</h1>")
			// the records' links carry no lang on the German page (the language switch's
			// „Deutsch“ does)
			.containsPattern("<a class=\"kern-link\"\\s+href=\"/p/landkreis-osnabrueck/de/organisationen/" + this.open)
			.doesNotContainPattern("lang=\"de\"\\s+href=\"/p/landkreis-osnabrueck/de/(organisationen|angebote)/");
		String english = list("en", "");
		assertThat(english).containsPattern("<html lang=\"en\"\\s+dir=\"ltr\"")
			.contains("Offers and organisations", "4 entries", "Municipality", "lang=\"de\"");
		String arabic = list("ar", "");
		assertThat(arabic).containsPattern("<html lang=\"ar\"\\s+dir=\"rtl\"")
			.contains("العروض والمنظمات", "البلدية")
			.containsPattern("lang=\"de\"\\s+href=\"/p/landkreis-osnabrueck/ar/organisationen/" + this.open + "\"");
		// the network's kinds in the reader's language, not marked German
		assertThat(arabic).contains("<span>مكان لقاء</span>").doesNotContain("Treffpunkt", "lang=\"de\">مكان لقاء");
		// the filters' choices in Arabic, the Gemeinden and target groups marked German
		assertThat(arabic).containsPattern("<option value=\"\"[^>]*>الكل</option>")
			.containsPattern("<option value=\"" + BRAMSCHE + "\"\\s+lang=\"de\">Bramsche")
			.containsPattern("<option value=\"kostenlos\">مجاني</option>");
		String offer = this.anonymous.get(BASE + "ar/angebote/" + this.freeOffer).body();
		assertThat(offer).contains("<span>مكان لقاء</span>").doesNotContain("Treffpunkt");
		String detail = this.anonymous.get(BASE + "ar/organisationen/" + this.open).body();
		assertThat(detail).containsPattern("<html lang=\"ar\"\\s+dir=\"rtl\"")
			.contains("<h1 class=\"kern-heading\" lang=\"de\">" + this.openName + "</h1>", "أوقات العمل", "الاثنين",
					"البيانات باللغة الألمانية");
	}

	@Test
	void aPartnersPendingChangeAndAnotherTenantsEntryNeverShow() {
		TestUser partnerUser = this.fixtures.partner(LANDKREIS, this.open);
		Http partner = this.fixtures.login(partnerUser);
		String pendingTitle = unique("Noch nicht freigegeben");
		HttpResponse<String> submitted = post(partner, "/network/organisations/" + this.open + "/offers/new",
				"/network/organisations/" + this.open + "/offers", "kind", "PARENTS_GROUP", "title", pendingTitle,
				"targetGroups", this.group);
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
		String renamed = unique("Umbenannt");
		assertThat(post(partner, "/network/organisations/" + this.open + "/edit", "/network/organisations/" + this.open,
				"kind", "MSO", "name", renamed, "weeklyHours", "Mo 09-10")
			.statusCode()).isEqualTo(302);
		assertThat(list("de", "")).contains("4 Einträge", this.openName)
			.doesNotContain(pendingTitle)
			.doesNotContain(renamed);
		assertThat(this.anonymous.get(BASE + "de/organisationen/" + this.open).body()).contains(this.openName,
				"00:00–24:00");
		// the Landkreis' entries under the Stadt's address, unknown ids, no id
		assertThat(this.anonymous.get("/p/stadt-osnabrueck/de/organisationen/" + this.open).statusCode())
			.isEqualTo(404);
		assertThat(this.anonymous.get("/p/stadt-osnabrueck/de/angebote/" + this.freeOffer).statusCode()).isEqualTo(404);
		assertThat(this.anonymous.get(BASE + "de/organisationen/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(this.anonymous.get(BASE + "de/angebote/" + this.open).statusCode()).as("an organisation's id")
			.isEqualTo(404);
		HttpResponse<String> nonsense = this.anonymous.get(BASE + "de/organisationen/nonsense");
		assertThat(nonsense.statusCode()).isEqualTo(404);
		assertThat(nonsense.body()).contains("Seite nicht gefunden");
		assertThat(this.anonymous.get(BASE + "xx/angebote").statusCode()).isEqualTo(404);
		assertThat(this.anonymous.get("/p/gibt-es-nicht/de/angebote").statusCode()).isEqualTo(404);
		// the friendly 404 (region.PublicPages) in the language of the path once it was
		// read
		HttpResponse<String> arabic = this.anonymous.get(BASE + "ar/organisationen/" + UUID.randomUUID());
		assertThat(arabic.statusCode()).isEqualTo(404);
		assertThat(arabic.body()).containsPattern("<html lang=\"ar\"\\s+dir=\"rtl\"")
			.doesNotContain("Seite nicht gefunden");
	}

	@Test
	void filtersThatAreNotUnderstoodAnswerAClearPage() {
		Map<String, String> wrong = Map.of("gemeinde=99999999", "Diese Gemeinde gibt es hier nicht.",
				"gemeinde=03404000", "Diese Gemeinde gibt es hier nicht.", "sprache=xx",
				"Diese Sprache kennen wir nicht.", "thema=NONSENSE", "Dieses Thema gibt es nicht.", "kosten=vielleicht",
				"Bitte „kostenlos“ oder „mit Kosten“ wählen.", "art=beides",
				"Bitte Organisationen oder Angebote wählen.", "jetzt=1", "Bitte das Kästchen benutzen.", "seite=0",
				"Diese Seite gibt es nicht.", "seite=abc", "Diese Seite gibt es nicht.", "zielgruppe=unbekannt",
				"Diese Zielgruppe gibt es nicht.");
		wrong.forEach((query, message) -> {
			HttpResponse<String> response = this.anonymous.get(BASE + "de/angebote?" + query);
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			assertThat(response.body()).as(query)
				.contains("Einige Filter sind nicht verständlich", message, "Alle Filter zurücksetzen");
			assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		});
		for (String hostile : new String[] { "gemeinde=%00", "sprache=de%00", "thema=" + "A".repeat(5000),
				"zielgruppe=" + "%C3%A4".repeat(3000), "gemeinde=" + BRAMSCHE + "&gemeinde=" + MELLE,
				"seite=99999999999", "sprache=%3Cscript%3E" }) {
			HttpResponse<String> response = this.anonymous.get(BASE + "de/angebote?" + hostile);
			assertThat(response.statusCode()).as(hostile).isBetween(400, 499);
			assertThat(response.body()).as(hostile).doesNotContain("<script>");
		}
		// a broken escape: java.net.URI refuses to send it, so it goes over a socket as a
		// browser would
		String broken = raw(BASE + "de/angebote?kosten=%ZZ&sprache=%3Cscript%3E%ZZ");
		assertThat(broken).as("kosten=%ZZ").matches("(?s)HTTP/1\\.1 4\\d\\d .*").doesNotContain("<script>");
		// in English, and a page past the last shows the last
		assertThat(this.anonymous.get(BASE + "en/angebote?thema=X").body()).contains("Some filters are not understood",
				"There is no such topic.");
		assertThat(list("de", "&seite=7")).contains("4 Einträge", organisationLink(this.open));
		// unknown parameters are ignored
		assertThat(list("de", "&foo=bar")).contains("4 Einträge");
	}

	@Test
	void aKeptPageAnswers304AndAnEditShowsAtOnce() {
		String path = BASE + "de/angebote?zielgruppe=" + URLEncoder.encode(this.group, StandardCharsets.UTF_8);
		HttpResponse<String> first = this.anonymous.get(path);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(this.anonymous.get(path, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
		String renamed = unique("Neuer Name");
		assertThat(post(this.office, "/network/organisations/" + this.closed + "/edit",
				"/network/organisations/" + this.closed, "kind", "MSO", "name", renamed, "regions", MELLE, "languages",
				"de, fa", "fieldsOfWork", "HEALTH", "targetGroups", this.group)
			.statusCode()).isEqualTo(302);
		HttpResponse<String> after = this.anonymous.get(path, Map.of("If-None-Match", etag));
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.body()).contains(renamed).doesNotContain(this.closedName);
	}

	/**
	 * A GET sent as it is over a socket (the request line is not checked by the client).
	 */
	private String raw(String path) {
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(20_000);
			socket.getOutputStream()
				.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
