package de.teilhabe.counselling.webrequest;

import java.util.List;
import java.util.Map;

import de.teilhabe.counselling.casework.Topic;
import de.teilhabe.region.Language;
import de.teilhabe.region.PublicPages;
import de.teilhabe.region.PublicPages.PublicPage;
import de.teilhabe.region.Tenant;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.TokenBuckets;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormPage;
import de.teilhabe.shared.web.form.FormTimeToken;
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
 * „Beratung anfragen“ on the public portal
 * ({@code /p/{slug}/{language}/beratung-anfragen}): no sign-in, no cookie; the form's
 * texts in German, English and Arabic (others read German). Against robots as the
 * discrimination report: a honeypot field (filled: answered like a success, nothing
 * stored), the form's time token ({@link FormTimeToken}) and a rate limit per client
 * address ({@code teilhabe.counselling.web-requests-per-client-per-hour}, default 10,
 * then 429).
 */
@Controller
class PublicWebRequestController {

	static final String PAGE = "beratung-anfragen";

	private static final String FORM = "counselling-web-request";

	private final WebRequests requests;

	private final PublicPages pages;

	private final PublicFormGuard guard;

	private final MessageSource messages;

	private final TokenBuckets perClient;

	PublicWebRequestController(WebRequests requests, PublicPages pages, PublicFormGuard guard, MessageSource messages,
			@Value("${teilhabe.counselling.web-requests-per-client-per-hour:10}") int perHour) {
		this.requests = requests;
		this.pages = pages;
		this.guard = guard;
		this.messages = messages;
		this.perClient = new TokenBuckets(perHour, java.time.Duration.ofHours(1), 20_000);
	}

	/** Forgets every address (tests start from a full bucket). */
	void reset() {
		this.perClient.clear();
	}

	@GetMapping("/p/{slug}/{language}/" + PAGE)
	String form(@PathVariable String slug, @PathVariable String language, HttpServletRequest request, Model model) {
		Tenant tenant = page(slug, language, request, model).tenant();
		return showForm(tenant, FormBinder.empty(WebRequests.FIELDS), Map.of(), model);
	}

	@PostMapping("/p/{slug}/{language}/" + PAGE)
	String send(@PathVariable String slug, @PathVariable String language,
			@RequestParam MultiValueMap<String, String> params, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		PublicPage page = page(slug, language, request, model);
		Tenant tenant = page.tenant();
		List<Language> offered = page.offered();
		Screened screened = this.guard.screen(this.perClient::take, tenant.id(), FORM, params, request, response,
				model);
		return switch (screened.outcome()) {
			case BUSY -> showForm(tenant, FormBinder.empty(WebRequests.FIELDS), Map.of(), model);
			case ROBOT -> sent(model);
			case AGAIN -> showForm(tenant,
					this.requests.check(tenant.id(), offered, screened.input()).checked().values(), Map.of(), model);
			case PASSED -> submit(tenant, page.language(), offered, screened.input(), model);
		};
	}

	private String submit(Tenant tenant, Language shown, List<Language> offered, Map<String, Object> input,
			Model model) {
		CheckedValues checked = this.requests.send(tenant.id(), shown, offered, input);
		if (!checked.valid()) {
			return showForm(tenant, checked.values(), checked.errors(), model);
		}
		return sent(model);
	}

	private static String sent(Model model) {
		model.addAttribute("sent", true);
		return "counselling/webrequest/public-form";
	}

	/** Unknown tenant or language: the public pages' friendly 404 page, in German. */
	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(HttpServletRequest request, Model model) {
		return this.pages.notFound(request, model);
	}

	private String showForm(Tenant tenant, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors, Model model) {
		FormPage.show(model, values, errors, this.messages, "portal.forms.request.field.");
		model.addAttribute("formTexts", "portal.forms.request.page.");
		model.addAttribute("topics", Topic.values());
		model.addAttribute("gemeinden", this.requests.gemeinden(tenant.id()));
		model.addAttribute("timeToken", this.guard.timeToken(tenant.id(), FORM));
		return "counselling/webrequest/public-form";
	}

	/**
	 * The tenant and language of a public path (404 for others), set up for the layout.
	 */
	private PublicPage page(String slug, String code, HttpServletRequest request, Model model) {
		PublicPage page = this.pages.open(slug, code, PAGE, request, model);
		model.addAttribute("consentLanguage", WebRequests.consentLanguage(page.language()));
		return page;
	}

}
