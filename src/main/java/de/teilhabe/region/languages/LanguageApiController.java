package de.teilhabe.region.languages;

import de.teilhabe.region.Language;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The languages a tenant's public pages offer ({@code GET /api/v1/languages?tenant=}),
 * anonymous like the pages: the codes of their addresses ({@code /p/{slug}/{code}/}),
 * with names and writing direction. A code list, so a page holds all of it by default.
 */
@RestController
class LanguageApiController {

	/**
	 * A language as the API shows it.
	 *
	 * @param code ISO 639 code (639-1 where there is one, else 639-3), {@code de-x-ls}
	 * for Leichte Sprache
	 * @param nativeName its name in itself, e.g. العربية
	 * @param nameDe its German name
	 * @param nameEn its English name
	 * @param dir {@code ltr} or {@code rtl}
	 * @param variantOf the language it is a variant of ({@code de} for Leichte Sprache),
	 * else null
	 */
	record LanguageView(String code, String nativeName, String nameDe, String nameEn, String dir, String variantOf) {

		static LanguageView of(Language language) {
			return new LanguageView(language.code(), language.nativeName(), language.nameDe(), language.nameEn(),
					language.dir(), language.variantOf());
		}

	}

	private final Tenants tenants;

	LanguageApiController(Tenants tenants) {
		this.tenants = tenants;
	}

	@GetMapping(path = "/api/v1/languages", produces = MediaType.APPLICATION_JSON_VALUE)
	ApiPage<LanguageView> offered(@RequestParam String tenant, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Tenant found = this.tenants.findBySlug(tenant)
			.orElseThrow(() -> new NotFoundException("error.notFound.tenant"));
		ApiPaging paging = ApiPaging.of(page, (size != null) ? size : ApiPaging.MAX_SIZE);
		return ApiPage.slice(this.tenants.publicLanguages(found.id()), paging).map(LanguageView::of);
	}

}
