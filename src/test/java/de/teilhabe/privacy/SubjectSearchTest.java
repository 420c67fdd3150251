package de.teilhabe.privacy;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.Pdfs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The privacy officer finds a person by name or e-mail across the modules (audited), and
 * reads the Art. 15 answer as a German document with local times and words, no keys.
 */
@IntegrationTest
class SubjectSearchTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	UUID landkreis;

	UUID contact;

	String email;

	String name;

	String organisation;

	@BeforeEach
	void contactPerson() {
		PrivacyFixtures fixtures = PrivacyFixtures.of(this.context);
		this.landkreis = fixtures.tenant(PrivacyFixtures.LANDKREIS);
		Map<String, Object> org = this.jdbc
			.sql("SELECT id, name FROM network_organisation WHERE tenant_id = ? ORDER BY name LIMIT 1")
			.param(this.landkreis)
			.query()
			.singleRow();
		this.organisation = (String) org.get("name");
		this.contact = UUID.randomUUID();
		String unique = this.contact.toString().substring(0, 8);
		this.email = "frieda." + unique + "@example.org";
		this.name = "Frieda Sucher-" + unique;
		this.jdbc
			.sql("INSERT INTO network_contact (tenant_id, id, organisation_id, name, function, email, public_contact, "
					+ "created_at) VALUES (?, ?, ?, ?, 'Vorstand', ?, true, ?)")
			.params(this.landkreis, this.contact, org.get("id"), this.name, this.email,
					OffsetDateTime.parse("2026-07-01T10:00:00Z"))
			.update();
	}

	@Test
	void searchByEMailFindsTheContactPersonAndIsAudited() {
		Http officer = Http.loggedIn(this.port, "datenschutz", "demo");
		HttpResponse<String> page = officer.get("/privacy/subjects?q=" + encode(this.email.toUpperCase()));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("1 Treffer für „" + this.email.toUpperCase() + "“")
			.contains(this.name)
			.contains("Ansprechperson einer Organisation")
			.contains(this.organisation)
			.contains("/privacy/subjects?type=network-contact&amp;id=" + this.contact);
		List<String> audited = this.jdbc
			.sql("SELECT reason FROM audit_event WHERE tenant_id = ? AND action = 'subject.searched' ORDER BY id")
			.param(this.landkreis)
			.query(String.class)
			.list();
		// the audit names what was found, never what was typed (it may be a counselling
		// client's name)
		assertThat(audited).contains("(1) network-contact " + this.contact)
			.noneMatch((reason) -> reason.toLowerCase(Locale.ROOT).contains(this.email));
		assertThat(officer.get("/privacy/subjects?q=F").body()).contains("Bitte geben Sie 2 bis 200 Zeichen ein.");
	}

	@Test
	void theChosenPersonsPageIsHeadedByTheirNameNotAnId() {
		Http officer = Http.loggedIn(this.port, "datenschutz", "demo");
		String page = officer.get("/privacy/subjects?type=network-contact&id=" + this.contact).body();
		String heading = page.substring(page.indexOf("id=\"subject-title\""));
		heading = heading.substring(heading.indexOf('>') + 1, heading.indexOf("</h2>"));
		assertThat(heading).isEqualTo(this.name + " (Ansprechperson einer Organisation)");
		String unknown = officer.get("/privacy/subjects?type=network-contact&id=" + java.util.UUID.randomUUID()).body();
		assertThat(unknown).contains("Ansprechperson einer Organisation ohne gespeicherten Namen");
	}

	@Test
	void theArt15AnswerIsAGermanDocumentWithLocalTimes() {
		Http officer = Http.loggedIn(this.port, "datenschutz", "demo");
		String subjectPage = "/privacy/subjects?type=network-contact&id=" + this.contact;
		HttpResponse<String> report = officer.submit(subjectPage,
				"/privacy/subjects/network-contact/" + this.contact + "/report", Map.of("reason", "Antrag AZ-15"));
		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(report.body()).contains("Auskunft nach Art. 15 DSGVO")
			.contains("Landkreis Osnabrück")
			.contains("Ansprechperson im Akteursnetzwerk")
			.contains(">E-Mail-Adresse<")
			.contains(this.email)
			.contains(">Öffentlich angezeigt<")
			.contains(">ja<")
			.contains("01.07.2026 12:00")
			.contains("Antrag AZ-15")
			.doesNotContain("network.contact")
			.doesNotContain("storedSince")
			.doesNotContain("shownPublicly")
			.doesNotContain("2026-07-01T");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_event WHERE action = 'subject.exported' AND record_id = ? AND reason = ?")
			.params("network-contact:" + this.contact, "Antrag AZ-15")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theArt15AnswerDownloadsAsATaggedPdfWithTheTenantsLetterhead() {
		Http officer = Http.loggedIn(this.port, "datenschutz", "demo");
		String subjectPage = "/privacy/subjects?type=network-contact&id=" + this.contact;
		assertThat(officer.get(subjectPage).body()).contains("Auskunft herunterladen (PDF)")
			.contains("/privacy/subjects/network-contact/" + this.contact + "/report.pdf");
		HttpResponse<byte[]> pdf = officer.submitForBytes(subjectPage,
				"/privacy/subjects/network-contact/" + this.contact + "/report.pdf", Map.of("reason", "Antrag AZ-PDF"));
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
			.contains("auskunft-network-contact-" + this.contact + ".pdf");
		assertThat(pdf.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		assertThat(Pdfs.pdfUaFailures(pdf.body())).isEmpty();
		assertThat(Pdfs.text(pdf.body())).contains("Auskunft nach Art. 15 DSGVO")
			.contains("Landkreis Osnabrück")
			.contains("Ansprechperson im Akteursnetzwerk")
			.contains(this.email)
			.contains("01.07.2026 12:00")
			.contains("Antrag AZ-PDF")
			.contains("1 / 1")
			.doesNotContain("Zurück zur Person");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_event WHERE action = 'subject.exported' AND record_id = ? AND reason = ?")
			.params("network-contact:" + this.contact, "Antrag AZ-PDF")
			.query(Long.class)
			.single()).isEqualTo(1);
		HttpResponse<String> noReason = officer.submit(subjectPage,
				"/privacy/subjects/network-contact/" + this.contact + "/report.pdf", Map.of("reason", " "));
		assertThat(noReason.statusCode()).isEqualTo(400);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
