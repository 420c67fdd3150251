package de.teilhabe.counselling.discrimination;

import java.util.Map;

import de.teilhabe.counselling.discrimination.ComplaintCodes.Area;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Characteristic;
import de.teilhabe.counselling.discrimination.ComplaintCodes.DiscriminationForm;
import de.teilhabe.region.Language;
import de.teilhabe.region.PublicPages;
import de.teilhabe.region.PublicPages.PublicPage;
import de.teilhabe.region.Tenant;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormPage;
import de.teilhabe.shared.web.form.FormTimeToken;
import de.teilhabe.shared.web.form.PublicFormGuard;
import de.teilhabe.shared.web.form.PublicFormGuard.Screened;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
 * The public anonymous report form for discrimination
 * ({@code /p/{slug}/{language}/diskriminierung-melden}): no sign-in, no cookie, no
 * personal data required (a contact only for a reply, with consent), in every public
 * language of the tenant (the form's texts in every default public language, in the
 * public pages' texts {@code public-site_<locale>.properties}). Against robots, as the
 * guides' sign-up: a hidden honeypot field (filled: answered like a success, nothing
 * stored), a rate limit per client address ({@link ReportRateLimit}, then 429); and the
 * form's time token ({@link FormTimeToken}: sent within seconds of being shown, the form
 * is shown again, nothing stored). A report lands as a complaint reported online, not yet
 * reviewed.
 */
@Controller
class PublicReportController {

	static final String PAGE = "diskriminierung-melden";

	private static final String FORM = "discrimination-report";

	private final Complaints complaints;

	private final PublicPages pages;

	private final PublicFormGuard guard;

	private final ReportRateLimit limit;

	private final MessageSource messages;

	PublicReportController(Complaints complaints, PublicPages pages, PublicFormGuard guard, MessageSource messages,
			ReportRateLimit limit) {
		this.complaints = complaints;
		this.pages = pages;
		this.guard = guard;
		this.messages = messages;
		this.limit = limit;
	}

	@GetMapping("/p/{slug}/{language}/" + PAGE)
	String form(@PathVariable String slug, @PathVariable String language, HttpServletRequest request, Model model) {
		Tenant tenant = this.pages.open(slug, language, PAGE, request, model).tenant();
		return showForm(tenant, FormBinder.empty(FormBinder.fields(ReportForm.class)), Map.of(), model);
	}

	@PostMapping("/p/{slug}/{language}/" + PAGE)
	String send(@PathVariable String slug, @PathVariable String language,
			@RequestParam MultiValueMap<String, String> params, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		PublicPage page = this.pages.open(slug, language, PAGE, request, model);
		Tenant tenant = page.tenant();
		Screened screened = this.guard.screen(this.limit::allow, tenant.id(), FORM, params, request, response, model);
		return switch (screened.outcome()) {
			case BUSY -> showForm(tenant, FormBinder.empty(FormBinder.fields(ReportForm.class)), Map.of(), model);
			case ROBOT -> sent(model);
			case AGAIN -> showForm(tenant, this.complaints.check(screened.input()).values(), Map.of(), model);
			case PASSED -> report(tenant, page.language(), screened.input(), model);
		};
	}

	private String report(Tenant tenant, Language shown, Map<String, Object> input, Model model) {
		CheckedValues checked = this.complaints.report(tenant.id(), shown, input);
		if (!checked.valid()) {
			return showForm(tenant, checked.values(), checked.errors(), model);
		}
		return sent(model);
	}

	private static String sent(Model model) {
		model.addAttribute("sent", true);
		return "counselling/discrimination/report";
	}

	/**
	 * Unknown tenant or language: the public pages' friendly 404 page, in German.
	 */
	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(HttpServletRequest request, Model model) {
		return this.pages.notFound(request, model);
	}

	private String showForm(Tenant tenant, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors, Model model) {
		FormPage.show(model, values, errors, this.messages, "counselling.discrimination.report.field.");
		// the error summary and "please choose" in the form's own texts (every public
		// language)
		model.addAttribute("formTexts", "counselling.discrimination.report.page.");
		model.addAttribute("areas", Area.values());
		model.addAttribute("characteristics", Characteristic.values());
		model.addAttribute("discriminationForms", DiscriminationForm.values());
		model.addAttribute("timeToken", this.guard.timeToken(tenant.id(), FORM));
		return "counselling/discrimination/report";
	}

}
