package de.teilhabe.council.member;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office's forms of terms with their elections, persons, memberships (the successor
 * in one step) and working groups: all or nothing with every wrong field named, audited,
 * {@code modified_at} set, deleting as a tombstone; other roles refused, another tenant's
 * record not found.
 */
@IntegrationTest
class CouncilMembersTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTermWithItsElectionAndResults() {
		Http office = Http.loggedIn(this.port, "beirat", "demo");
		String name = "Wahlperiode 2031–2036 " + unique();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", name);
		form.put("startDate", "2031-12-01");
		form.put("endDate", "2036-11-30");
		form.put("electionDate", "2031-11-09");
		form.put("eligibleVoters", "25000");
		form.put("votesCast", "2000");
		form.put("results[0].listName", "Liste Vielfalt");
		form.put("results[0].votes", "900");
		form.put("results[0].seats", "5");
		form.put("results[1].listName", "Liste Vielfalt");
		form.put("results[1].candidateName", "Aylin Demir");
		form.put("results[1].votes", "310");
		form.put("results[1].elected", "true");
		form.put("results[3].listName", "Liste Zukunft");
		form.put("results[3].votes", "800");
		form.put("results[3].seats", "6");
		HttpResponse<String> created = office.submit("/council/terms/new", "/council/terms", form);
		assertThat(created.statusCode()).isEqualTo(302);
		UUID id = this.jdbc.sql("SELECT id FROM council_term WHERE name = ?").params(name).query(UUID.class).single();
		assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/council?term=" + id);
		assertThat(office.get("/council?term=" + id).body()).contains(name,
				"8,0 % (2.000 von 25.000 Wahlberechtigten)");
		// the spare row 2 is left out, the rows numbered again
		assertThat(this.jdbc
			.sql("""
					SELECT string_agg(list_name || ':' || coalesce(candidate_name, '-') || ':' || votes || ':' || elected, '|'
					                  ORDER BY position) FROM council_election_result WHERE term_id = ?""")
			.params(id)
			.query(String.class)
			.single())
			.isEqualTo("Liste Vielfalt:-:900:false|Liste Vielfalt:Aylin Demir:310:true|Liste Zukunft:-:800:false");
		assertThat(audits("council.term.created", id)).isEqualTo(1);
		assertThat(office.get("/council/terms/" + id + "/edit").body()).contains("Aylin Demir", "value=\"25000\"");

