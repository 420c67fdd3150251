package de.teilhabe.counselling.casework;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.counselling.access.ClientAccess.Kind;
import de.teilhabe.counselling.casework.CaseAccess.CaseStub;
import de.teilhabe.counselling.casework.Cases.CaseView;
import de.teilhabe.counselling.casework.Cases.Outcome;
import de.teilhabe.counselling.client.Client;
import de.teilhabe.counselling.client.Clients;
import de.teilhabe.region.Languages;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormPage;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case pages of the Beratungsstelle: the counsellor's cases (filtered by state and
 * kind), the form to open a case from the client's page (kind, topics ticked by name,
 * title), a case's page with its client, phase and next step, topics, Förderplan goals,
 * handover history and the forms to change them, close, reopen and hand over; and the
 * short-contact form (a few clicks). A form with wrong values is shown again with every
 * wrong field named (400), nothing stored.
 */
@Controller
class CaseController {

	private static final String LABELS = "counselling.cases.field.";

	private static final int PAGE_SIZE = 50;

	private final Cases cases;

	private final CaseAccess access;

	private final Clients clients;

	private final MessageSource messages;

	CaseController(Cases cases, CaseAccess access, Clients clients, MessageSource messages) {
		this.cases = cases;
		this.access = access;
		this.clients = clients;
		this.messages = messages;
	}

