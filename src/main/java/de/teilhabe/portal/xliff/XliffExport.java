package de.teilhabe.portal.xliff;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import de.teilhabe.portal.page.Page;
import de.teilhabe.portal.page.PageStore;
import de.teilhabe.portal.page.TranslationState;
import de.teilhabe.portal.page.TranslationStatus;
import de.teilhabe.portal.page.Version;
import de.teilhabe.portal.xliff.BodyParts.Group;
import de.teilhabe.portal.xliff.BodyParts.Part;
import de.teilhabe.portal.xliff.BodyParts.Unit;
import de.teilhabe.region.Language;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.springframework.stereotype.Service;

/**
 * Writes pages as one XLIFF 2.0 file for a translation agency: one {@code <file>} per
 * page (its ID and the German revision in {@code <mda:metadata>}, its path as
 * {@code original}), units for title and summary, and the text split into blocks
 * ({@link BodyParts}) whose formatting travels as inline codes ({@code <pc>} for strong,
 * em and links, {@code <ph>} for line breaks, the markup in {@code <originalData>}). An
 * existing translation is the {@code <target>}, with the segment's state from its status
 * (current: final, machine-translated: translated, outdated or in translation: initial);
 * the text's blocks only where the translation has the German text's structure.
 */
@Service
class XliffExport {

	/** The category of the portal's metadata in a file. */
	static final String CATEGORY = "teilhabe-portal";

	private final PageStore store;

	XliffExport(PageStore store) {
		this.store = store;
	}

	byte[] export(UUID tenantId, Language language, List<Page> pages) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.setDefaultNamespace(XliffSchema.CORE);
			xml.setPrefix("mda", XliffSchema.METADATA);
			xml.writeStartElement(XliffSchema.CORE, "xliff");
			xml.writeDefaultNamespace(XliffSchema.CORE);
			xml.writeNamespace("mda", XliffSchema.METADATA);
			xml.writeAttribute("version", "2.0");
			xml.writeAttribute("srcLang", PageStore.SOURCE);
			xml.writeAttribute("trgLang", language.code());
			for (Page page : pages) {
				Map<String, Version> versions = this.store.versions(tenantId, page.id());
				Version german = versions.get(PageStore.SOURCE);
				if (german != null) {
					writeFile(xml, page, german, versions.get(language.code()));
				}
			}
			xml.writeEndElement();
			xml.writeCharacters("\n");
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	private void writeFile(XMLStreamWriter xml, Page page, Version german, Version translation)
			throws XMLStreamException {
		TranslationStatus status = (translation != null) ? translation.status(page.revision())
				: TranslationStatus.MISSING;
		String state = switch (status) {
			case CURRENT -> "final";
			case MACHINE_TRANSLATED -> "translated";
			default -> "initial";
		};
		xml.writeCharacters("\n");
		xml.writeStartElement(XliffSchema.CORE, "file");
		xml.writeAttribute("id", "p-" + page.id());
		xml.writeAttribute("original", page.path());
		xml.writeStartElement(XliffSchema.METADATA, "metadata");
		xml.writeStartElement(XliffSchema.METADATA, "metaGroup");
		xml.writeAttribute("category", CATEGORY);
		meta(xml, "page", page.id().toString());
		meta(xml, "revision", String.valueOf(page.revision()));
		meta(xml, "status", status.name());
		if (translation != null) {
			meta(xml, "translationRevision", String.valueOf(translation.sourceRevision()));
		}
		xml.writeEndElement();
		xml.writeEndElement();
		boolean has = translation != null;
		textUnit(xml, "title", german.title(), has ? translation.title() : null, state);
		if (german.summary() != null && !german.summary().isBlank()) {
			textUnit(xml, "summary", german.summary(), has ? translation.summary() : null, state);
		}
		List<Part> source = BodyParts.of(german.body());
		List<Part> target = has ? BodyParts.of(translation.body()) : null;
		boolean aligned = target != null && BodyParts.shape(source).equals(BodyParts.shape(target));
		int[] counter = { 0 };
		writeParts(xml, source, aligned ? target : null, state, counter);
		xml.writeEndElement();
	}

