package de.teilhabe.portal.xliff;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import de.teilhabe.portal.page.PortalEditing;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.support.BerlinTime;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * XLIFF 2.0 for translation agencies through the office's pages: a page exported (the
 * file valid against the official schema, checked here with the schema files of the
 * repository), translated in the test, imported after its preview and shown on the public
 * page in Arabic with its status; a translation from an older German revision is stored
 * as outdated; bad files (schema errors with line and column, a language not offered, an
 * unknown page, an untranslated part, XXE, billion laughs, NUL, not XML) store nothing of
 * what is wrong and never answer 5xx. Deleting a page (not one with sub-pages) and the
 * audit entries of the portal's edits.
 */
@IntegrationTest
class PortalXliffTest {

	private static final String CORE = "urn:oasis:names:tc:xliff:document:2.0";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tenants tenants;

	@Autowired
	PortalEditing editing;

	Http office;

	UUID tenantId;

	@BeforeEach
	void signIn() {
		this.office = Http.loggedIn(this.port, "strategie", "demo");
		this.tenantId = this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id();
	}

	private UUID create(String segment, String parent) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("parent", (parent != null) ? parent : "");
		fields.put("segment", segment);
		fields.put("position", "9");
		fields.put("topic", "");
		fields.put("title", "Sprechstunde im Kreishaus");
		fields.put("summary", "Wann und wo");
		fields.put("body",
				"<h2>Ort</h2><p>Im <strong>Kreishaus</strong>, siehe <a href=\"https://www.landkreis-osnabrueck.de\">"
						+ "Anfahrt</a>.<br>Zimmer 12</p><ul><li>Montag</li><li>Dienstag: <span lang=\"kmr\">Duşem</span></li></ul>");
		HttpResponse<String> created = this.office.submit("/portal/pages/new", "/portal/pages", fields);
		assertThat(created.statusCode()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private static String segment() {
		return "xliff-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private byte[] export(String language, UUID page) {
		HttpResponse<byte[]> file = this.office
			.getBytes("/portal/xliff/export?language=" + language + "&scope=CHOSEN&page=" + page);
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("wegweiser-" + language + "-" + BerlinTime.today() + ".xlf");
		return file.body();
	}

	private static void validate(byte[] file) throws Exception {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		var schema = factory.newSchema(
				new StreamSource[] { new StreamSource(new File("src/main/resources/portal/xliff/xliff_core_2.0.xsd")),
						new StreamSource(new File("src/main/resources/portal/xliff/metadata.xsd")) });
		schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(file)));
	}

	private static Document parse(byte[] file) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file));
	}

	private static byte[] write(Document document) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
		return out.toByteArray();
	}

	/**
	 * Translates every segment: the source copied as target, its texts prefixed in
	 * Arabic.
	 */
	private static void translate(Document document, String state) {
		NodeList segments = document.getElementsByTagNameNS(CORE, "segment");
		for (int i = 0; i < segments.getLength(); i++) {
			Element segment = (Element) segments.item(i);
			Element source = (Element) segment.getElementsByTagNameNS(CORE, "source").item(0);
			NodeList old = segment.getElementsByTagNameNS(CORE, "target");
			if (old.getLength() > 0) {
				segment.removeChild(old.item(0));
			}
			Element target = document.createElementNS(CORE, "target");
			for (Node child = source.getFirstChild(); child != null; child = child.getNextSibling()) {
				target.appendChild(child.cloneNode(true));
			}
			prefix(target);
			segment.appendChild(target);
			segment.setAttribute("state", state);
		}
	}

	private static void prefix(Node node) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.TEXT_NODE && !child.getNodeValue().isBlank()) {
				child.setNodeValue("عربي " + child.getNodeValue());
			}
			else {
				prefix(child);
			}
		}
	}

	private HttpResponse<String> upload(byte[] file) {
		return this.office.upload("/portal/xliff", "/portal/xliff/imports", "wegweiser-ar.xlf", file);
	}

	private String importAndConfirm(byte[] file, String state) {
		HttpResponse<String> uploaded = upload(file);
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
		String preview = java.net.URI.create(uploaded.headers().firstValue("Location").orElseThrow()).getPath();
		HttpResponse<String> confirmed = this.office.submit(preview, preview, Map.of("state", state));
		assertThat(confirmed.statusCode()).isEqualTo(302);
		return preview;
	}

	private String state(UUID page, String language) {
		return this.jdbc
			.sql("SELECT state || ' ' || source_revision FROM portal_version WHERE page_id = ? AND language = ?")
			.params(page, language)
			.query(String.class)
			.optional()
			.orElse("MISSING");
	}

	private static Map<String, String> english() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", "Office hours");
		fields.put("summary", "");
		fields.put("body", "<p>At the Kreishaus</p>");
		fields.put("state", "CURRENT");
		fields.put("revision", "1");
		return fields;
	}

	private int audited(String action, UUID page) {
		return this.jdbc.sql("SELECT count(*) FROM audit_event WHERE tenant_id = ? AND action = ? AND record_id = ?")
			.params(this.tenantId, action, page.toString())
			.query(Integer.class)
			.single();
	}

	@Test
	void aPageTravelsToTheAgencyAndBackIntoThePublicPage() throws Exception {
		String segment = segment();
		UUID page = create(segment, null);
		assertThat(this.office.get("/portal/xliff?language=ar").body()).contains("Sprechstunde im Kreishaus",
				"XLIFF-Datei herunterladen", "Arabisch – العربية");
		byte[] file = export("ar", page);
		validate(file);
		String xml = new String(file, StandardCharsets.UTF_8);
		assertThat(xml)
			.contains(CORE, "srcLang=\"de\"", "trgLang=\"ar\"", "<file id=\"p-" + page + "\"",
					"<mda:meta type=\"page\">" + page + "</mda:meta>", "<mda:meta type=\"revision\">1</mda:meta>",
					"<source>Sprechstunde im Kreishaus</source>", "subType=\"xlf:b\"", "type=\"link\"",
					"subType=\"xlf:lb\"", "name=\"ul\"", "name=\"li\"", "type=\"other\"")
			.doesNotContain("&lt;strong&gt;Kreishaus");

		Document document = parse(file);
		translate(document, "final");
		byte[] translated = write(document);
		validate(translated);
		HttpResponse<String> uploaded = upload(translated);
		assertThat(uploaded.statusCode()).isEqualTo(302);
		String preview = java.net.URI.create(uploaded.headers().firstValue("Location").orElseThrow()).getPath();
		assertThat(this.office.get(preview).body()).contains("Vorschau des Imports", "Sprechstunde im Kreishaus",
				"عربي Sprechstunde im Kreishaus", "neue Übersetzung", "1 von 1 Seiten", "1 Seite speichern");
		HttpResponse<String> confirmed = this.office.submit(preview, preview, Map.of("state", "FILE"));
		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(this.office.get(preview).body()).contains("Import abgeschlossen",
				"1 Seite gespeichert, keine abgelehnt");
		assertThat(state(page, "ar")).isEqualTo("CURRENT 1");

		HttpResponse<String> arabic = new Http(this.port).get("/p/landkreis-osnabrueck/ar/" + segment);
		assertThat(arabic.statusCode()).isEqualTo(200);
		assertThat(arabic.body())
			.contains("عربي Sprechstunde im Kreishaus", "<strong>عربي Kreishaus</strong>",
					"<a href=\"https://www.landkreis-osnabrueck.de\">عربي Anfahrt</a>", "<li>عربي Montag</li>", "<br>",
					"<span lang=\"kmr\" dir=\"ltr\">عربي Duşem</span>")
			.doesNotContain("älter als der deutsche Text");
		assertThat(audited("portal.translation.imported", page)).isEqualTo(1);
		assertThat(audited("portal.page.created", page)).isEqualTo(1);
		// a second confirmation stores nothing again
		this.office.submit(preview, preview, Map.of("state", "FILE"));
		assertThat(audited("portal.translation.imported", page)).isEqualTo(1);

		// the existing translation travels as the target, state final
		String again = new String(export("ar", page), StandardCharsets.UTF_8);
		assertThat(again).contains("state=\"final\"", "<target>عربي Sprechstunde im Kreishaus</target>");
		validate(again.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aTranslationOfAnOlderGermanTextIsStoredAsOutdated() throws Exception {
		String segment = segment();
		UUID page = create(segment, null);
		Document document = parse(export("ar", page));
		// meanwhile the German text changes (revision 2)
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("parent", "");
		fields.put("segment", segment);
		fields.put("position", "9");
		fields.put("topic", "");
		fields.put("title", "Sprechstunde im Kreishaus");
		fields.put("summary", "Wann und wo");
		fields.put("body", "<p>Neuer Text</p>");
		assertThat(this.office.submit("/portal/pages/" + page + "/edit", "/portal/pages/" + page, fields).statusCode())
			.isEqualTo(302);
		translate(document, "translated");
		HttpResponse<String> uploaded = upload(write(document));
		String preview = java.net.URI.create(uploaded.headers().firstValue("Location").orElseThrow()).getPath();
		assertThat(this.office.get(preview).body()).contains("aus Fassung 1 des deutschen Textes", "bei Fassung 2",
				"maschinell übersetzt, Prüfung ausstehend");
		this.office.submit(preview, preview, Map.of("state", "FILE"));
		assertThat(state(page, "ar")).isEqualTo("MACHINE_TRANSLATED 1");
		assertThat(this.office.get("/portal/pages/" + page).body()).contains("veraltet");
		assertThat(new Http(this.port).get("/p/landkreis-osnabrueck/ar/" + segment).body())
			.contains("عربي Sprechstunde im Kreishaus");
	}

	@Test
	void badFilesAreRefusedWithTheirLineAndColumn() throws Exception {
		UUID page = create(segment(), null);
		String xml = new String(export("ar", page), StandardCharsets.UTF_8);

		// a schema error: a unit without its id
		String broken = xml.replaceFirst("<unit id=\"title\">", "<unit>");
		HttpResponse<String> refused = upload(broken.getBytes(StandardCharsets.UTF_8));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Die Datei wurde nicht eingelesen", "entspricht nicht dem Schema")
			.containsPattern("Zeile \\d+, Spalte \\d+:");
		HttpResponse<String> english = this.office.language("en")
			.upload("/portal/xliff", "/portal/xliff/imports", "x.xlf", broken.getBytes(StandardCharsets.UTF_8));
		assertThat(english.body()).containsPattern("Line \\d+, column \\d+:").contains("XLIFF 2.0 schema");
		this.office.language("de");

		// a language the tenant does not offer, and the source not German
		assertThat(upload(xml.replace("trgLang=\"ar\"", "trgLang=\"xx\"").getBytes(StandardCharsets.UTF_8)).body())
			.contains("Die Zielsprache „xx“ bieten die öffentlichen Seiten nicht an.");
		assertThat(upload(xml.replace("srcLang=\"de\"", "srcLang=\"en\"").getBytes(StandardCharsets.UTF_8)).body())
			.contains("nicht Deutsch");

		// not XML, NUL bytes, empty
		assertThat(upload("Name;Titel\nA;B".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(400);
		assertThat(upload(new byte[] { '<', 'x', 0, 0, '>' }).statusCode()).isEqualTo(400);
		assertThat(upload(new byte[0]).body()).contains("Bitte eine Datei wählen.");

		// XXE and billion laughs: no DOCTYPE is read
		String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
				+ xml.substring(xml.indexOf("<xliff"))
					.replace("Sprechstunde im Kreishaus</source>", "&secret;</source>");
		HttpResponse<String> entity = upload(xxe.getBytes(StandardCharsets.UTF_8));
		assertThat(entity.statusCode()).isEqualTo(400);
		assertThat(entity.body()).contains("Zeile 2").doesNotContain("root:");
		String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">"
				+ "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;\">]>\n<lolz>&lol3;</lolz>";
		assertThat(upload(laughs.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(400);

		// an unknown page and an untranslated part: listed, not stored; the valid page is
		// stored
		Document document = parse(xml.getBytes(StandardCharsets.UTF_8));
		translate(document, "final");
		Element file = (Element) document.getElementsByTagNameNS(CORE, "file").item(0);
		Element unknown = (Element) file.cloneNode(true);
		unknown.setAttribute("id", "p-" + UUID.randomUUID());
		unknown.getElementsByTagNameNS("urn:oasis:names:tc:xliff:metadata:2.0", "meta")
			.item(0)
			.setTextContent(unknown.getAttribute("id").substring(2));
		file.getParentNode().appendChild(unknown);
		String withUnknown = new String(write(document), StandardCharsets.UTF_8);
		String preview = importAndConfirm(withUnknown.getBytes(StandardCharsets.UTF_8), "CURRENT");
		String result = this.office.get(preview).body();
		assertThat(result).contains("1 Seite gespeichert, 1 abgelehnt", "Unbekannte Seite");
		assertThat(state(page, "ar")).isEqualTo("CURRENT 1");

		UUID other = create(segment(), null);
		Document untranslated = parse(export("ar", other));
		translate(untranslated, "final");
		Element body = (Element) untranslated.getElementsByTagNameNS(CORE, "target").item(3);
		body.getParentNode().removeChild(body);
		HttpResponse<String> half = upload(write(untranslated));
		String halfPreview = java.net.URI.create(half.headers().firstValue("Location").orElseThrow()).getPath();
		assertThat(this.office.get(halfPreview).body()).contains("ist nicht übersetzt", "Keine Seite der Datei");
		assertThat(state(other, "ar")).isEqualTo("MISSING");

		// another tenant's upload and an unknown one are not found
		assertThat(this.office.get("/portal/xliff/imports/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(this.office.get("/portal/xliff/export?language=zz").statusCode()).isEqualTo(400);
		assertThat(
				this.office.get("/portal/xliff/export?language=ar&scope=CHOSEN&page=" + UUID.randomUUID()).statusCode())
			.isEqualTo(404);
	}

	@Test
	void aPageWithoutSubPagesIsDeletedWithItsTranslationsAndAudited() {
		String segment = segment();
		UUID top = create(segment, null);
		UUID below = create("unten", top.toString());
		assertThat(this.office.get("/portal/pages/" + top + "/delete").body()).contains("hat Unterseiten");
		HttpResponse<String> refused = this.office.submit("/portal/pages/" + top, "/portal/pages/" + top + "/delete",
				Map.of());
		assertThat(refused.statusCode()).isEqualTo(409);

		Map<String, String> fields = english();
		String form = "/portal/pages/" + below + "/translations/en";
		assertThat(this.office.submit(form, form, fields).statusCode()).isEqualTo(302);
		assertThat(audited("portal.translation.saved", below)).isEqualTo(1);
		assertThat(this.office.get("/portal/pages/" + below + "/delete").body())
			.contains("mit ihrer Übersetzung gelöscht", "Endgültig löschen");
		HttpResponse<String> deleted = this.office.submit("/portal/pages/" + below,
				"/portal/pages/" + below + "/delete", Map.of());
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(this.office.get("/portal?deleted").body())
			.contains("Die Seite wurde mit ihren Übersetzungen gelöscht.");
		assertThat(this.office.get("/portal/pages/" + below).statusCode()).isEqualTo(404);
		assertThat(new Http(this.port).get("/p/landkreis-osnabrueck/en/" + segment + "/unten").statusCode())
			.isEqualTo(404);
		assertThat(this.jdbc.sql("SELECT count(*) FROM portal_version WHERE page_id = ?")
			.param(below)
			.query(Integer.class)
			.single()).isZero();
		assertThat(audited("portal.page.deleted", below)).isEqualTo(1);
		assertThat(this.jdbc
			.sql("SELECT actor_name FROM audit_event WHERE action = 'portal.page.deleted' AND record_id = ?")
			.param(below.toString())
			.query(String.class)
			.single()).isEqualTo("strategie");

		// now without sub-pages, the top page goes too
		assertThat(
				this.office.submit("/portal/pages/" + top, "/portal/pages/" + top + "/delete", Map.of()).statusCode())
			.isEqualTo(302);
		// another tenant's page is not found
		UUID ankommen = this.jdbc.sql("SELECT id FROM portal_page WHERE tenant_id = ? AND path = 'ankommen'")
			.param(this.tenantId)
			.query(UUID.class)
			.single();
		UUID stadt = this.tenants.findBySlug("stadt-osnabrueck").orElseThrow().id();
		assertThatThrownBy(() -> this.editing.delete(stadt, ankommen)).isInstanceOf(NotFoundException.class);
		assertThat(this.office.get("/portal/pages/" + UUID.randomUUID() + "/delete").statusCode()).isEqualTo(404);
	}

	@Test
	void stateChangesAndConfirmationsAreAudited() {
		UUID page = create(segment(), null);
		Map<String, String> fields = english();
		String form = "/portal/pages/" + page + "/translations/en";
		this.office.submit(form, form, fields);
		this.office.submit("/portal/pages/" + page, "/portal/pages/" + page + "/translations/en/state",
				Map.of("state", "MACHINE_TRANSLATED"));
		this.office.submit("/portal/pages/" + page, "/portal/pages/" + page + "/confirm", Map.of());
		assertThat(audited("portal.translation.state", page)).isEqualTo(1);
		assertThat(audited("portal.page.confirmed", page)).isEqualTo(1);
		assertThat(this.jdbc
			.sql("SELECT details FROM audit_event WHERE action = 'portal.translation.state' AND record_id = ?")
			.param(page.toString())
			.query(String.class)
			.single()).isEqualTo("en MACHINE_TRANSLATED");
	}

}
