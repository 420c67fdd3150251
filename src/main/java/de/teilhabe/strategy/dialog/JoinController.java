package de.teilhabe.strategy.dialog;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import de.teilhabe.shared.web.HtmxPages;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormPage;
import de.teilhabe.strategy.concept.ConceptStore;
import de.teilhabe.strategy.concept.Field;
import de.teilhabe.strategy.dialog.Records.JoinTarget;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The join page of live capture ({@code /w/{code}}): anonymous, for the small groups'
 * phones and laptops. A statement goes only to the workshop of its code, only while
 * capture is open (else 410), within the rate limit (else 429, the form kept as typed
 * with a message to wait). With htmx the form is sent without reloading the page (the
 * answer replaces the form's panel); without JavaScript it is a normal POST followed by a
 * redirect. The page speaks German or English after the browser's language unless the
 * language switch chose one.
 */
@Controller
class JoinController {

	static final String LANGUAGE_COOKIE = "teilhabe-lang";

	private final DialogStore store;

	private final ConceptStore concepts;

	private final FormBinder forms;

	private final MessageSource messages;

	private final JoinRateLimit limit;

	private final DialogRemoval removal;

	private final Clock clock;

	JoinController(DialogStore store, ConceptStore concepts, FormBinder forms, MessageSource messages,
			JoinRateLimit limit, DialogRemoval removal, Clock clock) {
		this.removal = removal;
		this.store = store;
		this.concepts = concepts;
		this.forms = forms;
		this.messages = messages;
		this.limit = limit;
		this.clock = clock;
	}

	@GetMapping("/w/{code}")
	String page(@PathVariable String code, @RequestParam(required = false) String sent, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		browserLanguage(request);
		JoinTarget target = find(code);
		Map<String, String> values = FormBinder.empty(FormBinder.fields(StatementForm.class));
		values.put("type", StatementType.STRENGTH.name());
		FormPage.show(model, values, Map.of(), this.messages, "strategy.dialog.statement.");
		model.addAttribute("sent", sent != null);
		return show(target, model, request, response);
	}

	@PostMapping("/w/{code}")
	String send(@PathVariable String code, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		browserLanguage(request);
		JoinTarget target = find(code);
		model.addAttribute("sent", false);
		if (!target.open()) {
			FormPage.show(model, Map.of(), Map.of(), this.messages, "strategy.dialog.statement.");
			return show(target, model, request, response);
		}
		String normalised = JoinCodes.normalise(code).orElseThrow();
		if (!this.limit.allow(normalised, request.getRemoteAddr())) {
			response.setStatus(429);
			response.setHeader(HttpHeaders.RETRY_AFTER, "60");
			// the form again with the statement as typed, to send once the minute is over
			model.addAttribute("busy", true);
			Map<String, String> typed = FormBinder.empty(FormBinder.fields(StatementForm.class));
			typed.replaceAll((field, empty) -> Objects.requireNonNullElse(params.getFirst(field), ""));
			FormPage.show(model, typed, Map.of(), this.messages, "strategy.dialog.statement.");
			return show(target, model, request, response);
		}
		List<Field> fields = this.concepts.fields(target.tenantId(), target.conceptId());
		FormBinder.Bound<StatementForm> bound = this.forms.bind(params.toSingleValueMap(), StatementForm.class,
				(form, errors) -> {
					if (form.field() != null && field(fields, form.field()).isEmpty()) {
						errors.rejectValue("field", "strategy.dialog.error.choice", new Object[] { form.field() },
								null);
					}
				});
		CheckedValues checked = bound.checked();
		if (!checked.valid()) {
			FormPage.show(model, checked, this.messages, "strategy.dialog.statement.");
			return show(target, model, request, response);
		}
		StatementForm form = bound.form();
		boolean stored = this.store.addJoinStatement(normalised, form.type(), form.text().strip(),
				field(fields, form.field()).orElseThrow().id(), blankToNull(form.smallGroup()),
				OffsetDateTime.now(this.clock));
		if (!stored) {
			// capture closed in between
			FormPage.show(model, Map.of(), Map.of(), this.messages, "strategy.dialog.statement.");
			return show(
					new JoinTarget(target.code(), target.tenantId(), target.workshopId(), target.dialogId(),
							target.conceptId(), target.title(), target.startsAt(), false, true),
					model, request, response);
		}
		if (!HtmxPages.wantsFragment(request)) {
			return "redirect:/w/" + normalised + "?sent";
		}
		// a fresh form for the next statement of the same small group and field
		Map<String, String> next = FormBinder.empty(FormBinder.fields(StatementForm.class));
		next.put("type", form.type().name());
		next.put("field", form.field());
		next.put("smallGroup", (form.smallGroup() != null) ? form.smallGroup() : "");
		FormPage.show(model, next, Map.of(), this.messages, "strategy.dialog.statement.");
		model.addAttribute("sent", true);
		return show(target, model, request, response);
	}

	private String show(JoinTarget target, Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("target", target);
		model.addAttribute("code", target.code());
		if (target.closed() || !target.open()) {
			response.setStatus(410);
			model.addAttribute("state", "closed");
		}
		else {
			model.addAttribute("state", "open");
			model.addAttribute("fields", this.concepts.fields(target.tenantId(), target.conceptId()));
			model.addAttribute("types", StatementType.values());
		}
		return HtmxPages.pageOrFragment(request, "strategy/dialog/join", "panel");
	}

	/** The workshop of a code, or the closed page of a deleted workshop's code. */
	private JoinTarget find(String code) {
		Optional<String> normalised = JoinCodes.normalise(code);
		return normalised.flatMap(this.store::joinTarget)
			.or(() -> normalised.flatMap(this.removal::retiredTarget))
			.orElseThrow(() -> new NotFoundException("strategy.dialog.error.unknownCode"));
	}

	private static Optional<Field> field(List<Field> fields, String name) {
		return fields.stream().filter((field) -> field.name().equalsIgnoreCase(name.strip())).findFirst();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * Without a language chosen on the switch: German or English after the browser's
	 * {@code Accept-Language} (participants have no account that remembers it).
	 */
	static void browserLanguage(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (LANGUAGE_COOKIE.equals(cookie.getName())) {
					return;
				}
			}
		}
		if (request.getParameter("lang") != null) {
			return;
		}
		Locale locale = Locale.GERMAN;
		String accepted = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		if (accepted != null && !accepted.isBlank()) {
			try {
				String language = Locale.lookupTag(Locale.LanguageRange.parse(accepted), List.of("de", "en"));
				if (language != null) {
					locale = Locale.forLanguageTag(language);
				}
			}
			catch (IllegalArgumentException ex) {
				// a malformed header: German
			}
		}
		request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME, locale);
		LocaleContextHolder.setLocale(locale);
	}

}