	private static void meta(XMLStreamWriter xml, String type, String value) throws XMLStreamException {
		xml.writeStartElement(XliffSchema.METADATA, "meta");
		xml.writeAttribute("type", type);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	private static void textUnit(XMLStreamWriter xml, String id, String source, String target, String state)
			throws XMLStreamException {
		xml.writeStartElement(XliffSchema.CORE, "unit");
		xml.writeAttribute("id", id);
		xml.writeStartElement(XliffSchema.CORE, "segment");
		boolean hasTarget = target != null && !target.isBlank();
		xml.writeAttribute("state", hasTarget ? state : "initial");
		xml.writeStartElement(XliffSchema.CORE, "source");
		xml.writeCharacters(source);
		xml.writeEndElement();
		if (hasTarget) {
			xml.writeStartElement(XliffSchema.CORE, "target");
			xml.writeCharacters(target);
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static void writeParts(XMLStreamWriter xml, List<Part> source, List<Part> target, String state,
			int[] counter) throws XMLStreamException {
		for (int i = 0; i < source.size(); i++) {
			Part part = source.get(i);
			Part other = (target != null) ? target.get(i) : null;
			counter[0]++;
			if (part instanceof Group group) {
				xml.writeStartElement(XliffSchema.CORE, "group");
				xml.writeAttribute("id", "g" + counter[0]);
				xml.writeAttribute("name", group.name());
				writeParts(xml, group.parts(), (other != null) ? ((Group) other).parts() : null, state, counter);
				xml.writeEndElement();
			}
			else {
				writeUnit(xml, "u" + counter[0], (Unit) part, (Unit) other, state);
			}
		}
	}

	private static void writeUnit(XMLStreamWriter xml, String id, Unit source, Unit target, String state)
			throws XMLStreamException {
		Map<String, String> data = new LinkedHashMap<>();
		xml.writeStartElement(XliffSchema.CORE, "unit");
		xml.writeAttribute("id", id);
		if (!source.name().isEmpty()) {
			xml.writeAttribute("name", source.name());
		}
		// the data first: the codes of source and target name them
		collect(source.content(), data);
		if (target != null) {
			collect(target.content(), data);
		}
		if (!data.isEmpty()) {
			xml.writeStartElement(XliffSchema.CORE, "originalData");
			for (Map.Entry<String, String> entry : data.entrySet()) {
				xml.writeStartElement(XliffSchema.CORE, "data");
				xml.writeAttribute("id", entry.getValue());
				xml.writeCharacters(entry.getKey());
				xml.writeEndElement();
			}
			xml.writeEndElement();
		}
		boolean hasTarget = target != null && target.hasText();
		xml.writeStartElement(XliffSchema.CORE, "segment");
		xml.writeAttribute("state", hasTarget ? state : "initial");
		xml.writeStartElement(XliffSchema.CORE, "source");
		inline(xml, source.content(), data, new int[] { 0 });
		xml.writeEndElement();
		if (hasTarget) {
			xml.writeStartElement(XliffSchema.CORE, "target");
			inline(xml, target.content(), data, new int[] { 0 });
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static void collect(List<Node> nodes, Map<String, String> data) {
		for (Node node : nodes) {
			if (node instanceof Element element) {
				if (element.normalName().equals("br")) {
					data.computeIfAbsent("<br>", (key) -> "d" + (data.size() + 1));
				}
				else {
					data.computeIfAbsent(startTag(element), (key) -> "d" + (data.size() + 1));
					data.computeIfAbsent("</" + element.normalName() + ">", (key) -> "d" + (data.size() + 1));
					collect(element.childNodes(), data);
				}
			}
		}
	}

	private static void inline(XMLStreamWriter xml, List<Node> nodes, Map<String, String> data, int[] codes)
			throws XMLStreamException {
		for (Node node : nodes) {
			if (node instanceof TextNode text) {
				xml.writeCharacters(text.getWholeText());
			}
			else if (node instanceof Element element) {
				codes[0]++;
				String name = element.normalName();
				if (name.equals("br")) {
					xml.writeEmptyElement(XliffSchema.CORE, "ph");
					xml.writeAttribute("id", String.valueOf(codes[0]));
					xml.writeAttribute("dataRef", data.get("<br>"));
					xml.writeAttribute("type", "fmt");
					xml.writeAttribute("subType", "xlf:lb");
					continue;
				}
				xml.writeStartElement(XliffSchema.CORE, "pc");
				xml.writeAttribute("id", String.valueOf(codes[0]));
				xml.writeAttribute("dataRefStart", data.get(startTag(element)));
				xml.writeAttribute("dataRefEnd", data.get("</" + name + ">"));
				if (name.equals("a")) {
					xml.writeAttribute("type", "link");
				}
				else if (name.equals("span")) {
					// a part in another language (PageHtml): no formatting of its own
					xml.writeAttribute("type", "other");
				}
				else {
					xml.writeAttribute("type", "fmt");
					xml.writeAttribute("subType", name.equals("strong") ? "xlf:b" : "xlf:i");
				}
				inline(xml, element.childNodes(), data, codes);
				xml.writeEndElement();
			}
		}
	}

	/** The element's opening tag with its attributes (the cleaned HTML keeps few). */
	static String startTag(Element element) {
		StringBuilder tag = new StringBuilder("<").append(element.normalName());
		element.attributes()
			.forEach((attribute) -> tag.append(' ')
				.append(attribute.getKey())
				.append("=\"")
				.append(org.jsoup.nodes.Entities.escape(attribute.getValue()))
				.append('"'));
		return tag.append('>').toString();
	}

	/** The state a translation gets from the segments' states when the file decides. */
	static TranslationState stateOf(List<String> segmentStates) {
		if (segmentStates.stream().allMatch((state) -> state.equals("final") || state.equals("reviewed"))) {
			return TranslationState.CURRENT;
		}
		if (segmentStates.contains("initial")) {
			return TranslationState.IN_TRANSLATION;
		}
		return TranslationState.MACHINE_TRANSLATED;
	}

}
