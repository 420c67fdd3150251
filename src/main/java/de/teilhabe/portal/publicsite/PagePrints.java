package de.teilhabe.portal.publicsite;

import java.io.IOException;
import java.util.Map;

import de.teilhabe.portal.page.Version;
import de.teilhabe.region.Language;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.documents.DocumentRequest;
import de.teilhabe.shared.documents.Documents;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.PlatformAddress;
import de.teilhabe.shared.web.PublicContentCache;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * A portal page as a PDF in one of its languages, made by the platform's
 * {@link Documents} (tagged PDF/UA, fonts embedded, Arabic and Farsi shaped right to
 * left): the page's title, summary and text as the page shows them (the German text with
 * its note where the language has none), the breadcrumbs, the addresses of its links
 * written out and the page's own address. Kept in the {@link PublicContentCache} like the
 * page (made again when the tenant's public content changes).
 */
@Component
class PagePrints {

	static final String TEMPLATE = "portal/print/page";

	/**
	 * Styles of the printed page: the addresses of links written after them, the writing
	 * direction of blocks in another language, the address at the end.
	 */
	private static final String HEAD = """
			<style>
			.print-url { font-size: 9pt; color: #4a4a4a; }
			[dir='ltr'] { direction: ltr; }
			[dir='rtl'] { direction: rtl; }
			.print-crumbs { font-size: 9pt; color: #4a4a4a; }
			.print-summary { font-size: 12pt; }
			.print-note { border: 0.5pt solid #8c8c8c; padding: 2mm 3mm; }
			.print-address { margin-top: 8mm; font-size: 9pt; color: #4a4a4a; }
			</style>""";

	private final PortalPages pages;

	private final PublicContentCache cache;

	private final Documents documents;

	private final Tenants tenants;

	private final PlatformAddress address;

	PagePrints(PortalPages pages, PublicContentCache cache, Documents documents, Tenants tenants,
			PlatformAddress address) {
		this.pages = pages;
		this.cache = cache;
		this.documents = documents;
		this.tenants = tenants;
		this.address = address;
	}

	/**
	 * The PDF of a page from the cache or made now, sent as a download with its ETag (304
	 * when the client has it); 404 for an unknown tenant, language or page.
	 */
	void send(String slug, String code, String asked, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Tenant tenant = this.pages.tenant(slug);
		Language language = this.pages.language(tenant, code, request);
		String path = PortalPages.path(asked);
		if (path == null) {
			throw new NotFoundException("portal.error.notFound.page");
		}
		PublicContentCache.Content pdf = this.cache.get(
				new PublicContentCache.Key(tenant.id(), "portal pdf " + language.code() + "/" + path),
				() -> PublicContentCache.Content.of(render(tenant, language, path), "application/pdf"));
		String name = path.substring(path.lastIndexOf('/') + 1) + "-" + language.code() + ".pdf";
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
		PublicContentCache.send(pdf, request, response);
	}

	/** The public address of a page in a language. */
	String address(Tenant tenant, Language language, String path) {
		return this.address.base() + "/p/" + tenant.slug() + "/" + language.code() + "/" + path;
	}

	private byte[] render(Tenant tenant, Language language, String path) {
		Map<String, Object> model = this.pages.model(tenant, language, path);
		Version shown = (Version) model.get("version");
		model.put("body", xhtml(shown.body(), this.address.base()));
		model.put("address", address(tenant, language, path));
		model.put("documentHead", HEAD);
		// a document's variables hold no null (e.g. a tenant without settings)
		model.values().removeIf(java.util.Objects::isNull);
		return this.documents.render(DocumentRequest
			.ofTemplate(TEMPLATE, model, shown.title(), language.locale(), this.tenants.letterhead(tenant.id()))
			.withRightToLeft(language.rightToLeft()));
	}

	/**
	 * A page's cleaned text as well-formed XHTML for the document (openhtmltopdf reads
	 * XML), each link as its text followed by its address.
	 */
	static String xhtml(String cleaned, String base) {
		Document body = Jsoup.parseBodyFragment((cleaned != null) ? cleaned : "");
		// on paper a link is its text and its address written after it (this site's made
		// absolute); the PDF has no link annotations (PDF/UA would ask each for a
		// description)
		for (Element link : body.select("a")) {
			String href = link.attr("href");
			if (!href.isBlank()) {
				link.after(new Element("span").addClass("print-url")
					.text(" (" + (href.startsWith("/") ? base + href : href) + ")"));
			}
			link.unwrap();
		}
		body.outputSettings()
			.syntax(Document.OutputSettings.Syntax.xml)
			.escapeMode(Entities.EscapeMode.xhtml)
			.prettyPrint(false);
		return body.body().html();
	}

}
