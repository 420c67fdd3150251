package de.teilhabe.portal.publicsite;

import java.util.Map;
import java.util.Set;

import de.teilhabe.portal.accessibility.BarrierReports;
import de.teilhabe.region.Language;
import de.teilhabe.region.PublicPages;
import de.teilhabe.region.PublicPages.PublicPage;
import de.teilhabe.region.Tenant;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.TokenBuckets;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormPage;
import de.teilhabe.shared.web.form.PublicFormGuard;
import de.teilhabe.shared.web.form.PublicFormGuard.Screened;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The accessibility statement ({@code /p/{slug}/{language}/barrierefreiheit}, linked from
 * the footer of every public page): status, content that is not accessible, how it was
 * prepared, the feedback mechanism (the office's contact from the tenant settings and a
 * form to report a barrier) and the enforcement procedure. In German and English; other
 * languages read the German text (marked {@code lang="de"}) with a note. The barrier form
 * is protected against robots as the other public forms (honeypot, time token, rate limit
 * {@code teilhabe.portal.barrier-reports-per-client-per-hour}, default 10). No cookie.
 */
@Controller
class AccessibilityStatementController {

	static final String PAGE = "barrierefreiheit";

	private static final String FORM = "portal-barrier-report";

	/** The languages the statement is written in. */
	private static final Set<String> WRITTEN_IN = Set.of("de", "en");

	private final PublicPages pages;

	private final BarrierReports reports;

	private final PublicFormGuard guard;

	private final MessageSource messages;

	private final TokenBuckets perClient;

	private final String preparedOn;

	AccessibilityStatementController(PublicPages pages, BarrierReports reports, PublicFormGuard guard,
			MessageSource messages, @Value("${teilhabe.portal.barrier-reports-per-client-per-hour:10}") int perHour,
			@Value("${teilhabe.portal.accessibility.prepared-on:2026-12-06}") String preparedOn) {
		this.pages = pages;
		this.reports = reports;
		this.guard = guard;
		this.messages = messages;
		this.perClient = new TokenBuckets(perHour, java.time.Duration.ofHours(1), 20_000);
		this.preparedOn = preparedOn;
	}

	/** Forgets every address (tests start from a full bucket). */
	void reset() {
		this.perClient.clear();
	}

	@GetMapping("/p/{slug}/{language}/" + PAGE)
	String statement(@PathVariable String slug, @PathVariable String language, HttpServletRequest request,
			Model model) {
		Tenant tenant = page(slug, language, request, model).tenant();
		return show(tenant, FormBinder.empty(BarrierReports.FIELDS), Map.of(), model);
	}

	@PostMapping("/p/{slug}/{language}/" + PAGE)
	String report(@PathVariable String slug, @PathVariable String language,
			@RequestParam MultiValueMap<String, String> params, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		PublicPage page = page(slug, language, request, model);
		Tenant tenant = page.tenant();
		String shown = page.language().code();
		Screened screened = this.guard.screen(this.perClient::take, tenant.id(), FORM, params, request, response,
				model);
		return switch (screened.outcome()) {
			case BUSY -> show(tenant, FormBinder.empty(BarrierReports.FIELDS), Map.of(), model);
			case ROBOT -> sent(tenant, model);
			case AGAIN -> show(tenant, this.reports.report(tenant.id(), shown, screened.input(), false).values(),
					Map.of(), model);
			case PASSED -> submit(tenant, shown, screened.input(), model);
		};
	}

	private String submit(Tenant tenant, String language, Map<String, Object> input, Model model) {
		CheckedValues checked = this.reports.report(tenant.id(), language, input, true);
		if (!checked.valid()) {
			return show(tenant, checked.values(), checked.errors(), model);
		}
		return sent(tenant, model);
	}

	private String sent(Tenant tenant, Model model) {
		model.addAttribute("sent", true);
		return show(tenant, FormBinder.empty(BarrierReports.FIELDS), Map.of(), model);
	}

	private String show(Tenant tenant, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors, Model model) {
		FormPage.show(model, values, errors, this.messages, "portal.forms.barrier.field.");
		model.addAttribute("formTexts", "portal.forms.barrier.page.");
		model.addAttribute("timeToken", this.guard.timeToken(tenant.id(), FORM));
		return "portal/public/accessibility";
	}

	private PublicPage page(String slug, String code, HttpServletRequest request, Model model) {
		PublicPage page = this.pages.open(slug, code, PAGE, request, model);
		Language language = page.language();
		boolean written = WRITTEN_IN.contains(language.code());
		// the page in the reader's language (set by open): the statement's own texts
		// exist in German and English only (other languages fall back to German, marked
		// lang=de), the title, the note and the barrier report form in every language
		model.addAttribute("germanFallback", !written);
		model.addAttribute("fallbackNote",
				this.messages.getMessage("portal.forms.statement.fallback", null,
						this.messages.getMessage("portal.forms.statement.fallback", null, PortalPages.GERMAN.locale()),
						language.locale()));
		model.addAttribute("preparedOn", java.time.LocalDate.parse(this.preparedOn));
		return page;
	}

	/** Unknown tenant or language: the public pages' friendly 404 page. */
	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(HttpServletRequest request, Model model) {
		return this.pages.notFound(request, model);
	}

}
