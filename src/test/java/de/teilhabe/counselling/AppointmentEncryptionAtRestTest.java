package de.teilhabe.counselling;

import de.teilhabe.support.BerlinTime;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.counselling.CounsellingFixtures.create;
import static de.teilhabe.counselling.CounsellingFixtures.json;
import static de.teilhabe.counselling.CounsellingFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The place details and the note of an appointment are nowhere at rest in plain: after an
 * appointment is made, changed, listed and shown (API and pages), no text, JSON or binary
 * column of any table holds them, nor the client's name (the audit log of the list
 * included). The API and the calendar still show them.
 */
@IntegrationTest
class AppointmentEncryptionAtRestTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void noPlaintextOfAnAppointmentIsStored() {
		CounsellingFixtures fixtures = new CounsellingFixtures(this.context, this.port);
		TestUser counsellor = fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		Http api = fixtures.api(counsellor);
		String last = uniqueName("Terminlast");
		UUID client = create(api, """
				{"firstName": "Leyla", "lastName": "%s", "languages": ["ti"], "confirmDuplicate": true}"""
			.formatted(last));
		String detail = "Unterkunft " + uniqueName("Geheimweg");
		String note = "Befund " + uniqueName("Geheimtermin");
		LocalDate day = BerlinTime.today().plusDays(3);
		String body = """
				{"clientId": "%s", "date": "%s", "startTime": "08:00", "endTime": "09:00", "place": "OUTREACH",
				 "placeDetail": "%s", "note": "%s"}""".formatted(client, day, detail, note);
		HttpResponse<String> created = api.send("POST", "/api/v1/counselling/appointments", "application/json", body);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = (String) json(created).get("id");
		assertThat(api.send("PUT", "/api/v1/counselling/appointments/" + id, "application/json", body).statusCode())
			.isEqualTo(200);
		assertThat(api.get("/api/v1/counselling/appointments?from=" + day + "&to=" + day).body()).contains(note)
			.contains(detail);
		Http session = fixtures.session(counsellor);
		assertThat(session.get("/counselling/calendar?week=" + day).body()).contains(detail).contains(last);
		assertThat(session.get("/counselling/appointments/" + id).body()).contains(note);

		List<String> secrets = List.of(last, last.toLowerCase(), detail.substring("Unterkunft ".length()),
				note.substring("Befund ".length()));
		assertThat(StoredValues.whereStored(this.context.getEnvironment(), secrets)).isEmpty();
	}

}
