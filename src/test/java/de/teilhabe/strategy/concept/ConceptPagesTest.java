package de.teilhabe.strategy.concept;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.monitoring.Indicators;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.access.AccessFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The concept pages through the HTTP layer, each test in a tenant of its own: the first
 * version, Leitlinien and Handlungsfelder of a draft, adoption (read-only afterwards), a
 * new version as a copy of the last with its goals and measures, the comparison, the
 * export, bad input, roles and tenant isolation.
 */
@IntegrationTest
class ConceptPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Tenants tenants;

	@Autowired
	Indicators indicators;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConceptStore concepts;

	AccessFixtures access;

	UUID tenant;

	@BeforeEach
	void setUp() {
		this.access = AccessFixtures.of(this.context);
		this.tenant = this.tenants.create(AccessFixtures.unique("konzept-kreis"), "Konzept-Kreis", "03459", true).id();
	}

	Http user(Role... roles) {
		AccessFixtures.TestUser user = this.access.createIn(this.tenant, "konzept", roles);
		return Http.loggedIn(this.port, user.username(), AccessFixtures.PASSWORD);
	}

	UUID createVersion(Http office, String title, String from, String to) {
		HttpResponse<String> response = post(office, "/strategy/concepts/new", "/strategy/concepts", "title", title,
				"horizonStart", from, "horizonEnd", to);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		String location = AccessFixtures.location(response);
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	UUID fieldNamed(UUID conceptId, String name) {
		return this.concepts.fields(this.tenant, conceptId)
			.stream()
			.filter((field) -> field.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

	@Test
	void aDraftIsWrittenAdoptedCopiedAndCompared() {
		Http office = user(Role.STRATEGY);
		assertThat(office.get("/strategy").body()).contains("Es gibt noch kein Integrationskonzept.");

		// the first version starts with the default Handlungsfelder and their indicators
		UUID first = createVersion(office, "Integrationskonzept 2020–2024", "2020", "2024");
		String page = office.get("/strategy/concepts/" + first).body();
		String indicatorTitle = this.indicators.find(this.tenant, "5-3-2").orElseThrow().titleDe();
		assertThat(page).contains("Die neue Version ist angelegt.")
			.contains("Entwurf")
			.contains("Sprache und Bildung")
			.contains("Antidiskriminierung")
			.contains(indicatorTitle)
			.doesNotContain(">5-3-2<")
			.contains("/strategy/concepts/" + first + "/guidelines");

		// Leitlinien: ordered by their number, a ticked one removed
		HttpResponse<String> saved = post(office, "/strategy/concepts/" + first + "/guidelines",
				"/strategy/concepts/" + first + "/guidelines", "guidelines[0].text", "Vielfalt ist Normalität.",
				"guidelines[0].position", "2", "guidelines[1].text", "Teilhabe für alle.", "guidelines[1].position",
				"1", "guidelines[2].text", "Diese fällt weg.", "guidelines[2].remove", "true");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(this.concepts.guidelines(this.tenant, first)).containsExactly("Teilhabe für alle.",
				"Vielfalt ist Normalität.");

		// Handlungsfelder: one added with an indicator chosen from the catalogue, one
		// renamed
		assertThat(office.get("/strategy/concepts/" + first + "/fields/new").body()).contains(indicatorTitle)
			.contains("value=\"5-3-2\"");
		assertThat(post(office, "/strategy/concepts/" + first + "/fields/new",
				"/strategy/concepts/" + first + "/fields", "name", "Digitale Teilhabe", "description",
				"Zugang zu digitalen Angeboten", "indicators", "5-3-2")
			.statusCode()).isEqualTo(302);
		UUID housing = fieldNamed(first, "Wohnen");
		assertThat(post(office, "/strategy/concepts/" + first + "/fields/" + housing,
				"/strategy/concepts/" + first + "/fields/" + housing, "name", "Wohnen und Quartier", "indicators",
				"6-2-1")
			.statusCode()).isEqualTo(302);
		page = office.get("/strategy/concepts/" + first).body();
		assertThat(page).contains("Digitale Teilhabe").contains("Wohnen und Quartier");
		assertThat(
				this.concepts.field(this.tenant, fieldNamed(first, "Digitale Teilhabe")).orElseThrow().indicatorCodes())
			.containsExactly("5-3-2");

		// goals and measures under it (made by the goals and measures parts)
		UUID organisation = UUID.randomUUID();
		UUID language = fieldNamed(first, "Sprache und Bildung");
		UUID goal = ConceptFixtures.goal(this.jdbc, this.tenant, language, "Mehr Sprachkursabschlüsse", "60",
				organisation);
		this.jdbc.sql("INSERT INTO strategy_goal_value (tenant_id, goal_id, year, value) VALUES (?, ?, 2019, 50)")
			.params(this.tenant, goal)
			.update();
		ConceptFixtures.goal(this.jdbc, this.tenant, housing, "Weniger Wohnungslosigkeit", "10", null);
		ConceptFixtures.measure(this.jdbc, this.tenant, first, "Sprachcafés in allen Gemeinden", goal, organisation);
		assertThat(office.get("/strategy/concepts").body()).contains("Integrationskonzept 2020–2024")
			.contains("<td class=\"num\">2</td>")
			.contains("<td class=\"num\">1</td>");

		// adoption: afterwards read-only
		assertThat(post(office, "/strategy/concepts/" + first + "/adoption",
				"/strategy/concepts/" + first + "/adoption", "body", "Kreistag", "date", "2020-03-02")
			.statusCode()).isEqualTo(302);
		page = office.get("/strategy/concepts/" + first).body();
		assertThat(page).contains("beschlossen")
			.contains("Beschluss: Kreistag, 02.03.2020")
			.contains("nur noch lesbar")
			.doesNotContain("/strategy/concepts/" + first + "/guidelines")
			.doesNotContain("/strategy/concepts/" + first + "/edit");
		assertThat(office.get("/strategy/concepts/" + first + "/edit").statusCode()).isEqualTo(409);
		assertThat(office.get("/strategy/concepts/" + first + "/guidelines").statusCode()).isEqualTo(409);
		HttpResponse<String> refused = office.send("POST", "/strategy/concepts/" + first + "/guidelines",
				"application/x-www-form-urlencoded",
				"guidelines[0].text=neu&_csrf=" + office.csrfFrom("/strategy/concepts/" + first));
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(this.concepts.guidelines(this.tenant, first)).hasSize(2);

		// a new version is a copy of the last, goals and measures included
		assertThat(office.get("/strategy/concepts/new").body()).contains("value=\"2025\"")
			.contains("value=\"2029\"")
			.contains("Integrationskonzept 2020–2024");
		UUID second = createVersion(office, "Integrationskonzept 2025–2029", "2025", "2029");
		assertThat(this.concepts.find(this.tenant, second).orElseThrow().basedOn()).isEqualTo(first);
		assertThat(this.concepts.guidelines(this.tenant, second)).containsExactly("Teilhabe für alle.",
				"Vielfalt ist Normalität.");
		UUID copiedLanguage = fieldNamed(second, "Sprache und Bildung");
		UUID copiedGoal = this.jdbc
			.sql("SELECT id FROM strategy_goal WHERE tenant_id = ? AND field_id = ? AND copied_from = ?")
			.params(this.tenant, copiedLanguage, goal)
			.query(UUID.class)
			.single();
		assertThat(this.jdbc.sql("SELECT value FROM strategy_goal_value WHERE tenant_id = ? AND goal_id = ?")
			.params(this.tenant, copiedGoal)
			.query(Integer.class)
			.list()).containsExactly(50);
		assertThat(this.jdbc
			.sql("SELECT organisation_id FROM strategy_goal_organisation WHERE tenant_id = ? AND goal_id = ?")
			.params(this.tenant, copiedGoal)
			.query(UUID.class)
			.list()).containsExactly(organisation);
		UUID copiedMeasure = this.jdbc
			.sql("SELECT id FROM strategy_measure WHERE tenant_id = ? AND concept_id = ? AND copied_from IS NOT NULL")
			.params(this.tenant, second)
			.query(UUID.class)
			.single();
		assertThat(this.jdbc.sql("SELECT goal_id FROM strategy_measure_goal WHERE tenant_id = ? AND measure_id = ?")
			.params(this.tenant, copiedMeasure)
			.query(UUID.class)
			.list()).containsExactly(copiedGoal);
		assertThat(this.jdbc
			.sql("SELECT organisation_id FROM strategy_measure_partner WHERE tenant_id = ? AND measure_id = ?")
			.params(this.tenant, copiedMeasure)
			.query(UUID.class)
			.list()).containsExactly(organisation);
		assertThat(this.concepts.field(this.tenant, fieldNamed(second, "Digitale Teilhabe"))
			.orElseThrow()
			.indicatorCodes()).containsExactly("5-3-2");

		// change the draft, then compare
		UUID copiedHousing = fieldNamed(second, "Wohnen und Quartier");
		post(office, "/strategy/concepts/" + second + "/fields/" + copiedHousing,
				"/strategy/concepts/" + second + "/fields/" + copiedHousing, "name", "Wohnen");
		post(office, "/strategy/concepts/" + second + "/guidelines", "/strategy/concepts/" + second + "/guidelines",
				"guidelines[0].text", "Teilhabe für alle Menschen.", "guidelines[0].position", "1",
				"guidelines[1].text", "Vielfalt ist Normalität.", "guidelines[1].position", "2", "guidelines[2].text",
				"Antidiskriminierung ist Aufgabe aller.", "guidelines[2].position", "3");
		this.jdbc.sql("UPDATE strategy_goal SET target_value = 70 WHERE tenant_id = ? AND id = ?")
			.params(this.tenant, copiedGoal)
			.update();
		ConceptFixtures.goal(this.jdbc, this.tenant, copiedLanguage, "Mehr Kita-Plätze", "90", null);
		String comparison = office.get("/strategy/concepts/" + second + "/comparison").body();
		assertThat(comparison)
			.contains("Was sich von „Integrationskonzept 2020–2024“ zu „Integrationskonzept 2025–2029“")
			.contains("Antidiskriminierung ist Aufgabe aller.")
			.contains("Teilhabe für alle Menschen.")
			.contains("Umbenannt: „Wohnen und Quartier“ heißt jetzt „Wohnen“")
			.contains("Neues Ziel: Mehr Kita-Plätze")
			.contains("Ziel „Mehr Sprachkursabschlüsse“: Zielwert bisher 60,00 (2022), jetzt 70,00 (2022)")
			.doesNotContain("Entfallenes Ziel");

		// the export of the new version
		HttpResponse<byte[]> csv = office.getBytes("/strategy/concepts/" + second + "/export?format=csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).contains("Integrationskonzept 2025–2029")
			.contains("Leitlinie;;Teilhabe für alle Menschen.")
			.contains("Mehr Sprachkursabschlüsse")
			.contains("auf Kurs")
			.contains("Sprachcafés in allen Gemeinden")
			.contains(indicatorTitle);
		HttpResponse<byte[]> xlsx = office.getBytes("/strategy/concepts/" + second + "/export?format=xlsx");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
		HttpResponse<byte[]> pdf = office.getBytes("/strategy/concepts/" + second + "/export?format=pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(office.get("/strategy/concepts/" + second + "/export?format=doc").statusCode()).isEqualTo(400);

		// adopting the new version supersedes the first
		post(office, "/strategy/concepts/" + second + "/adoption", "/strategy/concepts/" + second + "/adoption", "body",
				"Kreistag", "date", "2025-02-03");
		assertThat(this.concepts.find(this.tenant, first).orElseThrow().status()).isEqualTo(ConceptStatus.SUPERSEDED);
		assertThat(office.get("/strategy/concepts/" + first).body()).contains("abgelöst");
		String start = office.get("/strategy").body();
		assertThat(start).contains("Aktuelle Version: Integrationskonzept 2025–2029").contains(indicatorTitle);
	}

	@Test
	void everyChangeOfAVersionIsInTheAuditLog() {
		AccessFixtures.TestUser officeUser = this.access.createIn(this.tenant, "konzept", Role.STRATEGY);
		Http office = Http.loggedIn(this.port, officeUser.username(), AccessFixtures.PASSWORD);
		UUID first = createVersion(office, "Konzept 2020", "2020", "2024");
		String base = "/strategy/concepts/" + first;
		assertThat(post(office, base + "/edit", base, "title", "Konzept 2020–2024", "horizonStart", "2020",
				"horizonEnd", "2024")
			.statusCode()).isEqualTo(302);
		assertThat(post(office, base + "/guidelines", base + "/guidelines", "guidelines[0].text", "Teilhabe für alle.",
				"guidelines[0].position", "1")
			.statusCode()).isEqualTo(302);
		assertThat(
				post(office, base + "/fields/new", base + "/fields", "name", "Digitale Teilhabe", "indicators", "5-3-2")
					.statusCode())
			.isEqualTo(302);
		UUID digital = fieldNamed(first, "Digitale Teilhabe");
		assertThat(post(office, base + "/fields/" + digital, base + "/fields/" + digital, "name", "Digitale Teilhabe",
				"indicators", "6-2-1")
			.statusCode()).isEqualTo(302);
		assertThat(post(office, base, base + "/fields/" + digital + "/removal").statusCode()).isEqualTo(302);
		assertThat(post(office, base + "/adoption", base + "/adoption", "body", "Kreistag", "date", "2020-03-02")
			.statusCode()).isEqualTo(302);
		UUID second = createVersion(office, "Konzept 2025", "2025", "2029");
		assertThat(post(office, "/strategy/concepts/" + second + "/adoption",
				"/strategy/concepts/" + second + "/adoption", "body", "Kreistag", "date", "2025-02-03")
			.statusCode()).isEqualTo(302);

		List<String> entries = this.jdbc.sql("""
				SELECT action || ' ' || record_id || ' ' || actor_name FROM audit_event
				WHERE tenant_id = ? AND action LIKE 'strategy.concept.%' ORDER BY id""")
			.param(this.tenant)
			.query(String.class)
			.list();
		String by = " " + officeUser.username();
		assertThat(entries).containsExactly("strategy.concept.created " + first + by,
				"strategy.concept.changed " + first + by, "strategy.concept.guidelines " + first + by,
				"strategy.concept.field.added " + digital + by, "strategy.concept.field.changed " + digital + by,
				"strategy.concept.field.removed " + digital + by, "strategy.concept.adopted " + first + by,
				"strategy.concept.created " + second + by, "strategy.concept.adopted " + second + by,
				"strategy.concept.superseded " + first + by);
		assertThat(this.jdbc.sql("""
				SELECT details FROM audit_event WHERE tenant_id = ? AND action = 'strategy.concept.field.changed'""")
			.param(this.tenant)
			.query(String.class)
			.single()).contains("Digitale Teilhabe").contains("6-2-1");
		// the privacy officer reads them in words
		String audit = user(Role.PRIVACY_OFFICER).get("/audit").body();
		assertThat(audit).contains("Version des Integrationskonzepts angelegt")
			.contains("Handlungsfeld geändert")
			.contains("Version des Integrationskonzepts abgelöst");
	}

	@Test
	void badInputIsNamedAtEachFieldAndNothingIsStored() {
		Http office = user(Role.STRATEGY);
		HttpResponse<String> response = post(office, "/strategy/concepts/new", "/strategy/concepts", "title", "",
				"horizonStart", "2030", "horizonEnd", "2025");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("id=\"title-error\"")
			.contains("Das Zieljahr darf nicht vor dem ersten Jahr liegen.");
		response = post(office, "/strategy/concepts/new", "/strategy/concepts", "title", "X", "horizonStart", "3000",
				"horizonEnd", "zwei");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Bitte ein Jahr zwischen 1990 und 2100 angeben.")
			.contains("id=\"horizonEnd-error\"");
		assertThat(this.concepts.all(this.tenant)).isEmpty();

		UUID id = createVersion(office, "Entwurf", "2026", "2030");
		response = post(office, "/strategy/concepts/" + id + "/fields/new", "/strategy/concepts/" + id + "/fields",
				"name", "wohnen", "indicators", "kein-indikator");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Diese Version hat schon ein Handlungsfeld mit diesem Namen.")
			.contains("„kein-indikator“ ist kein Indikator des Katalogs.");
		response = post(office, "/strategy/concepts/" + id + "/guidelines", "/strategy/concepts/" + id + "/guidelines",
				"guidelines[0].text", "Gut", "guidelines[1].position", "0");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Text der Leitlinie 2: Bitte ausfüllen.")
			.contains("Bitte eine Nummer zwischen 1 und 99 angeben.")
			.contains(">Gut</textarea>");
		assertThat(this.concepts.guidelines(this.tenant, id)).isEmpty();
		response = post(office, "/strategy/concepts/" + id + "/adoption", "/strategy/concepts/" + id + "/adoption",
				"body", "Kreistag", "date", "gestern");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("id=\"date-error\"");
		assertThat(this.concepts.find(this.tenant, id).orElseThrow().status()).isEqualTo(ConceptStatus.DRAFT);
		assertThat(this.concepts.fields(this.tenant, id)).hasSize(7);

		// in English
		office.get("/strategy?lang=en");
		response = post(office, "/strategy/concepts/new", "/strategy/concepts", "title", "X", "horizonStart", "2030",
				"horizonEnd", "2020");
		assertThat(response.body()).contains("The target year must not be before the first year.");
		assertThat(office.get("/strategy/concepts/" + id).body()).contains("Fields of action").contains("draft");
	}

	@Test
	void staffReadStrategyWritesOthersSeeNothing() {
		Http office = user(Role.STRATEGY);
		UUID id = createVersion(office, "Lesbarer Entwurf", "2026", "2030");
		for (Role reader : List.of(Role.COUNSELLOR, Role.ADMIN, Role.COUNCIL_OFFICE)) {
			Http http = user(reader);
			assertThat(http.get("/strategy/concepts/" + id).body()).contains("Lesbarer Entwurf")
				.doesNotContain("/strategy/concepts/" + id + "/edit")
				.doesNotContain("/strategy/concepts/" + id + "/adoption");
			assertThat(http.get("/strategy/concepts/" + id + "/edit").statusCode()).isEqualTo(403);
			assertThat(http.get("/strategy/concepts/new").statusCode()).isEqualTo(403);
		}
		for (Role outside : List.of(Role.PARTNER, Role.GUIDE)) {
			Http http = user(outside);
			assertThat(http.get("/strategy").statusCode()).isEqualTo(403);
			assertThat(http.get("/strategy/concepts/" + id).statusCode()).isEqualTo(403);
		}
	}

	@Test
	void stadtOsnabrueckNeverSeesTheVersionsOfTheLandkreis() {
		UUID landkreis = this.access.tenantId("landkreis-osnabrueck");
		Concept adopted = this.concepts.current(landkreis).orElseThrow();
		AccessFixtures.TestUser stadtUser = this.access.create("stadt-osnabrueck", "stadt", Role.STRATEGY);
		Http stadt = Http.loggedIn(this.port, stadtUser.username(), AccessFixtures.PASSWORD);
		assertThat(stadt.get("/strategy/concepts").body()).contains("Vielfalt gemeinsam gestalten")
			.doesNotContain(adopted.title());
		assertThat(stadt.get("/strategy").body()).doesNotContain(adopted.title());
		assertThat(stadt.get("/strategy/concepts/" + adopted.id()).statusCode()).isEqualTo(404);
		assertThat(stadt.get("/strategy/concepts/" + adopted.id() + "/comparison").statusCode()).isEqualTo(404);
		assertThat(stadt.get("/strategy/concepts/" + adopted.id() + "/export?format=csv").statusCode()).isEqualTo(404);
		UUID stadtDraft = this.concepts.current(this.access.tenantId("stadt-osnabrueck")).orElseThrow().id();
		assertThat(stadt.get("/strategy/concepts/" + stadtDraft + "/comparison?with=" + adopted.id()).statusCode())
			.isEqualTo(404);
		UUID landkreisField = this.concepts.fields(landkreis, adopted.id()).get(0).id();
		assertThat(stadt.get("/strategy/concepts/" + stadtDraft + "/fields/" + landkreisField).statusCode())
			.isEqualTo(404);

		Http landkreisUser = Http.loggedIn(this.port,
				this.access.create("landkreis-osnabrueck", "kreis", Role.COUNSELLOR).username(),
				AccessFixtures.PASSWORD);
		assertThat(landkreisUser.get("/strategy").body()).contains(adopted.title())
			.doesNotContain("Vielfalt gemeinsam gestalten");
	}

}