	@GetMapping("/counselling/cases")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String kind,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String state = CaseApiController.status(status);
		CaseKind chosen = CaseApiController.kind(kind);
		model.addAttribute("result",
				this.cases.mine(CurrentActor.get(), state, chosen, new ApiPaging(page, PAGE_SIZE)));
		model.addAttribute("status", (state != null) ? state : "");
		model.addAttribute("kind", (chosen != null) ? chosen.name() : "");
		model.addAttribute("kinds", CaseKind.values());
		return "counselling/cases";
	}

	@GetMapping("/counselling/clients/{id}/cases/new")
	String newCase(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		if (this.clients.grant(actor, id).kind() == Kind.NONE) {
			return "redirect:/counselling/clients/" + id + "/break-glass";
		}
		Map<String, String> values = new LinkedHashMap<>(FormBinder.empty(FormBinder.fields(CaseForm.class)));
		values.put("kind", CaseKind.COUNSELLING.name());
		values.put("openedOn", this.cases.today().toString());
		return caseForm(model, actor, id, values, Map.of());
	}

	@PostMapping("/counselling/clients/{id}/cases")
	String open(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model) {
		Actor actor = CurrentActor.get();
		Outcome outcome = this.cases.open(actor, id, single(params));
		if (!outcome.stored()) {
			return caseForm(model, actor, id, outcome.checked().values(), outcome.checked().errors());
		}
		return "redirect:/counselling/cases/" + outcome.id();
	}

	private String caseForm(Model model, Actor actor, UUID clientId, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors) {
		Client client = this.clients.read(actor, clientId, "new case");
		FormPage.show(model, values, errors, this.messages, LABELS);
		model.addAttribute("client", client);
		model.addAttribute("kinds", List.of(CaseKind.COUNSELLING, CaseKind.CASE_MANAGEMENT));
		model.addAttribute("topics", Topic.values());
		model.addAttribute("benefits", BenefitStatus.values());
		model.addAttribute("today", this.cases.today().toString());
		return "counselling/case-form";
	}

	@GetMapping("/counselling/cases/{id}")
	String detail(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		CaseStub stub = this.access.stub(actor, id).orElseThrow(Cases::notFound);
		if (!stub.grant().kind().reads()) {
			return "redirect:/counselling/clients/" + stub.clientId() + "/break-glass";
		}
		return casePage(model, actor, id, Map.of(), Map.of());
	}

	@GetMapping("/counselling/cases/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		CaseView view = this.cases.read(actor, id, "edit");
		Map<String, String> values = new LinkedHashMap<>();
		values.put("topics",
				String.join(FormBinder.LIST_SEPARATOR, view.row().topics().stream().map(Topic::name).toList()));
		values.put("title", (view.row().title() != null) ? view.row().title() : "");
		values.put("benefitAtStart", (view.row().benefitAtStart() != null) ? view.row().benefitAtStart().name() : "");
		values.put("benefitAtEnd", (view.row().benefitAtEnd() != null) ? view.row().benefitAtEnd().name() : "");
		return editPage(model, view, values, Map.of());
	}

	@PostMapping("/counselling/cases/{id}")
	String change(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		Outcome outcome = this.cases.change(actor, id, single(params));
		if (!outcome.stored()) {
			return editPage(model, this.cases.read(actor, id, "edit"), outcome.checked().values(),
					outcome.checked().errors());
		}
		return saved(redirect, id, "changed");
	}

	private String editPage(Model model, CaseView view, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors) {
		FormPage.show(model, values, errors, this.messages, LABELS);
		model.addAttribute("view", view);
		model.addAttribute("topics", Topic.values());
		model.addAttribute("benefits", BenefitStatus.values());
		return "counselling/case-edit";
	}

	@PostMapping("/counselling/cases/{id}/phase")
	String phase(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		return afterChange(id, model, redirect, this.cases.phase(CurrentActor.get(), id, single(params)), "phase");
	}

	@PostMapping("/counselling/cases/{id}/close")
	String close(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		return afterChange(id, model, redirect, this.cases.close(CurrentActor.get(), id, single(params)), "closed");
	}

	@PostMapping("/counselling/cases/{id}/reopen")
	String reopen(@PathVariable UUID id, RedirectAttributes redirect) {
		this.cases.reopen(CurrentActor.get(), id);
		return saved(redirect, id, "reopened");
	}

	@PostMapping("/counselling/cases/{id}/handover")
	String handOver(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		Outcome outcome = this.cases.handOver(actor, id, single(params));
		if (outcome.stored() && !this.cases.stillReads(actor, id)) {
			redirect.addFlashAttribute("saved", "handedAway");
			return "redirect:/counselling/cases";
		}
		return afterChange(id, model, redirect, outcome, "handover");
	}

	@PostMapping("/counselling/cases/{id}/goals")
	String addGoal(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		return afterChange(id, model, redirect, this.cases.addGoal(CurrentActor.get(), id, single(params)),
				"goalAdded");
	}

	@PostMapping("/counselling/cases/{id}/goals/{goalId}")
	String changeGoal(@PathVariable UUID id, @PathVariable UUID goalId,
			@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		return afterChange(id, model, redirect, this.cases.changeGoal(CurrentActor.get(), id, goalId, single(params)),
				"goalChanged");
	}

	private String afterChange(UUID id, Model model, RedirectAttributes redirect, Outcome outcome, String what) {
		if (!outcome.stored()) {
			return casePage(model, CurrentActor.get(), id, outcome.checked().values(), outcome.checked().errors());
		}
		return saved(redirect, id, what);
	}

	private static String saved(RedirectAttributes redirect, UUID id, String what) {
		redirect.addFlashAttribute("saved", what);
		return "redirect:/counselling/cases/" + id;
	}

	/** The case's page (read and audited as detail), with a form's values and errors. */
	private String casePage(Model model, Actor actor, UUID id, Map<String, String> sent,
			Map<String, ? extends MessageSourceResolvable> errors) {
		CaseView view = this.cases.read(actor, id, "detail");
		Map<String, String> values = new LinkedHashMap<>();
		values.put("closedOn", this.cases.today().toString());
		values.put("to", "");
		values.put("text", "");
		values.put("dueOn", "");
		values.put("state", GoalState.OPEN.name());
		values.putAll(sent);
		FormPage.show(model, values, errors, this.messages, LABELS);
		model.addAttribute("view", view);
		List<Map.Entry<String, String>> counsellors = new ArrayList<>();
		this.cases.counsellors(actor).forEach((user, name) -> {
			if (!user.equals(view.row().responsibleId())) {
				counsellors.add(new AbstractMap.SimpleImmutableEntry<>(user.toString(), name));
			}
		});
		model.addAttribute("counsellors", counsellors);
		model.addAttribute("goalStates", GoalState.values());
		model.addAttribute("benefits", BenefitStatus.values());
		model.addAttribute("today", this.cases.today().toString());
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("contactLanguage", (view.shortContact() != null && view.shortContact().language() != null)
				? Languages.displayName(view.shortContact().language(), locale) : null);
		return "counselling/case";
	}

	@GetMapping("/counselling/short-contacts/new")
	String newShortContact(Model model) {
		Map<String, String> values = new LinkedHashMap<>(FormBinder.empty(FormBinder.fields(ShortContactForm.class)));
		values.put("happenedOn", this.cases.today().toString());
		values.put("channel", ContactChannel.IN_PERSON.name());
		values.put("language", "de");
		values.put("durationMinutes", "15");
		return shortContactForm(model, values, Map.of());
	}

	@PostMapping("/counselling/short-contacts")
	String recordShortContact(@RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Outcome outcome = this.cases.recordShortContact(CurrentActor.get(), single(params));
		if (!outcome.stored()) {
			return shortContactForm(model, outcome.checked().values(), outcome.checked().errors());
		}
		redirect.addFlashAttribute("saved", "shortContact");
		return "redirect:/counselling/short-contacts/new";
	}

	private String shortContactForm(Model model, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors) {
		FormPage.show(model, values, errors, this.messages, LABELS);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("topics", Topic.values());
		model.addAttribute("channels", ContactChannel.values());
		model.addAttribute("languages", Languages.sortedByName(locale)
			.stream()
			.map((language) -> new AbstractMap.SimpleImmutableEntry<>(language.code(), language.displayName(locale)))
			.toList());
		model.addAttribute("durations",
				List.of(5, 10, 15, 20, 30, 45, 60, 90)
					.stream()
					.map((minutes) -> new AbstractMap.SimpleImmutableEntry<>(String.valueOf(minutes),
							this.messages.getMessage("counselling.cases.minutes", new Object[] { minutes }, locale)))
					.toList());
		model.addAttribute("today", this.cases.today().toString());
		return "counselling/short-contact";
	}

	/**
	 * A page form's values: a list field (topics) keeps every value, others the first.
	 */
	private static Map<String, Object> single(MultiValueMap<String, String> params) {
		Map<String, Object> values = new LinkedHashMap<>();
		params.forEach((name, list) -> values.put(name, (list.size() == 1) ? list.get(0) : list));
		return values;
	}

}
