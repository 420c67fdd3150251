package de.teilhabe.counselling;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.counselling.CounsellingFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client as a data subject of the PRIVACY_OFFICER's requests: found by a name in
 * another transliteration, exported (Art. 15) as a document, a PDF and JSON with every
 * field, the deputies and the break-glass accesses (each read audited), and erased (Art.
 * 17): afterwards neither a value nor a hashed name key of the client is stored anywhere.
 */
@IntegrationTest
class ClientPrivacyTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aClientIsFoundExportedAndErased() {
		CounsellingFixtures fixtures = new CounsellingFixtures(this.context, this.port);
		TestUser counsellor = fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		TestUser deputy = fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		TestUser colleague = fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		Http api = fixtures.api(counsellor);
		String suffix = uniqueName("");
		String first = uniqueName("Yusufa");
		String last = "Schewtschenko" + suffix;
		String phone = "+49 30 23125 7781";
		String email = uniqueName("auskunft") + "@example.org";
		String nationality = uniqueName("Staat");
		String note = uniqueName("Beratungsnotiz");
		UUID id = CounsellingFixtures.create(api, """
				{"firstName": "%s", "lastName": "%s", "phone": "%s", "email": "%s", "birthYear": 1984,
				 "gender": "FEMALE", "nationality": "%s", "languages": ["ar", "de"], "residenceStatus": "TOLERATED",
				 "arrivalYear": 2015, "gemeinde": "%s", "germanLevel": "B1", "note": "%s", "confirmDuplicate": true}"""
			.formatted(first, last, phone, email, nationality, CounsellingFixtures.QUAKENBRUECK, note));
		String deputies = "/counselling/clients/" + id + "/deputies";
		assertThat(AccessFixtures
			.post(fixtures.session(counsellor), deputies, deputies, "deputies", deputy.id().toString())
			.statusCode()).isEqualTo(302);
		String breakGlass = "/counselling/clients/" + id + "/break-glass";
		String reason = "Vertretung im Urlaub, Termin morgen frueh";
		assertThat(
				AccessFixtures.post(fixtures.session(colleague), breakGlass, breakGlass, "reason", reason).statusCode())
			.isEqualTo(302);

		TestUser officer = fixtures.user(CounsellingFixtures.LANDKREIS, Role.PRIVACY_OFFICER);
		Http officerPages = fixtures.session(officer);
		Http officerApi = fixtures.api(officer);
		String subject = "type=counselling-client&amp;id=" + id;
		// found in another transliteration of the family name, through the hashed keys
		String found = officerPages.get("/privacy/subjects?q=Shevchenko" + suffix).body();
		assertThat(found).contains(subject).contains(last).contains("Klientin oder Klient der Beratungsstelle");
		// searched under the stored spelling too: the audit of a search keeps no query
		// (scanned below)
		assertThat(officerPages.get("/privacy/subjects?q=" + last).body()).contains(subject);
		TestUser otherOfficer = fixtures.user(CounsellingFixtures.STADT, Role.PRIVACY_OFFICER);
		assertThat(fixtures.session(otherOfficer).get("/privacy/subjects?q=Shevchenko" + suffix).body())
			.doesNotContain(last);
		assertThat(fixtures.api(otherOfficer)
			.get("/api/v1/privacy/subjects/counselling-client/" + id + "/export?reason=Antrag")
			.statusCode()).isEqualTo(404);

		String requestPage = "/privacy/subjects?type=counselling-client&id=" + id;
		String document = officerPages
			.submit(requestPage, "/privacy/subjects/counselling-client/" + id + "/report",
					Map.of("reason", "Auskunftsantrag 7/2026"))
			.body();
		assertThat(document).contains("Klientin oder Klient der Beratungsstelle für Zugewanderte")
			.contains(first)
			.contains(last)
			.contains(phone)
			.contains(email)
			.contains(nationality)
			.contains(note)
			.contains("1984")
			.contains("weiblich")
			.contains("Duldung")
			.contains("Quakenbrück")
			.contains("Arabisch")
			.contains("B1")
			.contains("Vertretungen")
			.contains("Test " + deputy.username())
			.contains("Test " + counsellor.username())
			.contains("Notfallzugriffe")
			.contains("Test " + colleague.username())
			.contains(reason);
		HttpResponse<byte[]> pdf = officerPages.submitForBytes(requestPage,
				"/privacy/subjects/counselling-client/" + id + "/report.pdf",
				Map.of("reason", "Auskunftsantrag 7/2026"));
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		String json = officerApi
			.get("/api/v1/privacy/subjects/counselling-client/" + id + "/export?reason=Auskunftsantrag")
			.body();
		assertThat(json).contains("\"counselling.client\"")
			.contains("\"counselling.client-break-glass\"")
			.contains("\"firstName\":\"" + first + "\"")
			.contains("\"lastName\":\"" + last + "\"")
			.contains(email)
			.contains(note)
			.contains("\"residenceStatus\":\"TOLERATED\"")
			.contains("\"breakGlassReason\":\"" + reason + "\"");
		assertThat(fixtures.readReasons(id, officer.id())).isNotEmpty()
			.allMatch((why) -> why.startsWith("data subject"));

		List<Object> stored = new ArrayList<>(List.of(first, last, phone, "23125 7781", email, nationality, note));
		stored.addAll(fixtures.jdbc()
			.sql("SELECT key_hash FROM counselling_client_name_key WHERE client_id = ?")
			.param(id)
			.query(byte[].class)
			.list());
		assertThat(stored).hasSizeGreaterThan(7);

		HttpResponse<String> erased = officerApi.send("POST",
				"/api/v1/privacy/subjects/counselling-client/" + id + "/erasure", "application/json",
				"{\"reason\": \"Löschantrag 8/2026\", \"confirm\": true}");
		assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
		assertThat(erased.body()).contains("\"affected\":1").contains("Klientin oder Klient gelöscht");

		assertThat(officerPages.get("/privacy/subjects?q=Shevchenko" + suffix).body()).contains("Keine Treffer")
			.doesNotContain(subject);
		assertThat(officerApi.get("/api/v1/privacy/subjects/counselling-client/" + id + "/export?reason=Antrag")
			.statusCode()).isEqualTo(404);
		assertThat(api.get("/api/v1/counselling/clients/" + id).statusCode()).isEqualTo(404);
		assertThat(api.get("/api/v1/counselling/clients?q=" + last).body()).doesNotContain(id.toString());
		assertThat(StoredValues.whereStored(this.context.getEnvironment(), stored)).isEmpty();
	}

}
