package de.teilhabe.guides.report;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import de.teilhabe.guides.GuidesFixtures;
import de.teilhabe.monitoring.Publication;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.guides.GuidesFixtures.BERSENBRUECK;
import static de.teilhabe.guides.GuidesFixtures.LANDKREIS;
import static de.teilhabe.guides.GuidesFixtures.QUAKENBRUECK;
import static de.teilhabe.guides.GuidesFixtures.STADT;
import static de.teilhabe.guides.GuidesFixtures.activeGuide;
import static de.teilhabe.guides.GuidesFixtures.created;
import static de.teilhabe.guides.GuidesFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guide network's reports through the real HTTP layer, each figure against data of
 * its own in months no other test uses (2029): requests by topic, language and Gemeinde
 * by the month of the first appointment (the first and last day of a month), hours of
 * approved work entries only, unmet demand by language as the latest check of candidates
 * found it, the operational series published to the monitoring (codes, counts,
 * suppression, a second publication of a month replacing the first, visible in the series
 * API), the page and its downloads, bad months (422 naming the field), roles and tenant
 * isolation.
 */
@IntegrationTest
class GuideReportsApiTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RequestSupply supply;

	@Autowired
	GuideSeries series;

	GuidesFixtures fixtures;

	Http coordinator;

	UUID tenant;

	@BeforeEach
	void setUp() {
		this.fixtures = new GuidesFixtures(this.context, this.port);
		this.coordinator = this.fixtures.api(LANDKREIS, Role.GUIDE_COORDINATOR);
		this.tenant = this.fixtures.access().tenantId(LANDKREIS);
	}

	@Test
	void figuresCountRequestsByMonthOfTheFirstAppointmentAndOnlyApprovedHours() {
		UUID guide = activeGuide(this.coordinator, "Berichtslotsin " + UUID.randomUUID(), QUAKENBRUECK, "ha");
		UUID lastDayOfJanuary = request("AUTHORITY", "{ha}", QUAKENBRUECK, LocalDate.of(2029, 1, 31), "DONE");
		request("AUTHORITY", "{ha,yo}", QUAKENBRUECK, LocalDate.of(2029, 1, 2), "CANCELLED");
		request("HOUSING", "{yo}", BERSENBRUECK, LocalDate.of(2029, 2, 1), "DONE");
		request("OTHER", "{ha}", QUAKENBRUECK, LocalDate.of(2028, 12, 31), "DONE");
		request("OTHER", "{ha}", QUAKENBRUECK, LocalDate.of(2029, 3, 1), "DONE");
		UUID assignment = assignment(lastDayOfJanuary, guide);
		entry(assignment, guide, LocalDate.of(2029, 1, 31), 60, true);
		entry(assignment, guide, LocalDate.of(2029, 2, 1), 90, true);
		entry(assignment, guide, LocalDate.of(2029, 1, 15), 120, false);
		entry(assignment, guide, LocalDate.of(2028, 12, 31), 45, true);

		HttpResponse<String> response = this.coordinator.get("/api/v1/guide-reports?from=2029-01&to=2029-02");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Map<String, Object> report = json(response);
		assertThat(report).containsEntry("from", "2029-01")
			.containsEntry("to", "2029-02")
			.containsEntry("requests", 3)
			.containsEntry("unmet", 0);
		assertThat(counts(report, "byTopic")).containsEntry("AUTHORITY", 2)
			.containsEntry("HOUSING", 1)
			.containsEntry("ORIENTATION", 0)
			.containsEntry("OTHER", 0);
		assertThat(names(report, "byTopic")).contains("Begleitung zu Behörden und Verbänden");
		// a request counts under each language it names; names, not codes
		assertThat(list(report, "byLanguage")).extracting((c) -> c.get("name") + "=" + c.get("requests"))
			.containsExactly("Hausa=2", "Yoruba – Yorùbá=2");
		assertThat(list(report, "byGemeinde")).extracting((c) -> c.get("name") + "=" + c.get("requests"))
			.containsExactly("Stadt Quakenbrück=2", "Stadt Bersenbrück=1");
		// hours: approved entries by the day worked; the unapproved 2 hours do not count
		assertThat(list(report, "months")).extracting(
				(m) -> m.get("month") + " " + m.get("requests") + " " + m.get("hours") + " " + m.get("approvedEntries"))
			.containsExactly("2029-01 2 1.0 1", "2029-02 1 1.5 1");

		// the same figures in the page and its downloads
		Http page = this.fixtures.session(LANDKREIS, Role.GUIDE_COORDINATOR);
		HttpResponse<String> html = page.get("/guides/reports?from=2029-01&to=2029-02");
		assertThat(html.statusCode()).isEqualTo(200);
		assertThat(html.body()).contains("Anfragen nach Thema")
			.contains("Hausa")
			.contains("Quakenbrück")
			.contains("3 Anfragen, davon 0 ohne passende Lotsin oder passenden Lotsen")
			.contains("guide-hours-chart");
		HttpResponse<byte[]> csv = page.getBytes("/guides/reports/download?from=2029-01&to=2029-02&format=csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).contains("Anfragen nach Sprache;Hausa;2")
			.contains("Bestätigte Stunden je Monat;2029-02;1,5")
			.contains("Anfragen nach Gemeinde;Stadt Quakenbrück;2");
		HttpResponse<byte[]> xlsx = page.getBytes("/guides/reports/download?from=2029-01&to=2029-02&format=xlsx");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
		assertThat(page.get("/guides/reports?from=2029-13").statusCode()).isEqualTo(400);
		assertThat(page.get("/guides/reports?from=2029-13").body()).contains("Bitte einen Monat");
	}

	@Test
	void unmetDemandIsWhatTheLatestCheckWhileOpenFoundNoGuideFor() {
		// languages no other test gives a guide (the suite shares one database): Nigerian
		// Pidgin and Haitian
		LocalDate may = LocalDate.of(2029, 5, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
		LocalDate june = LocalDate.of(2029, 6, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
		activeGuide(this.coordinator, "Hausa-Lotsin " + UUID.randomUUID(), QUAKENBRUECK, "ha");
		UUID served = apiRequest(may, "[\"ha\"]");
		apiRequest(may, "[\"pcm\"]");
		apiRequest(may, "[\"pcm\", \"ht\"]");
		apiRequest(june, "[\"pcm\"]");
		// never checked: not counted
		assertThat(json(this.coordinator.get("/api/v1/guide-reports?from=2029-05&to=2029-06")))
			.containsEntry("requests", 4)
			.containsEntry("unmet", 0);

		// what the job does every few minutes for every tenant, here for this one
		// directly
		// (the scheduled run may hold the job's lock at this moment)
		this.supply.check(this.tenant, true);
		Map<String, Object> report = json(this.coordinator.get("/api/v1/guide-reports?from=2029-05&to=2029-06"));
		assertThat(report).containsEntry("unmet", 3);
		assertThat(list(report, "unmetByLanguage")).extracting((c) -> c.get("code") + "=" + c.get("requests"))
			.containsExactly("pcm=3", "ht=1");
		assertThat(list(report, "unmetByLanguage")).extracting((c) -> c.get("name"))
			.contains("Nigerianisches Pidgin – Naijá");
		assertThat(list(report, "months")).extracting((m) -> m.get("month") + " " + m.get("unmet"))
			.containsExactly("2029-05 2", "2029-06 1");
		assertThat(this.jdbc.sql("SELECT candidates FROM guide_request_supply WHERE tenant_id = ? AND request_id = ?")
			.params(this.tenant, served)
			.query(Integer.class)
			.single()).isPositive();
		// nothing changed: nothing checked again
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM guide_request_supply s JOIN guide_request r ON r.tenant_id = s.tenant_id"
					+ " AND r.id = s.request_id WHERE s.tenant_id = ? AND s.request_updated_at < r.updated_at"
					+ " AND r.first_day BETWEEN '2029-05-01' AND '2029-06-30'")
			.param(this.tenant)
			.query(Long.class)
			.single()).isZero();

		// a guide of that language joins: the daily check finds a guide for those
		// requests, which are then no longer unmet (the latest check counts)
		activeGuide(this.coordinator, "Pidgin-Lotse " + UUID.randomUUID(), QUAKENBRUECK, "pcm");
		this.supply.check(this.tenant, false);
		report = json(this.coordinator.get("/api/v1/guide-reports?from=2029-05&to=2029-06"));
		assertThat(report).containsEntry("unmet", 0);
		assertThat(list(report, "unmetByLanguage")).isEmpty();
	}

	@Test
	void theMonthsCountsArePublishedAsOperationalSeriesAndReplacedWhenPublishedAgain() {
		LocalDate day = LocalDate.of(2029, 9, 12);
		for (int i = 0; i < 6; i++) {
			request("AUTHORITY", "{ha}", QUAKENBRUECK, day, "DONE");
		}
		for (int i = 0; i < 5; i++) {
			request("HOUSING", "{ha}", BERSENBRUECK, day, "DONE");
		}
		for (int i = 0; i < 6; i++) {
			unmet(request("ORIENTATION", "{tw}", QUAKENBRUECK, day, "CANCELLED"));
		}
		unmet(request("ORIENTATION", "{ig}", QUAKENBRUECK, day, "CANCELLED"));
		this.series.publish(this.tenant, YearMonth.of(2029, 9));

		Map<String, Object> found = json(this.coordinator.get("/api/v1/statistics/series/" + GuideSeries.REQUESTS));
		assertThat(found.get("series").toString()).contains("format=OPERATIONAL");
		assertThat(found.get("dimensions").toString()).contains("authority").contains("housing");
		Map<String, Map<String, Object>> quakenbrueck = observations(GuideSeries.REQUESTS, QUAKENBRUECK, "topic");
		assertThat(value(quakenbrueck.get("authority"))).isEqualTo("6");
		assertThat(value(quakenbrueck.get("orientation"))).isEqualTo("7");
		assertThat(value(quakenbrueck.get(Publication.TOTAL))).isEqualTo("13");
		Map<String, Map<String, Object>> kreis = observations(GuideSeries.REQUESTS, "03459", "topic");
		assertThat(value(kreis.get("housing"))).isEqualTo("5");
		assertThat(value(kreis.get(Publication.TOTAL))).isEqualTo("18");
		// unmet by language: one Igbo request is a small count, kept secret by the
		// monitoring
		Map<String, Map<String, Object>> unmet = observations(GuideSeries.UNMET, QUAKENBRUECK, "language");
		assertThat(value(unmet.get(Publication.TOTAL))).isEqualTo("7");
		assertThat(unmet.get("ig")).containsEntry("value", null).containsEntry("symbol", "SECRET");
		// published again with one more request: the month's cells are replaced
		request("AUTHORITY", "{ha}", QUAKENBRUECK, day, "DONE");
		int before = observationCount(GuideSeries.REQUESTS, QUAKENBRUECK);
		this.series.publish(this.tenant, YearMonth.of(2029, 9));
		assertThat(observations(GuideSeries.REQUESTS, QUAKENBRUECK, "topic").get("authority").get("value").toString())
			.isEqualTo("7");
		assertThat(observationCount(GuideSeries.REQUESTS, QUAKENBRUECK)).isEqualTo(before);
		// another tenant does not see the series
		Http stadt = this.fixtures.api(STADT, Role.GUIDE_COORDINATOR);
		assertThat(stadt.get("/api/v1/statistics/series/" + GuideSeries.REQUESTS).statusCode()).isEqualTo(404);
	}

	@Test
	void badMonthsAreNamedRolesAndTenantsAreKeptApart() {
		HttpResponse<String> month = this.coordinator.get("/api/v1/guide-reports?from=2029-13&to=abc");
		assertThat(month.statusCode()).isEqualTo(422);
		assertThat(month.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(month.body()).contains("\"field\":\"from\"").contains("\"field\":\"to\"");
		HttpResponse<String> backwards = this.coordinator.get("/api/v1/guide-reports?from=2029-05&to=2029-01");
		assertThat(backwards.statusCode()).isEqualTo(422);
		assertThat(backwards.body()).contains("\"field\":\"to\"").doesNotContain("\"field\":\"from\"");
		assertThat(this.coordinator.get("/api/v1/guide-reports?from=2000-01&to=2029-01").statusCode()).isEqualTo(422);
		assertThat(this.coordinator.get("/api/v1/guide-reports?from=%00").statusCode()).isIn(400, 422);

		// by default the last 12 full months (Europe/Berlin)
		YearMonth last = YearMonth.now(ZoneId.of("Europe/Berlin")).minusMonths(1);
		Map<String, Object> standard = json(this.coordinator.get("/api/v1/guide-reports"));
		assertThat(standard).containsEntry("from", last.minusMonths(11).toString())
			.containsEntry("to", last.toString());
		assertThat(list(standard, "months")).hasSize(12);

		// a guide and other roles are refused
		UUID guide = activeGuide(this.coordinator, "Berichtsloser " + UUID.randomUUID(), QUAKENBRUECK, "ha");
		assertThat(this.fixtures.guideApi(LANDKREIS, guide).get("/api/v1/guide-reports").statusCode()).isEqualTo(403);
		assertThat(this.fixtures.api(LANDKREIS, Role.STRATEGY).get("/api/v1/guide-reports").statusCode())
			.isEqualTo(403);

		// the other tenant sees none of this tenant's requests
		request("LANGUAGE_SUPPORT", "{ha}", QUAKENBRUECK, LocalDate.of(2029, 11, 5), "DONE");
		assertThat(json(this.coordinator.get("/api/v1/guide-reports?from=2029-11&to=2029-11")))
			.containsEntry("requests", 1);
		Http stadt = this.fixtures.api(STADT, Role.GUIDE_COORDINATOR);
		assertThat(json(stadt.get("/api/v1/guide-reports?from=2029-11&to=2029-11"))).containsEntry("requests", 0);
	}

	private UUID apiRequest(LocalDate day, String languages) {
		return created(this.coordinator.send("POST", "/api/v1/guide-requests", "application/json", """
				{"topic": "ORIENTATION", "languages": %s, "gemeinde": "%s", "place": "Rathaus", "date": "%s",
				 "starts": "09:00", "ends": "11:00", "contactReference": "R-%s", "brief": "Wege in der Stadt"}"""
			.formatted(languages, QUAKENBRUECK, day, UUID.randomUUID())));
	}

	private UUID request(String topic, String languages, String region, LocalDate day, String status) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO guide_request (tenant_id, id, topic, languages, region_key, first_day, starts, ends,
				  recurrence, urgency, status, created_at, updated_at)
				VALUES (?, ?, ?, ?::text[], ?, ?, '09:00', '11:00', 'ONCE', 'NORMAL', ?, now(), now())""")
			.params(this.tenant, id, topic, languages, region, day, status)
			.update();
		return id;
	}

	private void unmet(UUID request) {
		this.jdbc.sql("""
				INSERT INTO guide_request_supply (tenant_id, request_id, first_checked_at, checked_at, candidates,
				  request_updated_at) VALUES (?, ?, now(), now(), 0, now())""").params(this.tenant, request).update();
	}

	private UUID assignment(UUID request, UUID guide) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO guide_assignment (tenant_id, id, request_id, guide_id, status, commissioned_at,
				  commissioned_by, updated_at) VALUES (?, ?, ?, ?, 'DONE', now(), 'Test', now())""")
			.params(this.tenant, id, request, guide)
			.update();
		return id;
	}

	private void entry(UUID assignment, UUID guide, LocalDate day, int minutes, boolean approved) {
		this.jdbc.sql("""
				INSERT INTO guide_work_entry (tenant_id, id, assignment_id, guide_id, worked_on, minutes, kilometres,
				  logged_at, approved_at, approved_by)
				VALUES (?, ?, ?, ?, ?, ?, 12.5, now(), CASE WHEN ? THEN now() END, CASE WHEN ? THEN 'Test' END)""")
			.params(this.tenant, UUID.randomUUID(), assignment, guide, day, minutes, approved, approved)
			.update();
	}

	private Map<String, Map<String, Object>> observations(String code, String region, String dimension) {
		Map<String, Object> body = json(
				this.coordinator.get("/api/v1/statistics/series/" + code + "/observations?region=" + region));
		return list(body, "observations").stream()
			.filter((o) -> "2029-09".equals(o.get("period")))
			.collect(Collectors.toMap((o) -> ((Map<?, ?>) o.get("dimensions")).get(dimension).toString(), (o) -> o));
	}

	private int observationCount(String code, String region) {
		Map<String, Object> body = json(
				this.coordinator.get("/api/v1/statistics/series/" + code + "/observations?region=" + region));
		return (int) list(body, "observations").stream().filter((o) -> "2029-09".equals(o.get("period"))).count();
	}

	private static String value(Map<String, Object> observation) {
		return String.valueOf(observation.get("value"));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> body, String key) {
		return (List<Map<String, Object>>) body.get(key);
	}

	private static Map<String, Object> counts(Map<String, Object> report, String key) {
		return list(report, key).stream()
			.collect(Collectors.toMap((c) -> (String) c.get("code"), (c) -> c.get("requests")));
	}

	private static List<Object> names(Map<String, Object> report, String key) {
		return list(report, key).stream().map((c) -> c.get("name")).toList();
	}

}
