package de.teilhabe.counselling.consultation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.counselling.casework.Topic;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormPage;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
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
 * The expert consultations' pages (COUNSELLOR): the list (50 a page), the form for a new
 * one and for a change. Wrong values: the form again with every wrong field named (400).
 */
@Controller
class ConsultationController {

	static final String PATH = "/counselling/expert-consultations";

	private final Consultations consultations;

	private final MessageSource messages;

	ConsultationController(Consultations consultations, MessageSource messages) {
		this.consultations = consultations;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String list(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("consultations",
				this.consultations.list(CurrentActor.get(), ApiPaging.of((page != null) ? Math.max(0, page) : 0, 50)));
		return "counselling/consultation/consultations";
	}

	@GetMapping(PATH + "/new")
	String newForm(Model model) {
		Map<String, String> values = FormBinder.empty(FormBinder.fields(ConsultationForm.class));
		values.put("consultedOn", this.consultations.today().toString());
		return form(model, null, new CheckedValues(values, Map.of()));
	}

	@PostMapping(PATH)
	String create(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Consultations.Saved saved = this.consultations.create(CurrentActor.get(), input(params));
		if (saved.id() == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, null, saved.checked());
		}
		redirect.addFlashAttribute("saved", "created");
		return "redirect:" + PATH;
	}

	@GetMapping(PATH + "/{id}")
	String show(@PathVariable UUID id, Model model) {
		Consultation consultation = this.consultations.read(CurrentActor.get(), id);
		Map<String, String> values = new LinkedHashMap<>();
		values.put("organisationId",
				(consultation.organisationId() != null) ? consultation.organisationId().toString() : "");
		values.put("serviceName", (consultation.organisationId() == null) ? consultation.serviceName() : "");
		values.put("consultedOn", consultation.consultedOn().toString());
		values.put("question", consultation.question());
		values.put("answer", (consultation.answer() != null) ? consultation.answer() : "");
		values.put("minutes", Integer.toString(consultation.minutes()));
		values.put("topics",
				String.join(FormBinder.LIST_SEPARATOR, consultation.topics().stream().map(Topic::name).toList()));
		return form(model, consultation, new CheckedValues(values, Map.of()));
	}

	@PostMapping(PATH + "/{id}")
	String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		Consultations.Saved saved = this.consultations.update(actor, id, input(params));
		if (saved.id() == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, this.consultations.read(actor, id), saved.checked());
		}
		redirect.addFlashAttribute("saved", "changed");
		return "redirect:" + PATH;
	}

	private String form(Model model, Consultation consultation, CheckedValues checked) {
		FormPage.show(model, checked, this.messages, "counselling.consultation.field.");
		model.addAttribute("consultation", consultation);
		model.addAttribute("organisations", this.consultations.organisations(CurrentActor.get()));
		model.addAttribute("topics", Topic.values());
		return "counselling/consultation/consultation";
	}

	private static Map<String, Object> input(MultiValueMap<String, String> params) {
		Map<String, Object> input = new LinkedHashMap<>();
		params.forEach((name, values) -> input.put(name, (values.size() == 1) ? values.get(0) : values));
		return input;
	}

}
