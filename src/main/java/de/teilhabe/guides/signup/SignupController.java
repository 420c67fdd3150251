package de.teilhabe.guides.signup;

import java.text.Collator;
import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.teilhabe.guides.guide.GuideForm;
import de.teilhabe.guides.guide.GuideRegions;
import de.teilhabe.guides.guide.LabelledChoices;
import de.teilhabe.guides.guide.LanguageLevel;
import de.teilhabe.guides.guide.Mobility;
import de.teilhabe.guides.guide.Topic;
import de.teilhabe.region.Language;
import de.teilhabe.region.Languages;
import de.teilhabe.region.PublicPages;
import de.teilhabe.region.PublicPages.PublicPage;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormPage;
import de.teilhabe.shared.web.form.PublicFormGuard;
import de.teilhabe.shared.web.form.PublicFormGuard.Outcome;
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
 * The public sign-up of volunteer guides on the tenant's public pages
 * ({@code /p/{slug}/{language}/lotsen}), anonymous, in every public language of the
 * tenant: the form, the page after sending (check your mail), and the confirmation link
 * of the mail. A filled honeypot field answers like a success and stores nothing; more
 * sign-ups from one address than {@link SignupRateLimit} allows answer 429.
 */
@Controller
class SignupController {

	/** The page's name in the public pages' language switch. */
	static final String PAGE = "lotsen";

	/** The honeypot: a field people do not see; robots fill it. */
	static final String HONEYPOT = PublicFormGuard.HONEYPOT;

	private final Signups signups;

	private final SignupRateLimit limit;

	private final PublicPages pages;

	private final PublicFormGuard guard;

	private final GuideRegions regions;

	private final MessageSource messages;

	SignupController(Signups signups, SignupRateLimit limit, PublicPages pages, PublicFormGuard guard,
			GuideRegions regions, MessageSource messages) {
		this.signups = signups;
		this.limit = limit;
		this.pages = pages;
		this.guard = guard;
		this.regions = regions;
		this.messages = messages;
	}

	@GetMapping("/p/{slug}/{language}/lotsen")
	String form(@PathVariable String slug, @PathVariable String language, HttpServletRequest request, Model model) {
		PublicPage page = page(slug, language, request, model);
		Map<String, String> values = FormBinder.empty(Signups.SIMPLE_FIELDS);
		values.put("consent", "");
		return showForm(page, values, Map.of(), model);
	}

	@PostMapping("/p/{slug}/{language}/lotsen")
	String send(@PathVariable String slug, @PathVariable String language,
			@RequestParam MultiValueMap<String, String> params, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		PublicPage page = page(slug, language, request, model);
		// no time token: the mail's confirmation link stands in for it
		Screened screened = this.guard.screen(this.limit::allow, page.tenant().id(), null, params, request, response,
				model);
		if (screened.outcome() == Outcome.BUSY) {
			return showForm(page, FormBinder.empty(Signups.SIMPLE_FIELDS), Map.of(), model);
		}
		String sent = "redirect:/p/" + page.tenant().slug() + "/" + page.language().code() + "/lotsen/gesendet";
		if (screened.outcome() == Outcome.ROBOT) {
			return sent;
		}
		CheckedValues checked = this.signups.submit(page.tenant().id(), page.tenant().slug(), page.language(),
				screened.input());
		if (!checked.valid()) {
			return showForm(page, checked.values(), checked.errors(), model);
		}
		return sent;
	}

	@GetMapping("/p/{slug}/{language}/lotsen/gesendet")
	String sent(@PathVariable String slug, @PathVariable String language, HttpServletRequest request, Model model) {
		PublicPage page = page(slug, language, request, model);
		model.addAttribute("days", this.signups.validity().toDays());
		model.addAttribute("outcome", "sent");
		return "guides/signup/outcome";
	}

