package de.teilhabe.strategy.goal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.startup.Preparation;
import de.teilhabe.shared.web.FragmentRenderer;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormPage;
import de.teilhabe.strategy.concept.Concept;
import de.teilhabe.strategy.concept.ConceptStore;
import de.teilhabe.strategy.concept.Field;
import de.teilhabe.strategy.goal.GoalPages.GoalRow;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The controlling (every staff role): the overview of the Handlungsfelder of the current
 * version of the concept (per field how many goals stand where, how many measures serve
 * them by their status and how many goals changed their status at the last update after
 * indicator values changed), the dashboard of each field (its goals with their status,
 * the reason in words, figures and the measures serving them; the measures; what changed)
 * and the tolerance setting (STRATEGY).
 */
@Controller
class ControllingPages {

	/** The order in which measure statuses are named. */
	private static final List<String> MEASURE_STATUSES = List.of("RUNNING", "PLANNED", "DONE", "DROPPED");

	private final GoalViews views;

	private final GoalStore goals;

	private final GoalStatuses statuses;

	private final ConceptStore concepts;

	private final GoalAudit audit;

	private final Preparation preparation;

	private final ControllingCache cache;

	private final FragmentRenderer fragments;

	private final FormBinder forms;

	private final MessageSource messages;

	ControllingPages(GoalViews views, GoalStore goals, GoalStatuses statuses, ConceptStore concepts, GoalAudit audit,
			Preparation preparation, ControllingCache cache, FragmentRenderer fragments, FormBinder forms,
			MessageSource messages) {
		this.forms = forms;
		this.messages = messages;
		this.cache = cache;
		this.fragments = fragments;
		this.views = views;
		this.goals = goals;
		this.statuses = statuses;
		this.concepts = concepts;
		this.audit = audit;
		this.preparation = preparation;
	}

	/** The response buffer of a controlling page: the whole page. */
	private static final int PAGE_BUFFER = 256 * 1024;

	/**
	 * A Handlungsfeld's line of the overview: its goals per status (goals waiting for the
	 * figures after a start are counted under none), the measures serving them in words,
	 * and how many of its goals changed their status at the last update.
	 */
	record FieldSummary(UUID id, String field, Map<GoalStatus, Integer> counts, int total, String measures,
			String changed) {

	}

	/**
	 * How many goals of a field have a status: the status, its name, the goals in words.
	 */
	record StatusCount(GoalStatus status, String name, String goals) {

	}

	/** A measure on a field's dashboard: its title, its status in words, its goals. */
	record MeasureLine(UUID id, String title, String status, int goals) {

	}

	@GetMapping("/strategy/controlling")
	String overview(Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		UUID tenantId = CurrentActor.get().tenantId();
		page(model, null, locale, request, response,
				() -> new ControllingCache.Content(null, render("strategy/controlling-content :: content",
						overviewContent(tenantId, writer(), locale), locale, request, response)));
		return "strategy/controlling";
	}

	/**
	 * The dashboard of a Handlungsfeld of the current version; another version's field,
	 * another tenant's or an unknown one answers 404.
	 */
	@GetMapping("/strategy/controlling/fields/{fieldId}")
	String field(@PathVariable UUID fieldId, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		UUID tenantId = CurrentActor.get().tenantId();
		page(model, fieldId, locale, request, response, () -> {
			Concept concept = this.concepts.current(tenantId).orElseThrow(ControllingPages::fieldNotFound);
			Field field = this.concepts.field(tenantId, fieldId)
				.filter((found) -> found.conceptId().equals(concept.id()))
				.orElseThrow(ControllingPages::fieldNotFound);
			return new ControllingCache.Content(field.name(), render("strategy/controlling-field-content :: content",
					fieldContent(tenantId, concept, field, locale), locale, request, response));
		});
		return "strategy/controlling-field";
	}

