package de.teilhabe.counselling;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record of processing activities (Art. 30) of the Beratungsstelle: generated from
 * the running system (the registered encrypted columns, the configured retention period,
 * the consent purposes' recipients), as a page and a PDF for the PRIVACY_OFFICER and,
 * read only, for the counsellors; ADMIN is refused.
 */
@IntegrationTest
class ProcessingRecordTest {

	@LocalServerPort
	int port;

	@Test
	void theOfficerAndTheCounsellorsReadTheRecord() {
		Http officer = Http.loggedIn(this.port, "datenschutz", "demo");
		String page = officer.get("/privacy/records/counselling").body();
		assertThat(page).contains("Verzeichnis von Verarbeitungstätigkeiten: Beratungsstelle für Zugewanderte")
			.contains("Landkreis Osnabrück")
			.contains("counselling_client.first_name_sealed")
			.contains("counselling_client.note_sealed")
			.contains("counselling_break_glass.reason_sealed")
			.doesNotContain("consent_record.")
			.contains("Ein Fall wird 3 Jahre nach dem Tag seines Abschlusses anonymisiert")
			.contains("Weitergabe an das Jobcenter")
			.contains("das Jobcenter des Landkreises")
			.contains("Art. 9 Abs. 2 lit. a DSGVO")
			.contains("/privacy/records/counselling.pdf");
		assertThat(officer.get("/privacy/records/counselling?lang=en").body())
			.contains("Record of processing activities: counselling service for immigrants");
		HttpResponse<byte[]> pdf = officer.getBytes("/privacy/records/counselling.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		Http counsellor = Http.loggedIn(this.port, "beratung", "demo");
		assertThat(counsellor.get("/counselling/processing-record").body())
			.contains("counselling_client.first_name_sealed")
			.contains("/counselling/processing-record.pdf");
		assertThat(counsellor.getBytes("/counselling/processing-record.pdf").statusCode()).isEqualTo(200);
		assertThat(counsellor.get("/privacy/records/counselling").statusCode()).isEqualTo(403);

		Http admin = Http.loggedIn(this.port, "admin", "demo");
		assertThat(admin.get("/privacy/records/counselling").statusCode()).isEqualTo(403);
		assertThat(admin.get("/counselling/processing-record").statusCode()).isEqualTo(403);
	}

}