	/**
	 * The mail's link: a page with the button that confirms (a link opened by a mail
	 * program or scanner must not confirm anything).
	 */
	@GetMapping("/p/{slug}/{language}/lotsen/bestaetigen/{token}")
	String confirmation(@PathVariable String slug, @PathVariable String language, @PathVariable String token,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		PublicPage page = page(slug, language, request, model);
		model.addAttribute("token", token);
		return outcome(this.signups.check(page.tenant().id(), token), response, model);
	}

	@PostMapping("/p/{slug}/{language}/lotsen/bestaetigen/{token}")
	String confirm(@PathVariable String slug, @PathVariable String language, @PathVariable String token,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		PublicPage page = page(slug, language, request, model);
		return outcome(this.signups.confirm(page.tenant().id(), token), response, model);
	}

	private String outcome(Signups.Confirmation confirmation, HttpServletResponse response, Model model) {
		switch (confirmation) {
			case EXPIRED -> response.setStatus(HttpStatus.GONE.value());
			case UNKNOWN -> response.setStatus(HttpStatus.NOT_FOUND.value());
			default -> {
			}
		}
		model.addAttribute("days", this.signups.validity().toDays());
		model.addAttribute("outcome", confirmation.name().toLowerCase(Locale.ROOT));
		return "guides/signup/outcome";
	}

	/**
	 * Unknown tenant or language: the public pages' friendly 404 page, in German unless
	 * the path named a language the tenant offers.
	 */
	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(HttpServletRequest request, Model model) {
		return this.pages.notFound(request, model);
	}

	private String showForm(PublicPage page, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors, Model model) {
		FormPage.show(model, values, errors, this.messages, "guides.signup.field.", GuideForm.LANGUAGES,
				GuideForm.AVAILABILITY);
		model.addAttribute("gemeinden", this.regions.of(page.tenant().id()));
		model.addAttribute("spokenLanguages", spokenLanguages(page.language()));
		model.addAttribute("levels", LabelledChoices.of(LanguageLevel.values(), "guides.level.", this.messages));
		model.addAttribute("topics", Topic.values());
		model.addAttribute("mobilities", Mobility.values());
		model.addAttribute("weekdays", LabelledChoices.of(DayOfWeek.values(), "guides.day.", this.messages));
		model.addAttribute("consentText", this.signups.wording(page.language()));
		model.addAttribute("formTexts", "guides.signup.page.");
		return "guides/signup/form";
	}

	/**
	 * The languages of the platform's list to choose from: by their German or English
	 * name and their own on a page in German, English or Leichte Sprache; on a page in
	 * another language each by its own name only, marked with its language (the list's
	 * German and English names are all the platform has).
	 */
	static List<SpokenLanguage> spokenLanguages(Language shown) {
		Locale locale = shown.locale();
		if (List.of("de", "en").contains(locale.getLanguage())) {
			return LabelledChoices.languages()
				.stream()
				.map((entry) -> new SpokenLanguage(entry.getKey(), entry.getValue(), null, null))
				.toList();
		}
		Collator collator = Collator.getInstance(Locale.ROOT);
		return Languages.all()
			.stream()
			.sorted(Comparator.comparing(Language::nativeName, collator))
			.map((language) -> new SpokenLanguage(language.code(), language.nativeName(),
					// a sign language's and Leichte Sprache's names are German
					language.code().equals("gsg") || language.code().startsWith("de") ? "de" : language.code(),
					language.rightToLeft() ? "rtl" : null))
			.toList();
	}

	/**
	 * The tenant and language of a public path (404 for others), set up for the layout.
	 */
	private PublicPage page(String slug, String code, HttpServletRequest request, Model model) {
		return this.pages.open(slug, code, PAGE, request, model);
	}

	/**
	 * A language to choose.
	 *
	 * @param key its code (sent)
	 * @param value its name (shown)
	 * @param lang the language of its name where it differs from the page's, else null
	 * @param dir {@code rtl} for a name written right to left on such a page, else null
	 */
	record SpokenLanguage(String key, String value, String lang, String dir) {
	}

}
