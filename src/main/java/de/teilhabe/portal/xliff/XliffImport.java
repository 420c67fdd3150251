package de.teilhabe.portal.xliff;

import java.sql.Array;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import de.teilhabe.portal.page.Page;
import de.teilhabe.portal.page.PageHtml;
import de.teilhabe.portal.page.PageStore;
import de.teilhabe.portal.page.PortalAudit;
import de.teilhabe.portal.page.PortalEditing;
import de.teilhabe.portal.page.PortalLanguages;
import de.teilhabe.portal.page.TranslationState;
import de.teilhabe.portal.page.TranslationStatus;
import de.teilhabe.portal.page.Version;
import de.teilhabe.portal.xliff.XliffSchema.Problem;
import de.teilhabe.region.Language;
import de.teilhabe.shared.web.form.CheckedValues;

import org.jsoup.nodes.Entities;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an XLIFF 2.0 file returned by a translation agency: the file is validated against
 * the official schema (a file-level problem stores nothing), kept for its preview, and on
 * the office's confirmation every page of the file whose translation is complete and
 * valid is stored (through {@link PortalEditing}, cleaned like any save); every other
 * page is listed with its reason. A page is never stored in part.
 */
@Service
class XliffImport {

	private static final String SEPARATOR = "\u001F";

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]{0,9}(:(col|row|colgroup|rowgroup))?");

	private final XliffSchema schema;

	private final PageStore store;

	private final PortalEditing editing;

	private final PortalAudit audit;

	private final PortalLanguages languages;

	private final JdbcClient jdbc;

	XliffImport(XliffSchema schema, PageStore store, PortalEditing editing, PortalAudit audit,
			PortalLanguages languages, JdbcClient jdbc) {
		this.schema = schema;
		this.store = store;
		this.editing = editing;
		this.audit = audit;
		this.languages = languages;
		this.jdbc = jdbc;
	}

	/** A problem of the whole file: stores nothing. */
	record FileProblem(int line, int column, MessageSourceResolvable message) {
	}

	/** The outcome of an upload: its ID when kept, else the file's problems. */
	record Uploaded(UUID id, List<FileProblem> problems) {
	}

	/**
	 * A page of the file as the import would store it.
	 *
	 * @param fileId the {@code <file>}'s ID
	 * @param page the page, null when unknown
	 * @param title the German title (or the file's original for an unknown page)
	 * @param before its status in the language before the import
	 * @param values the translation's values (title, summary, body, state, revision)
	 * @param changes what changes (message keys)
	 * @param warnings what the office should know (stored anyway)
	 * @param errors why it is not stored (empty: stored)
	 */
	record PageOutcome(String fileId, Page page, String title, TranslationStatus before, Map<String, String> values,
			List<MessageSourceResolvable> changes, List<MessageSourceResolvable> warnings,
			List<MessageSourceResolvable> errors) {

		public boolean valid() {
			return this.errors.isEmpty();
		}

		public TranslationState state() {
			return TranslationState.valueOf(this.values.get("state"));
		}

	}

	/** A kept upload. */
	record Upload(UUID id, String fileName, byte[] content, OffsetDateTime importedAt, List<UUID> storedPages,
			List<String> rejections) {

		public boolean done() {
			return this.importedAt != null;
		}

	}

	/** The preview of a kept upload: its language and its pages. */
	record Preview(Upload upload, Language language, List<PageOutcome> pages) {

		public long valid() {
			return this.pages.stream().filter(PageOutcome::valid).count();
		}

	}

	/** Validates and keeps a file for its preview. */
	@Transactional
	Uploaded upload(UUID tenantId, UUID userId, String fileName, byte[] content, Locale locale) {
		List<FileProblem> problems = new ArrayList<>();
		for (Problem problem : this.schema.validate(content, locale)) {
			problems.add(new FileProblem(problem.line(), problem.column(),
					resolvable("portal.xliff.error.schema", problem.message())));
		}
		if (problems.isEmpty()) {
			Document document = this.schema.read(content);
			Element root = document.getDocumentElement();
			if (!"2.0".equals(root.getAttribute("version"))) {
				problems
					.add(new FileProblem(0, 0, resolvable("portal.xliff.error.version", root.getAttribute("version"))));
			}
			if (!PageStore.SOURCE.equals(root.getAttribute("srcLang"))) {
				problems
					.add(new FileProblem(0, 0, resolvable("portal.xliff.error.srcLang", root.getAttribute("srcLang"))));
			}
			if (language(tenantId, root.getAttribute("trgLang")).isEmpty()) {
				problems
					.add(new FileProblem(0, 0, resolvable("portal.xliff.error.trgLang", root.getAttribute("trgLang"))));
			}
		}
		if (!problems.isEmpty()) {
			return new Uploaded(null, problems);
		}
		UUID id = UUID.randomUUID();
		this.jdbc.sql("DELETE FROM portal_xliff_import WHERE tenant_id = ? AND expires_at < now()")
			.param(tenantId)
			.update();
		this.jdbc
			.sql("INSERT INTO portal_xliff_import (tenant_id, id, uploaded_by, file_name, content, expires_at)"
					+ " VALUES (?, ?, ?, ?, ?, now() + interval '1 day')")
			.params(tenantId, id, userId, (fileName != null) ? fileName : "", content)
			.update();
		return new Uploaded(id, List.of());
	}

	Optional<Upload> find(UUID tenantId, UUID id) {
		return this.jdbc
			.sql("SELECT id, file_name, content, imported_at, stored_pages, rejections FROM portal_xliff_import"
					+ " WHERE tenant_id = ? AND id = ? AND expires_at > now()")
			.params(tenantId, id)
			.query((rs, row) -> new Upload(rs.getObject("id", UUID.class), rs.getString("file_name"),
					rs.getBytes("content"), rs.getObject("imported_at", OffsetDateTime.class),
					list(rs.getArray("stored_pages"), UUID.class), list(rs.getArray("rejections"), String.class)))
			.optional();
	}

	/** What the import of a kept file would do. */
	Preview preview(UUID tenantId, Upload upload) {
		Element root = this.schema.read(upload.content()).getDocumentElement();
		Language language = language(tenantId, root.getAttribute("trgLang")).orElseThrow();
		List<PageOutcome> pages = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		for (Element file : children(root, "file")) {
			pages.add(outcome(tenantId, file, seen));
		}
		return new Preview(upload, language, pages);
	}

	/**
	 * Stores every valid page of a kept file, in one transaction; {@code chosen} is the
	 * state the office chose for all, or null to take it from the file.
	 */
	@Transactional
	Preview run(UUID tenantId, Upload upload, TranslationState chosen) {
		Preview preview = preview(tenantId, upload);
		List<UUID> stored = new ArrayList<>();
		List<String> rejections = new ArrayList<>();
		for (PageOutcome page : preview.pages()) {
			if (page.valid()) {
				Map<String, String> values = new LinkedHashMap<>(page.values());
				if (chosen != null) {
					values.put("state", chosen.name());
				}
				if (this.editing.importTranslation(tenantId, page.page().id(), preview.language(), values).valid()) {
					stored.add(page.page().id());
					continue;
				}
			}
			for (MessageSourceResolvable error : page.errors()) {
				List<String> parts = new ArrayList<>();
				parts.add(page.fileId());
				parts.add(page.title());
				parts.add(error.getCodes()[0]);
				for (Object argument : (error.getArguments() != null) ? error.getArguments() : new Object[0]) {
					parts.add((argument instanceof MessageSourceResolvable nested) ? "#" + nested.getCodes()[0]
							: String.valueOf(argument));
				}
				rejections.add(String.join(SEPARATOR, parts));
			}
		}
		this.jdbc
			.sql("UPDATE portal_xliff_import SET imported_at = now(), stored_pages = ?, rejections = ?,"
					+ " content = ''::bytea WHERE tenant_id = ? AND id = ?")
			.params(stored.toArray(UUID[]::new), rejections.toArray(String[]::new), tenantId, upload.id())
			.update();
		this.audit.imported(tenantId, upload.id(), preview.language().code() + ", pages " + stored.size()
				+ ", rejected " + (preview.pages().size() - stored.size()));
		return preview;
	}

	/** A rejection of a finished import: the file ID, the page's title and the reason. */
	record Rejection(String fileId, String title, MessageSourceResolvable reason) {
	}

	static List<Rejection> rejections(Upload upload) {
		List<Rejection> rejections = new ArrayList<>();
		for (String line : upload.rejections()) {
			String[] parts = line.split(SEPARATOR, -1);
			Object[] arguments = Arrays.stream(Arrays.copyOfRange(parts, 3, parts.length))
				.map((argument) -> argument.startsWith("#") ? resolvable(argument.substring(1)) : argument)
				.toArray();
			rejections.add(new Rejection(parts[0], parts[1], resolvable(parts[2], arguments)));
		}
		return rejections;
	}

	private PageOutcome outcome(UUID tenantId, Element file, Set<UUID> seen) {
		String fileId = file.getAttribute("id");
		List<MessageSourceResolvable> errors = new ArrayList<>();
		List<MessageSourceResolvable> warnings = new ArrayList<>();
		List<MessageSourceResolvable> changes = new ArrayList<>();
		Map<String, String> meta = metadata(file);
		UUID pageId = uuid(meta.getOrDefault("page", fileId.startsWith("p-") ? fileId.substring(2) : fileId));
		Page page = (pageId != null) ? this.store.find(tenantId, pageId).orElse(null) : null;
		if (page == null) {
			errors.add(resolvable("portal.xliff.error.unknownPage", fileId));
			return new PageOutcome(fileId, null, file.getAttribute("original"), TranslationStatus.MISSING, Map.of(),
					changes, warnings, errors);
		}
		Language language = language(tenantId, ((Element) file.getParentNode()).getAttribute("trgLang")).orElseThrow();
		Map<String, Version> versions = this.store.versions(tenantId, page.id());
		Version german = versions.get(PageStore.SOURCE);
		Version before = versions.get(language.code());
		TranslationStatus status = (before != null) ? before.status(page.revision()) : TranslationStatus.MISSING;
		String germanTitle = (german != null) ? german.title() : page.path();
		if (!seen.add(page.id())) {
			errors.add(resolvable("portal.xliff.error.twice", fileId));
			return new PageOutcome(fileId, page, germanTitle, status, Map.of(), changes, warnings, errors);
		}
		int revision = number(meta.get("revision"), page.revision());
		if (revision < page.revision()) {
			warnings.add(resolvable("portal.xliff.warning.outdated", revision, page.revision()));
		}
		revision = Math.max(1, Math.min(revision, page.revision()));
		List<String> states = new ArrayList<>();
		String title = null;
		String summary = null;
		StringBuilder body = new StringBuilder();
		for (Element part : parts(file)) {
			String id = part.getAttribute("id");
			if (part.getLocalName().equals("unit") && id.equals("title")) {
				title = plain(target(part, states, errors, id));
			}
			else if (part.getLocalName().equals("unit") && id.equals("summary")) {
				summary = plain(target(part, states, errors, id));
			}
			else {
				html(part, body, states, errors);
			}
		}
		String cleaned = PageHtml.clean(body.toString());
		Map<String, String> values = new LinkedHashMap<>();
		values.put("title", (title != null) ? title : "");
		values.put("summary", (summary != null) ? summary : "");
		values.put("body", (cleaned != null) ? cleaned : "");
		values.put("state", XliffExport.stateOf(states).name());
		values.put("revision", String.valueOf(revision));
		if (errors.isEmpty()) {
			CheckedValues checked = this.editing.checkTranslation(values);
			checked.errors()
				.forEach((field, error) -> errors.add(resolvable("portal.xliff.error.field",
						new DefaultMessageSourceResolvable(new String[] { "portal.field." + field }, field), error)));
		}
		if (before == null) {
			changes.add(resolvable("portal.xliff.change.new"));
		}
		else {
			if (!Objects.equals(before.title(), values.get("title"))) {
				changes.add(resolvable("portal.xliff.change.title"));
			}
			if (!Objects.equals(Objects.toString(before.summary(), ""), values.get("summary"))) {
				changes.add(resolvable("portal.xliff.change.summary"));
			}
			if (!Objects.equals(before.body(), values.get("body"))) {
				changes.add(resolvable("portal.xliff.change.body"));
			}
			if (changes.isEmpty()) {
				changes.add(resolvable("portal.xliff.change.none"));
			}
		}
		return new PageOutcome(fileId, page, germanTitle, status, values, changes, warnings, errors);
	}

	/** The unit's and group's elements of a file or group, in order. */
	private static List<Element> parts(Element parent) {
		List<Element> parts = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && XliffSchema.CORE.equals(element.getNamespaceURI())
					&& (element.getLocalName().equals("unit") || element.getLocalName().equals("group"))) {
				parts.add(element);
			}
		}
		return parts;
	}

	private static void html(Element part, StringBuilder html, List<String> states,
			List<MessageSourceResolvable> errors) {
		String name = part.getAttribute("name");
		boolean wrap = NAME.matcher(name).matches();
		if (wrap) {
			html.append(BodyParts.open(name));
		}
		if (part.getLocalName().equals("group")) {
			for (Element child : parts(part)) {
				html(child, html, states, errors);
			}
		}
		else {
			String target = target(part, states, errors, part.getAttribute("id"));
			if (target != null) {
				html.append(target);
			}
		}
		if (wrap) {
			html.append(BodyParts.close(name));
		}
	}

	/**
	 * A unit's translation as HTML (the inline codes turned back into their markup), the
	 * segments' states added to {@code states}; null and an error when a segment with
	 * text has no translation.
	 */
	private static String target(Element unit, List<String> states, List<MessageSourceResolvable> errors, String id) {
		Map<String, String> data = new LinkedHashMap<>();
		for (Element original : children(unit, "originalData")) {
			for (Element entry : children(original, "data")) {
				data.put(entry.getAttribute("id"), entry.getTextContent());
			}
		}
		StringBuilder html = new StringBuilder();
		boolean missing = false;
		for (Node node = unit.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (!(node instanceof Element part) || !XliffSchema.CORE.equals(part.getNamespaceURI())) {
				continue;
			}
			boolean segment = part.getLocalName().equals("segment");
			if (!segment && !part.getLocalName().equals("ignorable")) {
				continue;
			}
			List<Element> source = children(part, "source");
			List<Element> target = children(part, "target");
			boolean sourceText = !source.isEmpty() && !source.get(0).getTextContent().isBlank();
			if (target.isEmpty() || (target.get(0).getTextContent().isBlank() && sourceText)) {
				if (sourceText && segment) {
					missing = true;
				}
				continue;
			}
			if (segment) {
				states.add(part.hasAttribute("state") ? part.getAttribute("state") : "initial");
			}
			inline(target.get(0), data, html);
		}
		if (missing) {
			errors.add(resolvable("portal.xliff.error.emptyTarget", id));
			return null;
		}
		return html.toString();
	}

	private static void inline(Element element, Map<String, String> data, StringBuilder html) {
		for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
				html.append(Entities.escape(node.getNodeValue()));
			}
			else if (node instanceof Element code) {
				String subType = code.getAttribute("subType");
				switch (code.getLocalName()) {
					case "pc" -> {
						html.append(data.getOrDefault(code.getAttribute("dataRefStart"), fallbackStart(subType)));
						inline(code, data, html);
						html.append(data.getOrDefault(code.getAttribute("dataRefEnd"), fallbackEnd(subType)));
					}
					case "ph" -> html.append(
							data.getOrDefault(code.getAttribute("dataRef"), subType.equals("xlf:lb") ? "<br>" : ""));
					case "sc", "ec" -> html.append(data.getOrDefault(code.getAttribute("dataRef"), ""));
					case "mrk" -> inline(code, data, html);
					default -> {
					}
				}
			}
		}
	}

	private static String fallbackStart(String subType) {
		return switch (subType) {
			case "xlf:b" -> "<strong>";
			case "xlf:i" -> "<em>";
			default -> "";
		};
	}

	private static String fallbackEnd(String subType) {
		return switch (subType) {
			case "xlf:b" -> "</strong>";
			case "xlf:i" -> "</em>";
			default -> "";
		};
	}

	/** A title's or summary's text: the markup removed, on one line. */
	private static String plain(String html) {
		if (html == null) {
			return null;
		}
		return org.jsoup.parser.Parser.unescapeEntities(html.replaceAll("<[^>]*>", ""), false)
			.replaceAll("\\s+", " ")
			.strip();
	}

	private static Map<String, String> metadata(Element file) {
		Map<String, String> meta = new LinkedHashMap<>();
		var metas = file.getElementsByTagNameNS(XliffSchema.METADATA, "meta");
		for (int i = 0; i < metas.getLength(); i++) {
			Element entry = (Element) metas.item(i);
			Element group = (Element) entry.getParentNode();
			if (XliffExport.CATEGORY.equals(group.getAttribute("category"))
					&& group.getParentNode().getParentNode() == file) {
				meta.put(entry.getAttribute("type"), entry.getTextContent().strip());
			}
		}
		return meta;
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> children = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && XliffSchema.CORE.equals(element.getNamespaceURI())
					&& element.getLocalName().equals(name)) {
				children.add(element);
			}
		}
		return children;
	}

	private Optional<Language> language(UUID tenantId, String code) {
		return this.languages.translation(tenantId, code);
	}

	private static UUID uuid(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static int number(String text, int otherwise) {
		try {
			return (text != null) ? Integer.parseInt(text) : otherwise;
		}
		catch (NumberFormatException ex) {
			return otherwise;
		}
	}

	private static <T> List<T> list(Array array, Class<T> type) throws SQLException {
		if (array == null) {
			return List.of();
		}
		Object[] items = (Object[]) array.getArray();
		return Arrays.stream(items).map(type::cast).toList();
	}

	static DefaultMessageSourceResolvable resolvable(String key, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { key }, arguments);
	}

}