	/**
	 * Puts a controlling page's content into the model: rendered once and kept (the same
	 * for every reader of a tenant in a language, but for the link to the settings) until
	 * the goals, statuses, tolerance or measures change; rendered anew on every view
	 * while the figures are being prepared after a start.
	 */
	private void page(Model model, UUID fieldId, Locale locale, HttpServletRequest request,
			HttpServletResponse response, Supplier<ControllingCache.Content> render) {
		// the page fits the buffer: the response is not committed while it is rendered,
		// which would make the session save itself in the middle of every view
		response.setBufferSize(PAGE_BUFFER);
		Actor actor = CurrentActor.get();
		boolean preparing = this.preparation.inProgress();
		model.addAttribute("preparing", preparing);
		ControllingCache.Content content = preparing ? render.get()
				: this.cache.content(new ControllingCache.Key(actor.tenantId(), fieldId, locale, writer()), render);
		model.addAttribute("heading", content.heading());
		model.addAttribute("dashboard", content.html());
	}

	private static boolean writer() {
		return CurrentActor.get().has(Role.STRATEGY);
	}

	private String render(String fragment, Map<String, Object> model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		return FragmentRenderer.withoutIndentation(this.fragments.render(fragment, model, locale, request, response));
	}

	private static NotFoundException fieldNotFound() {
		return new NotFoundException("strategy.goal.error.fieldNotFound");
	}

	/** What the overview shows. */
	private Map<String, Object> overviewContent(UUID tenantId, boolean writer, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		Concept concept = this.concepts.current(tenantId).orElse(null);
		model.put("concept", concept);
		model.put("writer", writer);
		model.put("statuses", GoalStatus.values());
		if (concept == null) {
			return model;
		}
		OffsetDateTime updated = this.goals.statusesUpdatedAt(tenantId).orElse(null);
		GoalViews.Reader reader = this.views.reader(tenantId, locale);
		Map<UUID, List<Goal>> byField = new HashMap<>();
		for (Goal goal : this.goals.all(tenantId, concept.id())) {
			byField.computeIfAbsent(goal.fieldId(), (field) -> new ArrayList<>()).add(goal);
		}
		Map<UUID, Map<String, Integer>> measures = this.goals.measureCountsByField(tenantId, concept.id());
		List<FieldSummary> summaries = new ArrayList<>();
		for (Field field : this.concepts.fields(tenantId, concept.id())) {
			List<Goal> goals = byField.getOrDefault(field.id(), List.of());
			Map<GoalStatus, Integer> counts = zeroCounts();
			int changed = 0;
			for (Goal goal : goals) {
				Controlling.Assessment assessment = reader.assess(goal);
				if (!reader.waitingForFigures(goal, assessment)) {
					counts.merge(assessment.status(), 1, Integer::sum);
				}
				if (changedAt(goal, updated)) {
					changed++;
				}
			}
			summaries.add(new FieldSummary(field.id(), field.name(), counts, goals.size(),
					measureWords(measures.get(field.id()), locale),
					(updated != null) ? message("strategy.goal.controlling.changedCount", locale, changed) : null));
		}
		model.put("summaries", summaries);
		model.put("updated", updated);
		return model;
	}

	/** What a field's dashboard shows. */
	private Map<String, Object> fieldContent(UUID tenantId, Concept concept, Field field, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		model.put("concept", concept);
		model.put("field", field);
		OffsetDateTime updated = this.goals.statusesUpdatedAt(tenantId).orElse(null);
		GoalViews.Reader reader = this.views.reader(tenantId, locale);
		List<GoalRow> rows = new ArrayList<>();
		List<GoalRow> changed = new ArrayList<>();
		Map<GoalStatus, Integer> counts = zeroCounts();
		for (Goal goal : this.goals.ofField(tenantId, field.id())) {
			GoalRow row = GoalPages.row(reader, goal);
			rows.add(row);
			if (row.status() != null) {
				counts.merge(row.status(), 1, Integer::sum);
			}
			if (changedAt(goal, updated)) {
				changed.add(row);
			}
		}
		Map<UUID, String> goalMeasures = new HashMap<>();
		this.goals.measureCounts(tenantId, concept.id())
			.forEach((goal, byStatus) -> goalMeasures.put(goal, measureWords(byStatus, locale)));
		List<MeasureLine> measures = this.goals.measuresOfField(tenantId, field.id())
			.stream()
			.map((measure) -> new MeasureLine(measure.id(), measure.title(),
					message("strategy.goal.controlling.measureStatus." + measure.status(), locale), measure.goals()))
			.toList();
		List<StatusCount> statusCounts = new ArrayList<>();
		counts.forEach((status, count) -> statusCounts.add(new StatusCount(status, reader.statusName(status),
				message("strategy.goal.goals.count", locale, count))));
		model.put("goals", rows);
		model.put("counts", statusCounts);
		model.put("updated", updated);
		model.put("changed", changed);
		model.put("goalMeasures", goalMeasures);
		model.put("noMeasures", message("strategy.goal.controlling.measureCounts", locale, 0));
		model.put("measures", measures);
		return model;
	}

