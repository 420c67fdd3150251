package de.teilhabe.portal.office;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.portal.page.Page;
import de.teilhabe.portal.page.PageStore;
import de.teilhabe.portal.page.PortalLanguages;
import de.teilhabe.portal.page.TranslationState;
import de.teilhabe.portal.page.Version;
import de.teilhabe.region.Language;
import de.teilhabe.region.Languages;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.documents.DocumentRequest;
import de.teilhabe.shared.documents.Documents;
import de.teilhabe.shared.qr.QrCodes;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.PlatformAddress;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A poster of a portal page for the office (STRATEGY) to hang up, as a PDF (A4 or A3) in
 * one of the page's languages: the page's title in that language and in German, a QR code
 * of the page's public address in that language, the address as text, the language's name
 * and the tenant's name (the running header). Asked for from the page's view
 * ({@code /portal/pages/{id}}, form „Aushang mit QR-Code“).
 */
@Controller
class PosterController {

	/** The sizes a poster can have. */
	enum Size {

		A4, A3

	}

	static final String TEMPLATE = "portal/print/poster";

	/** The poster's styles (larger on A3). */
	private static final String STYLE = """
			.poster { text-align: center; }
			.poster h1 { font-size: 30pt; margin: 10mm 0 4mm 0; }
			.poster--A3 h1 { font-size: 42pt; }
			.poster-german { font-size: 16pt; margin: 0 0 8mm 0; }
			.poster--A3 .poster-german { font-size: 22pt; }
			.poster-code img { width: 110mm; height: 110mm; }
			.poster--A3 .poster-code img { width: 160mm; height: 160mm; }
			.poster-url { font-size: 13pt; font-weight: bold; margin-top: 6mm; }
			.poster--A3 .poster-url { font-size: 18pt; }
			.poster-language { font-size: 13pt; }
			[dir='ltr'] { direction: ltr; }
			[dir='rtl'] { direction: rtl; }
			""";

	private final PageStore store;

	private final PortalLanguages languages;

	private final Tenants tenants;

	private final Documents documents;

	private final PlatformAddress address;

	PosterController(PageStore store, PortalLanguages languages, Tenants tenants, Documents documents,
			PlatformAddress address) {
		this.store = store;
		this.languages = languages;
		this.tenants = tenants;
		this.documents = documents;
		this.address = address;
	}

	@GetMapping("/portal/pages/{id}/poster")
	ResponseEntity<byte[]> poster(@PathVariable UUID id, @RequestParam(defaultValue = PageStore.SOURCE) String language,
			@RequestParam(defaultValue = "A4") String size) {
		UUID tenantId = CurrentActor.get().tenantId();
		Page page = this.store.find(tenantId, id)
			.orElseThrow(() -> new NotFoundException("portal.error.notFound.page"));
		Language shown = PageStore.SOURCE.equals(language) ? Languages.find(PageStore.SOURCE).orElseThrow()
				: this.languages.translation(tenantId, language)
					.orElseThrow(() -> new BadRequestException("portal.print.error.language"));
		Size format = java.util.Arrays.stream(Size.values())
			.filter((candidate) -> candidate.name().equals(size))
			.findFirst()
			.orElseThrow(() -> new BadRequestException("portal.print.error.size"));
		Map<String, Version> versions = this.store.versions(tenantId, id);
		Version german = versions.get(PageStore.SOURCE);
		if (german == null) {
			throw new NotFoundException("portal.error.notFound.page");
		}
		// a translation being translated is not public yet: the page shows the German
		// title
		Version own = Optional.ofNullable(versions.get(shown.code()))
			.filter((version) -> version.state() != TranslationState.IN_TRANSLATION)
			.orElse(german);
		Tenant tenant = this.tenants.find(tenantId).orElseThrow();
		String url = this.address.base() + "/p/" + tenant.slug() + "/" + shown.code() + "/" + page.path();
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("title", own.title());
		model.put("titleLanguage", Languages.find(own.language()).orElse(shown));
		model.put("german", german.title());
		model.put("showGerman", !own.language().equals(PageStore.SOURCE));
		model.put("language", shown);
		model.put("url", url);
		model.put("shortUrl", url.replaceFirst("^https?://", ""));
		model.put("qr", "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCodes.png(url, 8)));
		model.put("size", format.name());
		model.put("documentHead",
				"<style>@page { size: " + format.name() + "; @bottom-center { content: none; } }" + STYLE + "</style>");
		byte[] pdf = this.documents.render(DocumentRequest
			.ofTemplate(TEMPLATE, model, own.title(), shown.locale(), this.tenants.letterhead(tenantId))
			.withRightToLeft(shown.rightToLeft()));
		String segment = page.path().substring(page.path().lastIndexOf('/') + 1);
		return Documents.download(pdf,
				"aushang-" + segment + "-" + shown.code() + "-" + format.name().toLowerCase(Locale.ROOT) + ".pdf");
	}

}
