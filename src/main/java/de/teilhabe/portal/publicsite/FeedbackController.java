package de.teilhabe.portal.publicsite;

import java.util.LinkedHashMap;
import java.util.Map;

import de.teilhabe.portal.feedback.PageFeedback;
import de.teilhabe.region.PublicPages;
import de.teilhabe.region.PublicPages.PublicPage;
import de.teilhabe.region.Tenant;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.TokenBuckets;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormPage;
import de.teilhabe.shared.web.form.PublicFormGuard;
import de.teilhabe.shared.web.form.PublicFormGuard.Screened;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * „War diese Seite hilfreich?“: the small form at the end of every portal page is sent
 * here ({@code POST /p/{slug}/{language}/rueckmeldung}). Against robots as the other
 * public forms: honeypot, time token (the page carries it; a page kept longer than the
 * token's day is answered with the form again and a fresh token), rate limit per client
 * address ({@code teilhabe.portal.feedback-per-client-per-hour}, default 30). No cookie.
 */
@Controller
class FeedbackController {

	static final String PAGE = "rueckmeldung";

	static final String FORM = "portal-feedback";

	private final PublicPages pages;

	private final PageFeedback feedback;

	private final PublicFormGuard guard;

	private final MessageSource messages;

	private final TokenBuckets perClient;

	FeedbackController(PublicPages pages, PageFeedback feedback, PublicFormGuard guard, MessageSource messages,
			@Value("${teilhabe.portal.feedback-per-client-per-hour:30}") int perHour) {
		this.pages = pages;
		this.feedback = feedback;
		this.guard = guard;
		this.messages = messages;
		this.perClient = new TokenBuckets(perHour, java.time.Duration.ofHours(1), 20_000);
	}

	/** Forgets every address (tests start from a full bucket). */
	void reset() {
		this.perClient.clear();
	}

	@PostMapping("/p/{slug}/{language}/" + PAGE)
	String send(@PathVariable String slug, @PathVariable String language,
			@RequestParam MultiValueMap<String, String> params, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String path = params.getFirst("page");
		PublicPage page = this.pages.open(slug, language,
				(path != null && PortalPages.path(path) != null) ? PortalPages.path(path) : "", request, model);
		Tenant tenant = page.tenant();
		String shown = page.language().code();
		Screened screened = this.guard.screen(this.perClient::take, tenant.id(), FORM, params, request, response,
				model);
		return switch (screened.outcome()) {
			case BUSY -> show(tenant, Map.of(), Map.of(), model);
			case ROBOT -> sent(model);
			case AGAIN ->
				show(tenant, this.feedback.send(tenant.id(), shown, screened.input(), false).values(), Map.of(), model);
			case PASSED -> submit(tenant, shown, screened.input(), model);
		};
	}

	private String submit(Tenant tenant, String language, Map<String, Object> input, Model model) {
		CheckedValues checked = this.feedback.send(tenant.id(), language, input, true);
		if (!checked.valid()) {
			return show(tenant, checked.values(), checked.errors(), model);
		}
		return sent(model);
	}

	private static String sent(Model model) {
		model.addAttribute("sent", true);
		return "portal/public/feedback";
	}

	private String show(Tenant tenant, Map<String, String> values,
			Map<String, ? extends org.springframework.context.MessageSourceResolvable> errors, Model model) {
		Map<String, String> shown = new LinkedHashMap<>();
		PageFeedback.FIELDS.forEach((field) -> shown.put(field, values.getOrDefault(field, "")));
		if (shown.get("page").isEmpty()) {
			shown.put("page", (String) model.getAttribute("page"));
		}
		FormPage.show(model, shown, errors, this.messages, "portal.forms.feedback.field.");
		model.addAttribute("formTexts", "portal.forms.feedback.page.");
		model.addAttribute("feedbackToken", this.guard.timeToken(tenant.id(), FORM));
		return "portal/public/feedback";
	}

	/** Unknown tenant or language: the public pages' friendly 404 page. */
	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(HttpServletRequest request, Model model) {
		return this.pages.notFound(request, model);
	}

}
