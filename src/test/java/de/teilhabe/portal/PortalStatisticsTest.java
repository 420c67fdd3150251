package de.teilhabe.portal;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;

import de.teilhabe.portal.statistics.PageViews;
import de.teilhabe.portal.statistics.SearchMisses;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.web.PublicContentCache;
import de.teilhabe.support.BerlinTime;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Wegweiser's statistics: a page's views are counted per language and day whether the
 * page is rendered or answered from the cache (which the counting leaves in place),
 * written in a batch; searches without results are counted by their normalised text,
 * never one with an e-mail address or a phone number; the office's page shows the demo's
 * numbers in German and English; other roles are refused.
 */
@IntegrationTest
class PortalStatisticsTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tenants tenants;

	@Autowired
	PageViews views;

	@Autowired
	SearchMisses misses;

	@Autowired
	PublicContentCache cache;

	private long views(UUID tenant, String path, String language) {
		return this.jdbc.sql("""
				SELECT coalesce(sum(v.views), 0) FROM portal_page_view v JOIN portal_page p
				ON p.tenant_id = v.tenant_id AND p.id = v.page_id
				WHERE v.tenant_id = ? AND p.path = ? AND v.language = ? AND v.day = ?""")
			.params(tenant, path, language, BerlinTime.today())
			.query(Long.class)
			.single();
	}

	@Test
	void viewsAreCountedAndTheCachedPageStaysCached() {
		UUID tenant = this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id();
		Http office = Http.loggedIn(this.port, "strategie", "demo");
		String segment = PortalSearchTest.word("zaehlen");
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("parent", "");
		fields.put("segment", segment);
		fields.put("position", "91");
		fields.put("topic", "");
		fields.put("title", "Zählseite");
		fields.put("summary", "");
		fields.put("body", "<p>Gezählt</p>");
		assertThat(office.submit("/portal/pages/new", "/portal/pages", fields).statusCode()).isEqualTo(302);
		this.views.flush();
		long before = views(tenant, segment, "ar");

		Http anonymous = new Http(this.port);
		HttpResponse<String> rendered = anonymous.get("/p/landkreis-osnabrueck/ar/" + segment);
		assertThat(rendered.statusCode()).isEqualTo(200);
		PublicContentCache.Key key = new PublicContentCache.Key(tenant, "portal ar/" + segment);
		assertThat(this.cache.current(key)).as("kept after the first view").isNotNull();
		HttpResponse<String> cached = anonymous.get("/p/landkreis-osnabrueck/ar/" + segment);
		assertThat(cached.statusCode()).isEqualTo(200);
		assertThat(cached.headers().firstValue("ETag")).isEqualTo(rendered.headers().firstValue("ETag"));
		assertThat(cached.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(this.cache.current(key)).as("still kept: counting does not disturb the cache").isNotNull();
		// nothing written before the batch
		assertThat(views(tenant, segment, "ar")).isEqualTo(before);
		this.views.flush();
		assertThat(views(tenant, segment, "ar")).isEqualTo(before + 2);
		anonymous.get("/p/landkreis-osnabrueck/de/" + segment);
		this.views.flush();
		assertThat(views(tenant, segment, "de")).isPositive();
		// an unknown page is not counted
		anonymous.get("/p/landkreis-osnabrueck/de/" + segment + "x");
		this.views.flush();
		assertThat(views(tenant, segment + "x", "de")).isZero();
	}

	@Test
	void searchesWithoutResultsAreCountedWithoutPersonalData() {
		UUID tenant = this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id();
		Http anonymous = new Http(this.port);
		String nothing = PortalSearchTest.word("nirgends");
		anonymous.get("/p/landkreis-osnabrueck/ar/suche?q=" + nothing.toUpperCase() + "%20%20");
		anonymous.get("/api/v1/public/landkreis-osnabrueck/ar/search?q=" + nothing);
		anonymous.get("/p/landkreis-osnabrueck/de/suche?q=max.muster" + nothing + "%40example.org");
		anonymous.get("/p/landkreis-osnabrueck/de/suche?q=" + nothing + "%200541%20123456");
		this.misses.flush();
		assertThat(this.jdbc.sql("""
				SELECT searches FROM portal_search_miss WHERE tenant_id = ? AND language = 'ar' AND query = ?
				AND day = ?""").params(tenant, nothing, BerlinTime.today()).query(Long.class).single()).isEqualTo(2);
		assertThat(this.jdbc.sql("SELECT count(*) FROM portal_search_miss WHERE query LIKE ?")
			.param("%" + nothing + "%")
			.query(Long.class)
			.single()).as("neither the e-mail address nor the phone number").isEqualTo(1);
		assertThat(SearchMisses.normalise("  Kita   Bramsche ")).isEqualTo("kita bramsche");
		assertThat(SearchMisses.normalise("a@b")).isNull();
		assertThat(SearchMisses.normalise("Termin 12.03.1990")).isNull();
		assertThat(SearchMisses.normalise("x".repeat(101))).isNull();
	}

	@Test
	void theOfficeSeesTheStatisticsInGermanAndEnglish() {
		Http office = Http.loggedIn(this.port, "strategie", "demo");
		HttpResponse<String> german = office.get("/portal/statistics");
		assertThat(german.statusCode()).isEqualTo(200);
		LocalDate today = BerlinTime.today();
		assertThat(german.body()).contains("Wegweiser: Statistik", "Seitenaufrufe je Sprache und Woche",
				"Die meistgelesenen Seiten je Sprache", "Suchen ohne Treffer", "kindergeld", "رخصة القيادة",
				"Arabisch – العربية", "Ankommen im Landkreis Osnabrück",
				today.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
		assertThat(office.get("/portal/statistics?lang=en").body()).contains("Guide: statistics",
				"Page views per language and week", "Searches without results", "Arabic – العربية");
		assertThat(Http.loggedIn(this.port, "beratung", "demo").get("/portal/statistics").statusCode()).isEqualTo(403);
		HttpResponse<String> anonymous = new Http(this.port).get("/portal/statistics");
		assertThat(anonymous.statusCode()).isEqualTo(302);
	}

}
