package de.teilhabe.council.paper;

import de.teilhabe.support.BerlinTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office's papers: the list with its filters, a paper created with its generated
 * reference, its consultations, and PDF uploads checked by content (not by name), size
 * and active content; the download; a public paper with its file appears in OParl, a
 * non-public one never; other roles refused, another tenant's paper not found.
 */
@IntegrationTest
class CouncilPapersTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theListFiltersAndKeepsItsFiltersInItsLinks() {
		Http office = Http.loggedIn(this.port, "beirat", "demo");
		String all = office.get("/council/papers").body();
		assertThat(all).contains("Drucksachen", "BfM/");
		int year = BerlinTime.today().getYear() - 1;
		String motions = office.get("/council/papers?type=MOTION&year=" + year + "&visibility=public").body();
		assertThat(motions).contains("Antrag").doesNotContain(">Vorlage</td>");
		String nonPublic = office.get("/council/papers?visibility=nonPublic").body();
		assertThat(nonPublic).contains("nichtöffentlich</td>").doesNotContain(">öffentlich</td>");
		// more than 50 public papers in the demo: the next page keeps the filter
		String first = office.get("/council/papers?visibility=public").body();
		assertThat(first).contains("Seite 1 von", "href=\"/council/papers?visibility=public&amp;page=1\"");
		assertThat(office.get("/council/papers?visibility=public&page=1").body()).contains("Seite 2 von",
				"href=\"/council/papers?visibility=public\"");
		String reference = this.jdbc.sql("""
				SELECT p.reference FROM council_paper p JOIN tenant n ON n.id = p.tenant_id
				WHERE n.slug = 'landkreis-osnabrueck' AND NOT p.deleted ORDER BY p.reference LIMIT 1""")
			.query(String.class)
			.single();
		assertThat(office.get("/council/papers?q=" + reference).body()).contains("1 Drucksache", reference);
		assertThat(office.get("/council/papers?type=KEIN").statusCode()).isEqualTo(400);
		assertThat(office.get("/council/papers?year=zwanzig").body()).contains("„year“");
		assertThat(office.get("/council/papers?visibility=egal").statusCode()).isEqualTo(400);
		assertThat(office.get("/council/papers?q=" + "x".repeat(300)).statusCode()).isEqualTo(400);
		assertThat(office.get("/council/papers?q=%00").statusCode()).isEqualTo(400);
		assertThat(office.get("/council/papers?page=-1").statusCode()).isEqualTo(400);
		assertThat(office.language("en").get("/council/papers").body()).contains("Papers", "Reference or title");
	}

	@Test
	void aPaperWithItsReferenceConsultationAndPdfShownInOParl() throws IOException {
		Http office = Http.loggedIn(this.port, "beirat", "demo");
		String title = "Antrag Sprachmittlung im Jobcenter " + unique();
		int year = BerlinTime.today().getYear();
		int before = this.jdbc.sql("""
				SELECT coalesce(max(CAST(split_part(p.reference, '/', 3) AS INT)), 0) FROM council_paper p
				JOIN tenant n ON n.id = p.tenant_id WHERE n.slug = 'landkreis-osnabrueck'
				AND p.reference LIKE 'BfM/' || ? || '/%'""").params(String.valueOf(year)).query(Integer.class).single();
		UUID council = this.jdbc.sql("""
				SELECT c.id FROM council_committee c JOIN tenant n ON n.id = c.tenant_id
				WHERE n.slug = 'landkreis-osnabrueck' AND c.kind = 'COUNCIL'""").query(UUID.class).single();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", title);
		form.put("paperType", "MOTION");
		form.put("paperDate", LocalDate.of(year, 1, 15).toString());
		form.put("publicPaper", "true");
		form.put("originator", council.toString());
		HttpResponse<String> created = office.submit("/council/papers/new", "/council/papers", form);
		assertThat(created.statusCode()).isEqualTo(302);
		UUID paper = this.jdbc.sql("SELECT id FROM council_paper WHERE name = ?")
			.params(title)
			.query(UUID.class)
			.single();
		String reference = "BfM/" + year + "/" + String.format("%03d", before + 1);
		String page = office.get("/council/papers/" + paper).body();
		assertThat(page).contains(reference, title, "Antrag", "Beirat für Migration");
		assertThat(audits("council.paper.created", paper)).isEqualTo(1);

		HttpResponse<String> refused = office.submit("/council/papers/new", "/council/papers", Map.of("name", "",
				"paperType", "GESETZ", "paperDate", "morgen", "originator", UUID.randomUUID().toString()));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Titel: Bitte ausfüllen.", "Art: Bitte einen der angebotenen Werte",
				"Datum: Bitte ein Datum angeben", "Eingebracht von: Bitte einen der angebotenen Einträge wählen.");

		// a consultation in a meeting of the Beirat
		UUID meeting = this.jdbc
			.sql("""
					SELECT id FROM council_meeting WHERE committee_id = ? AND NOT deleted ORDER BY starts_at DESC LIMIT 1""")
			.params(council)
			.query(UUID.class)
			.single();
		UUID group = this.jdbc
			.sql("""
					SELECT id FROM council_committee WHERE parent_id = ? AND kind = 'WORKING_GROUP' AND NOT deleted LIMIT 1""")
			.params(council)
			.query(UUID.class)
			.single();
		String consultationForm = "/council/papers/" + paper + "/consultations/new";
		assertThat(office.get(consultationForm).body()).contains("Sitzung des Beirats");
		HttpResponse<String> wrongMeeting = office.submit(consultationForm,
				"/council/papers/" + paper + "/consultations",
				Map.of("committee", group.toString(), "meeting", meeting.toString(), "role", "DECISION"));
		assertThat(wrongMeeting.statusCode()).isEqualTo(400);
		assertThat(wrongMeeting.body()).contains("Sitzung: Diese Sitzung ist keine des gewählten Gremiums.");
		assertThat(office.submit(consultationForm, "/council/papers/" + paper + "/consultations",
				Map.of("committee", council.toString(), "meeting", meeting.toString(), "role", "DECISION",
						"authoritative", "true", "result", "beschlossen"))
			.statusCode()).isEqualTo(302);
		assertThat(office.get("/council/papers/" + paper).body()).contains("Entscheidung", "federführend",
				"beschlossen");

		// uploads: checked by content, not by name
		String fileForm = "/council/papers/" + paper + "/files/new";
		HttpResponse<String> notPdf = upload(office, fileForm, paper, "antrag.pdf",
				"MZ\u0090 kein PDF".getBytes(StandardCharsets.ISO_8859_1), "MAIN", "");
		assertThat(notPdf.statusCode()).isEqualTo(400);
		assertThat(notPdf.body()).contains("Das ist keine PDF-Datei");
		HttpResponse<String> broken = upload(office, fileForm, paper, "kaputt.pdf",
				"%PDF-1.7\nnichts weiter".getBytes(StandardCharsets.US_ASCII), "MAIN", "");
		assertThat(broken.statusCode()).isEqualTo(400);
		assertThat(broken.body()).contains("lässt sich nicht lesen");
		HttpResponse<String> script = upload(office, fileForm, paper, "skript.pdf", pdfWithJavaScript(), "MAIN", "");
		assertThat(script.statusCode()).isEqualTo(400);
		assertThat(script.body()).contains("enthält JavaScript, eingebettete Dateien oder Startaktionen");
		assertThat(upload(office, fileForm, paper, "anhang.pdf", pdfWithEmbeddedFile(), "AUXILIARY", "").statusCode())
			.isEqualTo(400);
		HttpResponse<String> noFile = upload(office, fileForm, paper, null, null, "MINUTES", "x".repeat(300));
		assertThat(noFile.statusCode()).isEqualTo(400);
		assertThat(noFile.body()).contains("PDF-Datei: Bitte eine PDF-Datei wählen.",
				"Art der Datei: Bitte einen der angebotenen Einträge wählen.", "Titel: Höchstens 200 Zeichen.");
		assertThat(count("SELECT count(*) FROM council_file WHERE paper_id = ?", paper)).isZero();

		byte[] pdf = pdf();
		HttpResponse<String> uploaded = upload(office, fileForm, paper, "..\\..\\Antrag Sprach<mittlung>.PDF", pdf,
				"MAIN", "Antragstext");
		assertThat(uploaded.statusCode()).isEqualTo(302);
		UUID file = this.jdbc.sql("SELECT id FROM council_file WHERE paper_id = ? AND NOT deleted")
			.params(paper)
			.query(UUID.class)
			.single();
		assertThat(this.jdbc
			.sql("SELECT file_name || '|' || mime_type || '|' || size || '|' || sha1 FROM council_file"
					+ " WHERE id = ?")
			.params(file)
			.query(String.class)
			.single())
			.isEqualTo("Antrag_Sprach_mittlung_.pdf|application/pdf|" + pdf.length + "|"
					+ java.util.HexFormat.of().formatHex(sha1(pdf)));
		assertThat(office.get("/council/papers/" + paper).body()).contains("Antragstext", "Hauptdatei");
		HttpResponse<byte[]> download = office.getBytes("/council/files/" + file);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
		assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment",
				"Antrag_Sprach_mittlung_.pdf");
		assertThat(audits("council.file.created", file)).isEqualTo(1);

		// OParl: the public paper with its main file; its modified time follows the
		// upload
		Http anonymous = new Http(this.port);
		String oparl = anonymous.get("/oparl/v1.1/bodies/landkreis-osnabrueck/papers/" + paper).body();
		assertThat(oparl).contains(reference, title, "\"mainFile\"", "/files/" + file, "Antrag_Sprach_mittlung_.pdf",
				"\"Entscheidung\"");
		assertThat(anonymous.getBytes("/oparl/v1.1/bodies/landkreis-osnabrueck/files/" + file + "/download").body())
			.isEqualTo(pdf);

		// made non-public, it leaves OParl with its file
		form.put("publicPaper", "");
		assertThat(office.submit("/council/papers/" + paper + "/edit", "/council/papers/" + paper, form).statusCode())
			.isEqualTo(302);
		assertThat(anonymous.get("/oparl/v1.1/bodies/landkreis-osnabrueck/papers/" + paper).statusCode())
			.isEqualTo(404);
		assertThat(anonymous.get("/oparl/v1.1/bodies/landkreis-osnabrueck/files/" + file).statusCode()).isEqualTo(404);
		assertThat(anonymous
			.get("/oparl/v1.1/bodies/landkreis-osnabrueck/papers?modified_since=2000-01-01T00:00:00Z&limit=100")
			.body()).doesNotContain(title);

		// removing the file: a tombstone, no longer downloadable
		assertThat(
				office.submit("/council/papers/" + paper, "/council/files/" + file + "/delete", Map.of()).statusCode())
			.isEqualTo(302);
		assertThat(office.get("/council/files/" + file).statusCode()).isEqualTo(404);
		assertThat(count("SELECT count(*) FROM council_file WHERE id = ? AND deleted", file)).isEqualTo(1);

		// deleting the paper: its consultations with it
		assertThat(office.submit("/council/papers/" + paper, "/council/papers/" + paper + "/delete", Map.of())
			.statusCode()).isEqualTo(302);
		assertThat(office.get("/council/papers/" + paper).statusCode()).isEqualTo(404);
		assertThat(count("SELECT count(*) FROM council_consultation WHERE paper_id = ? AND NOT deleted", paper))
			.isZero();
		assertThat(audits("council.paper.deleted", paper)).isEqualTo(1);
	}

	@Test
	void oversizedAndBrokenUploadsAreRefusedWithoutA5xx() {
		Http office = Http.loggedIn(this.port, "beirat", "demo");
		UUID paper = anyPaper();
		String fileForm = "/council/papers/" + paper + "/files/new";
		HttpResponse<String> tooLarge = upload(office, fileForm, paper, "gross.pdf", new byte[21 * 1024 * 1024],
				"AUXILIARY", "");
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.body()).contains("MB");
		String csrf = office.csrfFrom(fileForm);
		HttpResponse<String> broken = office.send(office.request("/council/papers/" + paper + "/files?_csrf=" + csrf)
			.header("Content-Type", "multipart/form-data; boundary=xyz")
			.POST(HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filen"))
			.build());
		assertThat(broken.statusCode()).isEqualTo(400);
		HttpResponse<String> nul = upload(office, fileForm, paper, "a\u0000b.pdf", pdf(), "MAIN", "");
		assertThat(nul.statusCode()).isEqualTo(400);
	}

	@Test
	void otherRolesAndAnotherTenantsPapersAreRefused() {
		UUID stadt = this.jdbc.sql("SELECT id FROM tenant WHERE slug = 'stadt-osnabrueck'").query(UUID.class).single();
		UUID paper = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO council_paper (tenant_id, id, reference, name, paper_type, paper_date, public, created_at,
				                           modified_at)
				VALUES (?, ?, ?, 'Stadt-Antrag', 'MOTION', DATE '2026-01-01', TRUE, now(), now())""")
			.params(stadt, paper, "BfM/2026/" + unique())
			.update();
		Http office = Http.loggedIn(this.port, "beirat", "demo");
		assertThat(office.get("/council/papers/" + paper).statusCode()).isEqualTo(404);
		assertThat(office.get("/council/papers/" + paper + "/files/new").statusCode()).isEqualTo(404);
		assertThat(office.submit("/council/papers", "/council/papers/" + paper + "/delete", Map.of()).statusCode())
			.isEqualTo(404);
		assertThat(office.get("/council/papers").body()).doesNotContain("Stadt-Antrag");
		assertThat(office.get("/council/files/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		UUID meetingFile = this.jdbc.sql("""
				SELECT f.id FROM council_file f JOIN tenant n ON n.id = f.tenant_id
				WHERE n.slug = 'landkreis-osnabrueck' AND f.meeting_id IS NOT NULL LIMIT 1""")
			.query(UUID.class)
			.single();
		assertThat(office.get("/council/files/" + meetingFile).statusCode()).isEqualTo(404);
		Http strategy = Http.loggedIn(this.port, "strategie", "demo");
		assertThat(strategy.get("/council/papers").statusCode()).isEqualTo(403);
		assertThat(strategy.get("/council/papers/" + anyPaper()).statusCode()).isEqualTo(403);
		assertThat(Http.loggedIn(this.port, "datenschutz", "demo").get("/council/papers/new").statusCode())
			.isEqualTo(403);
		assertThat(new Http(this.port).get("/council/papers").statusCode()).isEqualTo(302);
	}

	private UUID anyPaper() {
		return this.jdbc.sql("""
				SELECT p.id FROM council_paper p JOIN tenant n ON n.id = p.tenant_id
				WHERE n.slug = 'landkreis-osnabrueck' AND NOT p.deleted ORDER BY p.id LIMIT 1""")
			.query(UUID.class)
			.single();
	}

	/** Posts the upload form as a browser does (multipart, the CSRF token as a field). */
	static HttpResponse<String> upload(Http http, String formPage, UUID paper, String fileName, byte[] content,
			String purpose, String name) {
		String csrf = http.csrfFrom(formPage);
		String boundary = "----teilhabe" + UUID.randomUUID();
		List<byte[]> parts = new ArrayList<>();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", csrf);
		fields.put("name", name);
		fields.put("purpose", purpose);
		fields.forEach((field, value) -> parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ field + "\"\r\n\r\n" + value + "\r\n")
			.getBytes(StandardCharsets.UTF_8)));
		parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
				+ ((fileName != null) ? fileName : "") + "\"\r\nContent-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		parts.add((content != null) ? content : new byte[0]);
		parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return http.send(http.request("/council/papers/" + paper + "/files")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(parts))
			.build());
	}

	static byte[] pdf() {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			return bytes(document);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] pdfWithJavaScript() throws IOException {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('Hallo');"));
			return bytes(document);
		}
	}

	private static byte[] pdfWithEmbeddedFile() throws IOException {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			PDComplexFileSpecification spec = new PDComplexFileSpecification();
			spec.setFile("virus.exe");
			spec.setEmbeddedFile(new PDEmbeddedFile(document,
					new java.io.ByteArrayInputStream("MZ".getBytes(StandardCharsets.US_ASCII))));
			PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
			tree.setNames(Map.of("virus.exe", spec));
			PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
			names.setEmbeddedFiles(tree);
			document.getDocumentCatalog().setNames(names);
			return bytes(document);
		}
	}

	private static byte[] bytes(PDDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.save(out);
		return out.toByteArray();
	}

	private static byte[] sha1(byte[] content) {
		try {
			return java.security.MessageDigest.getInstance("SHA-1").digest(content);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private int count(String sql, UUID id) {
		return this.jdbc.sql(sql).params(id).query(Integer.class).single();
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
