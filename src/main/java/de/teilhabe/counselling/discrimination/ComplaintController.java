package de.teilhabe.counselling.discrimination;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.counselling.casework.Cases;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Area;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Characteristic;
import de.teilhabe.counselling.discrimination.ComplaintCodes.DiscriminationForm;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Intervention;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Level;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Outcome;
import de.teilhabe.region.Languages;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormPage;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The complaints' pages (COUNSELLOR holding the permission): the list (50 a page, the
 * online reports not yet reviewed marked, filter for them), the form for a new one, a
 * complaint with its form to change it (saving an online report marks it reviewed). Wrong
 * values: the form again with every wrong field named (400), nothing stored.
 */
@Controller
class ComplaintController {

	static final String PATH = "/counselling/discrimination-complaints";

	private static final String LABELS = "counselling.discrimination.field.";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final Complaints complaints;

	private final Cases cases;

	private final MessageSource messages;

	ComplaintController(Complaints complaints, Cases cases, MessageSource messages) {
		this.complaints = complaints;
		this.cases = cases;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String list(@RequestParam(required = false) Boolean unreviewed, @RequestParam(required = false) Integer page,
			Model model) {
		boolean onlyUnreviewed = Boolean.TRUE.equals(unreviewed);
		ApiPage<Complaint> shown = this.complaints.list(CurrentActor.get(), onlyUnreviewed,
				ApiPaging.of((page != null) ? Math.max(0, page) : 0, 50));
		model.addAttribute("complaints", shown);
		model.addAttribute("unreviewed", onlyUnreviewed);
		model.addAttribute("waiting", this.complaints.countUnreviewed(CurrentActor.get().tenantId()));
		return "counselling/discrimination/complaints";
	}

	@GetMapping(PATH + "/new")
	String newForm(Model model) {
		this.complaints.requirePermitted(CurrentActor.get());
		Map<String, String> values = FormBinder.empty(FormBinder.fields(ComplaintForm.class));
		values.put("outcome", Outcome.OPEN.name());
		return form(model, null, new CheckedValues(values, Map.of()));
	}

	@PostMapping(PATH)
	String create(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Complaints.Saved saved = this.complaints.create(CurrentActor.get(), input(params));
		if (saved.id() == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, null, saved.checked());
		}
		redirect.addFlashAttribute("saved", "created");
		return "redirect:" + PATH + "/" + saved.id();
	}

	@GetMapping(PATH + "/{id}")
	String show(@PathVariable UUID id, Model model) {
		Complaint complaint = this.complaints.read(CurrentActor.get(), id, "detail");
		return form(model, complaint, new CheckedValues(values(complaint), Map.of()));
	}

	@PostMapping(PATH + "/{id}")
	String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		Complaints.Saved saved = this.complaints.update(actor, id, input(params));
		if (saved.id() == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, this.complaints.read(actor, id, "edit"), saved.checked());
		}
		redirect.addFlashAttribute("saved", "changed");
		return "redirect:" + PATH + "/" + id;
	}

	private String form(Model model, Complaint complaint, CheckedValues checked) {
		Actor actor = CurrentActor.get();
		FormPage.show(model, checked, this.messages, LABELS);
		model.addAttribute("complaint", complaint);
		model.addAttribute("areas", Area.values());
		model.addAttribute("characteristics", Characteristic.values());
		model.addAttribute("discriminationForms", DiscriminationForm.values());
		model.addAttribute("levels", Level.values());
		model.addAttribute("interventions", Intervention.values());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("caseChoices", caseChoices(actor, complaint));
		model.addAttribute("caseReadable", complaint != null && this.complaints.readsCase(actor, complaint.caseId()));
		model.addAttribute("today", this.complaints.today());
		model.addAttribute("reportedLanguage",
				(complaint != null && complaint.reportedLanguage() != null)
						? Languages.find(complaint.reportedLanguage())
							.map((language) -> language.name(LocaleContextHolder.getLocale()))
							.orElse(null)
						: null);
		return "counselling/discrimination/complaint";
	}

	/**
	 * The cases the complaint may be linked to, by client name: the counsellor's open
	 * cases (100 at most), and the case linked already.
	 */
	private List<Map.Entry<String, String>> caseChoices(Actor actor, Complaint complaint) {
		List<Map.Entry<String, String>> choices = new ArrayList<>();
		Locale locale = LocaleContextHolder.getLocale();
		UUID linked = (complaint != null) ? complaint.caseId() : null;
		boolean linkedShown = false;
		for (var row : this.cases.mine(actor, "OPEN", null, ApiPaging.of(0, ApiPaging.MAX_SIZE)).items()) {
			if (row.clientName() == null) {
				continue;
			}
			choices.add(Map.entry(row.id().toString(), this.messages.getMessage("counselling.discrimination.caseChoice",
					new Object[] { row.clientName(), row.openedOn().format(DAY) }, locale)));
			linkedShown |= row.id().equals(linked);
		}
		if (linked != null && !linkedShown) {
			choices.add(0, Map.entry(linked.toString(),
					this.messages.getMessage("counselling.discrimination.caseLinked", null, locale)));
		}
		return choices;
	}

	private static Map<String, String> values(Complaint complaint) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("incidentOn", (complaint.incidentOn() != null) ? complaint.incidentOn().toString() : "");
		values.put("area", complaint.area().name());
		values.put("characteristics", joined(complaint.characteristics()));
		values.put("forms", joined(complaint.forms()));
		values.put("level", (complaint.level() != null) ? complaint.level().name() : "");
		values.put("interventions", joined(complaint.interventions()));
		values.put("outcome", complaint.outcome().name());
		values.put("description", (complaint.description() != null) ? complaint.description() : "");
		values.put("caseId", (complaint.caseId() != null) ? complaint.caseId().toString() : "");
		return values;
	}

	private static String joined(List<? extends Enum<?>> codes) {
		return String.join(FormBinder.LIST_SEPARATOR, codes.stream().map(Enum::name).toList());
	}

	private static Map<String, Object> input(MultiValueMap<String, String> params) {
		Map<String, Object> input = new LinkedHashMap<>();
		params.forEach((name, values) -> input.put(name, (values.size() == 1) ? values.get(0) : values));
		return input;
	}

}