		// all or nothing: every wrong field named, nothing stored
		Map<String, String> wrong = new LinkedHashMap<>(form);
		wrong.put("name", "x".repeat(300));
		wrong.put("endDate", "2030-01-01");
		wrong.put("votesCast", "30000");
		wrong.put("results[0].votes", "-1");
		wrong.put("results[0].seats", "12");
		wrong.put("results[3].votes", "viele");
		HttpResponse<String> refused = office.submit("/council/terms/" + id + "/edit", "/council/terms/" + id, wrong);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Bitte korrigieren Sie 7 Fehler", "Name: Höchstens 200 Zeichen.",
				"Ende: Das Ende liegt vor dem Beginn.", "Wählende: Es können nicht mehr Menschen wählen",
				"Stimmen, Zeile 1: Bitte eine Zahl von 0 bis ", "Sitze, Zeile 1: Der Beirat hat nur 11 Sitze.",
				"Ergebnisse: Die Listen haben zusammen 18 Sitze", "Stimmen, Zeile 3: Bitte eine ganze Zahl angeben.");
		Map<String, String> tooMany = new LinkedHashMap<>(form);
		tooMany.put("results[3].seats", "7");
		assertThat(office.submit("/council/terms/" + id + "/edit", "/council/terms/" + id, tooMany).body())
			.contains("Die Listen haben zusammen 12 Sitze, der Beirat hat nur 11.");
		assertThat(this.jdbc.sql("SELECT votes_cast FROM council_term WHERE id = ?")
			.params(id)
			.query(Integer.class)
			.single()).isEqualTo(2000);
		Map<String, String> nul = new LinkedHashMap<>(form);
		nul.put("name", "Wahl\u0000periode");
		assertThat(office.submit("/council/terms/" + id + "/edit", "/council/terms/" + id, nul).statusCode())
			.isEqualTo(400);
		assertThat(office.language("en").submit("/council/terms/new", "/council/terms", Map.of()).body())
			.contains("Name: Please fill in.");

		// editing sets modified_at; deleting leaves a tombstone
		Map<String, String> edited = new LinkedHashMap<>(form);
		edited.put("votesCast", "2100");
		assertThat(office.submit("/council/terms/" + id + "/edit", "/council/terms/" + id, edited).statusCode())
			.isEqualTo(302);
		assertThat(this.jdbc.sql("SELECT modified_at > created_at FROM council_term WHERE id = ?")
			.params(id)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(office.submit("/council/terms/" + id + "/edit", "/council/terms/" + id + "/delete", Map.of())
			.statusCode()).isEqualTo(302);
		assertThat(
				this.jdbc.sql("SELECT deleted FROM council_term WHERE id = ?").params(id).query(Boolean.class).single())
			.isTrue();
		assertThat(office.get("/council/terms/" + id + "/edit").statusCode()).isEqualTo(404);
		assertThat(audits("council.term.deleted", id)).isEqualTo(1);
	}

	@Test
	void personsMembershipsAndTheSuccessorInOneStep() {
		Http office = Http.loggedIn(this.port, "beirat", "demo");
		UUID leaving = createPerson(office, "Lea", "Gehend " + unique(), "lea@example.org");
		UUID successor = createPerson(office, "Nuri", "Nachrück " + unique(), "");
		assertThat(this.jdbc.sql("SELECT email FROM council_person WHERE id = ?")
			.params(leaving)
			.query(String.class)
			.single()).isEqualTo("lea@example.org");
		HttpResponse<String> badPerson = office.submit("/council/persons/new", "/council/persons",
				Map.of("givenName", "", "familyName", "y".repeat(100_000), "email", "kein-at"));
		assertThat(badPerson.statusCode()).isEqualTo(400);
		assertThat(badPerson.body()).contains("Vorname: Bitte ausfüllen.", "Familienname: Höchstens 100 Zeichen.",
				"E-Mail-Adresse: Bitte eine gültige E-Mail-Adresse angeben");

		UUID council = id("SELECT c.id FROM council_committee c JOIN tenant n ON n.id = c.tenant_id"
				+ " WHERE n.slug = 'landkreis-osnabrueck' AND c.kind = 'COUNCIL'");
		UUID term = id("SELECT t.id FROM council_term t JOIN tenant n ON n.id = t.tenant_id"
				+ " WHERE n.slug = 'landkreis-osnabrueck' AND t.name = 'Wahlperiode 2026–2031'");
		LocalDate termStart = this.jdbc.sql("SELECT start_date FROM council_term WHERE id = ?")
			.params(term)
			.query(LocalDate.class)
			.single();
		Map<String, String> membership = new LinkedHashMap<>();
		membership.put("committee", council.toString());
		membership.put("term", term.toString());
		membership.put("role", "CHAIR");
		membership.put("votingRight", "VOTING");
		membership.put("delegatedBy", "");
		membership.put("startDate", termStart.toString());
		membership.put("endDate", "");
		String newForm = "/council/persons/" + leaving + "/memberships/new";
		assertThat(office.get(newForm).body()).contains("Beirat für Migration", "Wahlperiode 2026–2031");
		// the Beirat has its chair already (Aylin Demir); a date before the term; an end
		// before the start
		HttpResponse<String> refused = office.submit(newForm, "/council/persons/" + leaving + "/memberships",
				Map.of("committee", council.toString(), "term", term.toString(), "role", "CHAIR", "votingRight",
						"VOTING", "startDate", termStart.minusDays(1).toString(), "endDate",
						termStart.minusDays(2).toString()));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Ende: Das Ende liegt vor dem Beginn.",
				"Beginn: Das Datum liegt außerhalb der Wahlperiode 2026–2031.");
		HttpResponse<String> chair = office.submit(newForm, "/council/persons/" + leaving + "/memberships", membership);
		assertThat(chair.statusCode()).isEqualTo(400);
		assertThat(chair.body())
			.contains("Funktion: Dieses Gremium hat in dieser Zeit schon einen Vorsitz: Aylin Demir.");
		HttpResponse<String> otherTenantsChoice = office.submit(newForm, "/council/persons/" + leaving + "/memberships",
				Map.of("committee", UUID.randomUUID().toString(), "term", "kein-uuid", "role", "KING", "votingRight",
						"VOTING", "startDate", termStart.toString()));
		assertThat(otherTenantsChoice.statusCode()).isEqualTo(400);
		assertThat(otherTenantsChoice.body()).contains("Gremium: Bitte einen der angebotenen Einträge wählen.",
				"Wahlperiode: Bitte einen der angebotenen Werte wählen.",
				"Funktion: Bitte einen der angebotenen Werte wählen.");

		membership.put("role", "MEMBER");
		assertThat(office.submit(newForm, "/council/persons/" + leaving + "/memberships", membership).statusCode())
			.isEqualTo(302);
		UUID ended = id("SELECT id FROM council_membership WHERE person_id = '" + leaving + "'");
		assertThat(audits("council.membership.created", ended)).isEqualTo(1);

		// end it and name the successor in one step
		String endForm = "/council/memberships/" + ended + "/end";
		assertThat(office.get(endForm).body()).contains("Nuri Nachrück");
		HttpResponse<String> badEnd = office.submit(endForm, endForm,
				Map.of("endDate", termStart.plusDays(30).toString(), "successor", successor.toString(),
						"successorStart", termStart.plusDays(30).toString()));
		assertThat(badEnd.statusCode()).isEqualTo(400);
		assertThat(badEnd.body()).contains("Beginn der Nachfolge: Die Nachfolge beginnt nach dem Ende");
		HttpResponse<String> done = office.submit(endForm, endForm, Map.of("endDate", termStart.plusDays(30).toString(),
				"successor", successor.toString(), "successorStart", termStart.plusDays(31).toString()));
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("SELECT end_date FROM council_membership WHERE id = ?")
			.params(ended)
			.query(LocalDate.class)
			.single()).isEqualTo(termStart.plusDays(30));
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM council_membership WHERE person_id = ? AND replaces_id = ? AND committee_id = ?
				AND term_id = ? AND role = 'MEMBER' AND voting_right AND start_date = ? AND end_date IS NULL""")
			.params(successor, ended, council, term, termStart.plusDays(31))
			.query(Integer.class)
			.single()).isEqualTo(1);
		String successorPage = office.get("/council/persons/" + successor).body();
		assertThat(successorPage).contains("Nachfolge für Lea Gehend");
		assertThat(office.get("/council").body()).contains("Nuri Nachrück", "Nachfolge für Lea Gehend");
		assertThat(audits("council.membership.ended", ended)).isEqualTo(1);
		assertThat(office.language("en").get("/council/persons/" + successor).body()).contains("successor of Lea");

		// delete the person: a tombstone, gone from the list
		assertThat(office.submit("/council/persons/" + leaving, "/council/persons/" + leaving + "/delete", Map.of())
			.statusCode()).isEqualTo(302);
		assertThat(office.get("/council/persons").body()).doesNotContain("Gehend").contains("Nachrück");
		assertThat(office.get("/council/persons/" + leaving).statusCode()).isEqualTo(404);
		// her memberships with her: tombstones OParl clients learn of
		assertThat(this.jdbc.sql("SELECT deleted FROM council_membership WHERE id = ?")
			.params(ended)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void workingGroupsUnderTheBeirat() {
		Http office = Http.loggedIn(this.port, "beirat", "demo");
		String name = "Arbeitsgruppe Gesundheit " + unique();
		Map<String, String> form = Map.of("name", name, "shortName", "AG Gesundheit", "startDate", "2027-01-01",
				"endDate", "", "description", "Zugang zu Ärztinnen und Ärzten,\nSprachmittlung.");
		assertThat(office.submit("/council/working-groups/new", "/council/working-groups", form).statusCode())
			.isEqualTo(302);
		UUID id = id("SELECT id FROM council_committee WHERE name = '" + name + "'");
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM council_committee g JOIN council_committee c ON c.tenant_id = g.tenant_id
				AND c.id = g.parent_id WHERE g.id = ? AND g.kind = 'WORKING_GROUP' AND c.kind = 'COUNCIL'""")
			.params(id)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(office.get("/council/working-groups").body()).contains(name);
		HttpResponse<String> refused = office.submit("/council/working-groups/" + id + "/edit",
				"/council/working-groups/" + id,
				Map.of("name", "", "startDate", "2027-02-30", "endDate", "2026-01-01"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Name: Bitte ausfüllen.", "Beginn: Bitte ein Datum angeben");
		assertThat(office
			.submit("/council/working-groups/" + id + "/edit", "/council/working-groups/" + id + "/delete", Map.of())
			.statusCode()).isEqualTo(302);
		assertThat(office.get("/council/working-groups").body()).doesNotContain(name);
		assertThat(audits("council.committee.deleted", id)).isEqualTo(1);
	}

	@Test
	void otherRolesAndAnotherTenantsRecordsAreRefused() {
		UUID stadt = id("SELECT id FROM tenant WHERE slug = 'stadt-osnabrueck'");
		UUID person = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO council_person (tenant_id, id, given_name, family_name, created_at, modified_at)
				VALUES (?, ?, 'Stadt', 'Person', now(), now())""").params(stadt, person).update();
		Http office = Http.loggedIn(this.port, "beirat", "demo");
		assertThat(office.get("/council/persons/" + person).statusCode()).isEqualTo(404);
		assertThat(office.get("/council/persons/" + person + "/edit").statusCode()).isEqualTo(404);
		assertThat(office
			.submit("/council/persons", "/council/persons/" + person,
					Map.of("givenName", "Land", "familyName", "Kreis"))
			.statusCode()).isEqualTo(404);
		assertThat(office.get("/council/persons/not-an-id").statusCode()).isEqualTo(400);
		Http strategy = Http.loggedIn(this.port, "strategie", "demo");
		assertThat(strategy.get("/council/persons").statusCode()).isEqualTo(403);
		assertThat(strategy.get("/council/terms/new").statusCode()).isEqualTo(403);
		assertThat(strategy
			.postForm("/council/persons", Map.of("givenName", "A", "familyName", "B"), strategy.csrfFrom("/"))
			.statusCode()).isEqualTo(403);
		assertThat(Http.loggedIn(this.port, "admin", "demo").get("/council/working-groups").statusCode())
			.isEqualTo(403);
		assertThat(new Http(this.port).get("/council/persons").statusCode()).isEqualTo(302);
	}

	private UUID createPerson(Http office, String given, String family, String email) {
		HttpResponse<String> created = office.submit("/council/persons/new", "/council/persons",
				Map.of("givenName", given, "familyName", family, "email", email));
		assertThat(created.statusCode()).isEqualTo(302);
		return id("SELECT id FROM council_person WHERE family_name = '" + family + "'");
	}

	private UUID id(String sql) {
		return this.jdbc.sql(sql).query(UUID.class).single();
	}

	private int audits(String action, UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM audit_event WHERE action = ? AND record_id = ?")
			.params(action, id.toString())
			.query(Integer.class)
			.single();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

}