	/**
	 * Whether the goal's status changed at the last update after indicator values
	 * changed.
	 */
	private static boolean changedAt(Goal goal, OffsetDateTime updated) {
		return updated != null && goal.previousStatus() != null && goal.statusChangedAt() != null
				&& goal.statusChangedAt().toInstant().equals(updated.toInstant());
	}

	private static Map<GoalStatus, Integer> zeroCounts() {
		Map<GoalStatus, Integer> counts = new EnumMap<>(GoalStatus.class);
		for (GoalStatus status : GoalStatus.values()) {
			counts.put(status, 0);
		}
		return counts;
	}

	/**
	 * Measures by status in words, e.g. „2 laufen, 1 geplant“, running first; „keine“
	 * when there are none.
	 */
	private String measureWords(Map<String, Integer> byStatus, Locale locale) {
		List<String> words = new ArrayList<>();
		for (String status : MEASURE_STATUSES) {
			Integer count = (byStatus != null) ? byStatus.get(status) : null;
			if (count != null && count > 0) {
				words.add(message("strategy.goal.controlling.measures." + status, locale, count));
			}
		}
		return words.isEmpty() ? message("strategy.goal.controlling.measureCounts", locale, 0)
				: String.join(", ", words);
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	@GetMapping("/strategy/settings")
	String settings(Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		return settingsPage(model, Map.of("tolerance", percent(this.goals.tolerance(tenantId))), Map.of());
	}

	/**
	 * Saves the tolerance and computes every goal's status again; a value that is no
	 * percentage from 0 to 100 (two decimal places at most, a decimal comma allowed) is
	 * refused with 400, its message at the field and the value as sent, and nothing is
	 * stored.
	 */
	@PostMapping("/strategy/settings")
	String saveSettings(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		// a field sent twice counts once (the binding takes the first value; joined with
		// a
		// comma it would read as a decimal comma)
		String sent = Objects.requireNonNullElse(params.getFirst("tolerance"), "");
		FormBinder.Bound<SettingsForm> bound = this.forms.bind(Map.of("tolerance", sent.replace(',', '.')),
				SettingsForm.class);
		if (!bound.valid()) {
			Map<String, String> values = new LinkedHashMap<>(bound.checked().values());
			values.put("tolerance", sent.strip());
			return settingsPage(model, values, bound.checked().errors());
		}
		BigDecimal percent = bound.form().tolerance();
		this.goals.setTolerance(actor.tenantId(), percent.divide(BigDecimal.valueOf(100)));
		this.statuses.recomputeAll(actor.tenantId());
		this.audit.toleranceChanged(actor, percent.toPlainString() + " %");
		redirect.addFlashAttribute("saved", true);
		return "redirect:/strategy/settings";
	}

	private String settingsPage(Model model, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors) {
		FormPage.show(model, values, errors, this.messages, "strategy.goal.field.");
		return "strategy/settings";
	}

	private static String percent(BigDecimal share) {
		return share.multiply(BigDecimal.valueOf(100))
			.setScale(2, RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString();
	}

}
