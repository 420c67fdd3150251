package de.teilhabe.guides.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.guides.guide.LabelledChoices;
import de.teilhabe.guides.guide.Qualification;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.form.FormPage;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
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
 * The course pages of the Leitstelle: the courses (upcoming first, past ones below), the
 * form of a course with its sessions, a course with its participants, enrolling guides
 * found by name, the attendance grid (present, excused, absent at each session) and the
 * completion of each participant; and the qualifications of active guides that lapsed or
 * lapse soon, each with the next course granting it.
 */
@Controller
class TrainingController {

	private static final String LABELS = "guides.training.field.";

	private final Trainings trainings;

	private final TrainingStore store;

	private final MessageSource messages;

	private final Times times;

	TrainingController(Trainings trainings, TrainingStore store, MessageSource messages, Times times) {
		this.trainings = trainings;
		this.store = store;
		this.messages = messages;
		this.times = times;
	}

	@GetMapping("/guides/trainings")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		var result = this.store.list(actor.tenantId(), this.trainings.today(), new ApiPaging(page, 50));
		model.addAttribute("result", result);
		model.addAttribute("upcoming",
				result.items().stream().filter((c) -> !c.lastDay().isBefore(this.trainings.today())).toList());
		model.addAttribute("past",
				result.items().stream().filter((c) -> c.lastDay().isBefore(this.trainings.today())).toList());
		model.addAttribute("due", this.trainings.countDue(actor.tenantId()));
		return "guides/trainings";
	}

	@GetMapping("/guides/trainings/qualifications")
	String due(Model model) {
		model.addAttribute("due", this.trainings.due(CurrentActor.get().tenantId()));
		model.addAttribute("days", Trainings.DUE_DAYS);
		return "guides/training-due";
	}

	@GetMapping({ "/guides/trainings/new", "/guides/trainings/{id}/edit" })
	String form(@PathVariable(required = false) UUID id, Model model) {
		Course course = (id != null) ? this.trainings.visible(CurrentActor.get(), id) : null;
		return formPage(model, course, (course != null) ? CourseForm.of(course) : CourseForm.empty(), Map.of());
	}

	@PostMapping({ "/guides/trainings", "/guides/trainings/{id}" })
	String save(@PathVariable(required = false) UUID id, @RequestParam MultiValueMap<String, String> params,
			Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		Course course = (id != null) ? this.trainings.visible(actor, id) : null;
		Trainings.Saved saved = this.trainings.save(actor, course, params);
		if (saved.id() == null) {
			return formPage(model, course, saved.checked().values(), saved.checked().errors());
		}
		redirect.addFlashAttribute("saved", "trainingSaved");
		return "redirect:/guides/trainings/" + saved.id();
	}

	private String formPage(Model model, Course course, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors) {
		FormPage.show(model, values, errors, this.messages, LABELS, CourseForm.SESSIONS);
		model.addAttribute("course", course);
		model.addAttribute("kinds", LabelledChoices.of(CourseKind.values(), "guides.training.kind.", this.messages));
		model.addAttribute("qualifications",
				LabelledChoices.of(Qualification.values(), "guides.qualification.", this.messages));
		return "guides/training-form";
	}

	@GetMapping("/guides/trainings/{id}")
	String course(@PathVariable UUID id, @RequestParam(required = false) String q, Model model) {
		Actor actor = CurrentActor.get();
		coursePage(model, actor, this.trainings.visible(actor, id), q, Map.of(), Map.of(), null);
		return "guides/training";
	}

	@PostMapping("/guides/trainings/{id}/participants")
	String enrol(@PathVariable UUID id, @RequestParam(required = false) UUID guideId, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Actor actor = CurrentActor.get();
		Course course = this.trainings.visible(actor, id);
		String refusal = (guideId != null) ? this.trainings.enrol(actor, id, guideId) : "guides.training.error.noGuide";
		if (refusal != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			coursePage(model, actor, course, null, Map.of("q", Trainings.message(refusal)),
					Map.of("q", text("guides.training.field.q")), null);
			return "guides/training";
		}
		redirect.addFlashAttribute("saved", "trainingEnrolled");
		return "redirect:/guides/trainings/" + id + "#participants";
	}

	@PostMapping("/guides/trainings/{id}/participants/{guideId}/withdraw")
	String withdraw(@PathVariable UUID id, @PathVariable UUID guideId, RedirectAttributes redirect) {
		this.trainings.withdraw(CurrentActor.get(), id, guideId);
		redirect.addFlashAttribute("saved", "trainingWithdrawn");
		return "redirect:/guides/trainings/" + id + "#participants";
	}

	@PostMapping("/guides/trainings/{id}/attendance")
	String attendance(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Actor actor = CurrentActor.get();
		Course course = this.trainings.visible(actor, id);
		Map<String, Object> values = new LinkedHashMap<>();
		params.forEach((name, sent) -> values.put(name, (sent.size() == 1) ? sent.get(0) : sent));
		Map<String, MessageSourceResolvable> errors = this.trainings.recordAttendance(actor, course, values);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Map<String, String> labels = new LinkedHashMap<>();
			List<Participant> participants = this.store.participants(actor.tenantId(), id);
			for (Course.Session session : course.sessions()) {
				for (Participant participant : participants) {
					String field = Trainings.attendanceField(session.id(), participant.guideId());
					if (errors.containsKey(field)) {
						labels.put(field, text("guides.training.attendanceOf", participant.name(),
								this.times.date(session.day()), session.starts().toString()));
					}
				}
			}
			Map<String, String> sent = new LinkedHashMap<>();
			values.forEach((name, value) -> sent.put(name, String.valueOf(value)));
			coursePage(model, actor, course, null, errors, labels, sent);
			return "guides/training";
		}
		redirect.addFlashAttribute("saved", "trainingAttendance");
		return "redirect:/guides/trainings/" + id + "#attendance";
	}

	@PostMapping("/guides/trainings/{id}/participants/{guideId}/completion")
	String complete(@PathVariable UUID id, @PathVariable UUID guideId, @RequestParam(required = false) String reason,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Actor actor = CurrentActor.get();
		Trainings.Completion completion = this.trainings.complete(actor, id, guideId, reason);
		if (completion.refusal() != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Course course = this.trainings.visible(actor, id);
			String field = "reason-" + guideId;
			String name = this.store.participant(actor.tenantId(), id, guideId).map(Participant::name).orElse("");
			Map<String, String> sent = new LinkedHashMap<>();
			sent.put(field, (reason != null) ? reason : "");
			coursePage(model, actor, course, null, Map.of(field, Trainings.message(completion.refusal())),
					Map.of(field, text("guides.training.field.reasonOf", name)), sent);
			return "guides/training";
		}
		redirect.addFlashAttribute("saved", completion.trained() ? "trainingCompletedTrained" : "trainingCompleted");
		return "redirect:/guides/trainings/" + id + "#participants";
	}

	private void coursePage(Model model, Actor actor, Course course, String q,
			Map<String, ? extends MessageSourceResolvable> errors, Map<String, String> errorLabels,
			Map<String, String> sent) {
		List<Participant> participants = this.store.participants(actor.tenantId(), course.id());
		model.addAttribute("course", course);
		model.addAttribute("participants", participants);
		model.addAttribute("today", this.trainings.today());
		model.addAttribute("held", course.heldBy(this.trainings.today()));
		model.addAttribute("anyBegun", course.sessions().stream().anyMatch((s) -> s.begunBy(this.trainings.today())));
		model.addAttribute("q", (q != null) ? q.strip() : "");
		model.addAttribute("matches",
				(q != null && !q.isBlank()) ? this.store.enrollable(actor.tenantId(), course.id(), q) : null);
		model.addAttribute("attendances", Attendance.values());
		Map<String, String> resolved = new LinkedHashMap<>();
		Locale locale = LocaleContextHolder.getLocale();
		errors.forEach((field, error) -> resolved.put(field, this.messages.getMessage(error, locale)));
		model.addAttribute("errors", resolved);
		model.addAttribute("errorLabels", errorLabels);
		model.addAttribute("sent", (sent != null) ? sent : Map.of());
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
