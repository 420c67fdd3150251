package de.teilhabe.counselling;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.counselling.CounsellingFixtures.json;
import static de.teilhabe.counselling.CounsellingFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's plaintext is nowhere at rest: after a client with distinctive names, phone,
 * e-mail, nationality and note is entered, changed, found and read (API and pages), every
 * text, JSON and binary column of every table in every schema of the database (the
 * clients, the name keys, the audit log, the event registry, the mail outbox, the
 * sessions …) is searched for each value, as text and as UTF-8 bytes, and none is found;
 * the log lines of the requests hold none either. The API still answers the values.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ClientEncryptionAtRestTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void noPlaintextOfAClientIsStoredOrLogged(CapturedOutput output) {
		CounsellingFixtures fixtures = new CounsellingFixtures(this.context, this.port);
		TestUser counsellor = fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		Http api = fixtures.api(counsellor);
		String first = uniqueName("Xerxesfirst");
		String last = uniqueName("Zarathustralast");
		String phone = "+49 541 90817263";
		String email = uniqueName("postfach") + "@example.org";
		String nationality = uniqueName("Nationalitaet");
		String note = "Diagnose " + uniqueName("Geheimnotiz");
		HttpResponse<String> created = api.send("POST", "/api/v1/counselling/clients", "application/json", """
				{"firstName": "%s", "lastName": "%s", "phone": "%s", "email": "%s", "birthYear": 1979,
				 "nationality": "%s", "languages": ["fa"], "residenceStatus": "TOLERATED", "note": "%s"}"""
			.formatted(first, last, phone, email, nationality, note));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		UUID id = UUID.fromString((String) json(created).get("id"));
		assertThat(api
			.send("PUT", "/api/v1/counselling/clients/" + id, "application/json",
					"""
							{"firstName": "%s", "lastName": "%s", "phone": "%s", "email": "%s", "birthYear": 1979,
							 "nationality": "%s", "languages": ["fa"], "residenceStatus": "TOLERATED", "note": "%s"}"""
						.formatted(first, last, phone, email, nationality, note))
			.statusCode()).isEqualTo(200);
		assertThat(api.get("/api/v1/counselling/clients?q=" + last).body()).contains(first);
		assertThat(api.get("/api/v1/counselling/clients/" + id).body()).contains(note).contains(phone);
		Http session = fixtures.session(counsellor);
		assertThat(session.get("/counselling/clients/" + id).body()).contains(last);
		assertThat(session.get("/counselling/clients?q=" + first).body()).contains(last);

		// a household member (part household): its first name is encrypted too
		String member = uniqueName("Haushaltsmitglied");
		HttpResponse<String> added = api.send("POST", "/api/v1/counselling/clients/" + id + "/household",
				"application/json", """
						{"relationship": "CHILD", "firstName": "%s", "birthYear": 2011, "gender": "DIVERSE"}"""
					.formatted(member));
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		assertThat(api.get("/api/v1/counselling/clients/" + id + "/household").body()).contains(member);
		assertThat(session.get("/counselling/clients/" + id).body()).contains(member);

		List<String> secrets = List.of(first, last, first.toLowerCase(), last.toLowerCase(), phone, "90817263", email,
				nationality, note.substring("Diagnose ".length()), member);
		List<String> found = StoredValues.whereStored(this.context.getEnvironment(), secrets);
		assertThat(found).isEmpty();
		for (String secret : secrets) {
			assertThat(output.getAll()).as("the log").doesNotContain(secret);
		}
		// an audit entry for each read, none with a name
		assertThat(fixtures.readReasons(id, counsellor.id())).contains("detail", "list");
	}

}
