package de.teilhabe.portal.xliff;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.Document;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The official XLIFF 2.0 core schema with the metadata module, kept in
 * {@code src/main/resources/portal/xliff/} (never fetched), and a secure parser: no DTD
 * (so no external entities and no entity expansion), secure processing on, nothing loaded
 * from outside. A file is first validated (every problem with its line and column, in the
 * reader's language where the JDK has the texts) and only then read into a DOM.
 */
@Component
class XliffSchema {

	/** The XLIFF 2.0 core namespace. */
	static final String CORE = "urn:oasis:names:tc:xliff:document:2.0";

	/** The XLIFF 2.0 metadata module's namespace. */
	static final String METADATA = "urn:oasis:names:tc:xliff:metadata:2.0";

	private static final String FOLDER = "portal/xliff/";

	private static final Map<String, String> LOCAL = Map.of("xml.xsd", "xml.xsd", "xliff_core_2.0.xsd",
			"xliff_core_2.0.xsd", "metadata.xsd", "metadata.xsd");

	private static final String LOCALE = "http://apache.org/xml/properties/locale";

	/** A problem of a file: where (1-based; 0 when unknown) and what. */
	record Problem(int line, int column, String message) {
	}

	private final Schema schema;

	XliffSchema() {
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setResourceResolver(new LocalSchemas());
			this.schema = factory.newSchema(new Source[] { source("xliff_core_2.0.xsd"), source("metadata.xsd") });
		}
		catch (SAXException ex) {
			throw new IllegalStateException("The XLIFF 2.0 schemas cannot be read", ex);
		}
	}

	/**
	 * Validates a file against the schema; every problem found (a file that is not
	 * well-formed XML or has a DOCTYPE stops at the first).
	 */
	List<Problem> validate(byte[] content, Locale locale) {
		List<Problem> problems = new ArrayList<>();
		ErrorHandler collect = new ErrorHandler() {

			@Override
			public void warning(SAXParseException ex) {
			}

			@Override
			public void error(SAXParseException ex) {
				add(problems, ex);
			}

			@Override
			public void fatalError(SAXParseException ex) throws SAXParseException {
				add(problems, ex);
				throw ex;
			}

		};
		try {
			XMLReader reader = secureParsers().newSAXParser().getXMLReader();
			setLocale(reader, locale);
			reader.setErrorHandler(collect);
			Validator validator = this.schema.newValidator();
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			try {
				validator.setProperty(LOCALE, locale);
			}
			catch (SAXException ex) {
				// the parser keeps its own language
			}
			validator.setErrorHandler(collect);
			validator.validate(new SAXSource(reader, new InputSource(new ByteArrayInputStream(content))));
		}
		catch (SAXParseException ex) {
			if (problems.isEmpty()) {
				add(problems, ex);
			}
		}
		catch (SAXException ex) {
			problems.add(new Problem(0, 0, String.valueOf(ex.getMessage())));
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			problems.add(new Problem(0, 0, String.valueOf(ex.getMessage())));
		}
		return problems;
	}

	/** Reads a file already validated into a DOM, with the same secure settings. */
	Document read(byte[] content) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(new ByteArrayInputStream(content));
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
		catch (SAXException ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static SAXParserFactory secureParsers() throws ParserConfigurationException, SAXException {
		SAXParserFactory factory = SAXParserFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
		factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		factory.setXIncludeAware(false);
		return factory;
	}

	private static void setLocale(XMLReader reader, Locale locale) {
		try {
			reader.setProperty(LOCALE, locale);
		}
		catch (SAXException ex) {
			// the parser keeps its own language
		}
	}

	private static void add(List<Problem> problems, SAXParseException ex) {
		problems.add(new Problem(Math.max(0, ex.getLineNumber()), Math.max(0, ex.getColumnNumber()),
				String.valueOf(ex.getMessage())));
	}

	private static Source source(String name) {
		try {
			InputStream in = new ClassPathResource(FOLDER + name).getInputStream();
			StreamSource source = new StreamSource(in);
			source.setSystemId("classpath:/" + FOLDER + name);
			return source;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Answers the schemas the core imports from the classpath, and nothing else. */
	private static final class LocalSchemas implements LSResourceResolver {

		@Override
		public LSInput resolveResource(String type, String namespace, String publicId, String systemId,
				String baseUri) {
			String name = (systemId != null) ? systemId.substring(systemId.lastIndexOf('/') + 1) : "";
			String local = LOCAL.get(name);
			if (local == null) {
				throw new IllegalStateException("Schema not kept in the repository: " + systemId);
			}
			try {
				return new LocalInput(new ClassPathResource(FOLDER + local).getInputStream(),
						"classpath:/" + FOLDER + local, publicId);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/** A schema from the classpath. */
	private record LocalInput(InputStream stream, String system, String publicId) implements LSInput {

		@Override
		public java.io.Reader getCharacterStream() {
			return null;
		}

		@Override
		public void setCharacterStream(java.io.Reader characterStream) {
		}

		@Override
		public InputStream getByteStream() {
			return this.stream;
		}

		@Override
		public void setByteStream(InputStream byteStream) {
		}

		@Override
		public String getStringData() {
			return null;
		}

		@Override
		public void setStringData(String stringData) {
		}

		@Override
		public String getSystemId() {
			return this.system;
		}

		@Override
		public void setSystemId(String systemId) {
		}

		@Override
		public String getPublicId() {
			return this.publicId;
		}

		@Override
		public void setPublicId(String publicId) {
		}

		@Override
		public String getBaseURI() {
			return null;
		}

		@Override
		public void setBaseURI(String baseURI) {
		}

		@Override
		public String getEncoding() {
			return null;
		}

		@Override
		public void setEncoding(String encoding) {
		}

		@Override
		public boolean getCertifiedText() {
			return false;
		}

		@Override
		public void setCertifiedText(boolean certifiedText) {
		}

	}

}
