package de.teilhabe.strategy.goal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.startup.Preparation;
import de.teilhabe.shared.web.FragmentRenderer;
import de.teilhabe.strategy.concept.Concept;
import de.teilhabe.strategy.concept.ConceptStore;
import de.teilhabe.strategy.goal.GoalPages.FieldGoals;
import de.teilhabe.strategy.goal.GoalPages.GoalRow;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The controlling dashboard (every staff role): per Handlungsfeld of the current version
 * of the concept the goals with their status and the measures serving them, how many
 * goals stand where, and which statuses changed at the last update after indicator values
 * changed; and the tolerance setting (STRATEGY).
 */
@Controller
class ControllingPages {

	private final GoalPages goalPages;

	private final GoalStore goals;

	private final GoalStatuses statuses;

	private final ConceptStore concepts;

	private final GoalAudit audit;

	private final Preparation preparation;

	private final ControllingCache cache;

	private final FragmentRenderer fragments;

	ControllingPages(GoalPages goalPages, GoalStore goals, GoalStatuses statuses, ConceptStore concepts,
			GoalAudit audit, Preparation preparation, ControllingCache cache, FragmentRenderer fragments) {
		this.cache = cache;
		this.fragments = fragments;
		this.goalPages = goalPages;
		this.goals = goals;
		this.statuses = statuses;
		this.concepts = concepts;
		this.audit = audit;
		this.preparation = preparation;
	}

	/** The response buffer of the dashboard: the whole page. */
	private static final int PAGE_BUFFER = 512 * 1024;

	/** A Handlungsfeld's line of the overview: goals per status. */
	record FieldSummary(String field, Map<GoalStatus, Integer> counts, int total) {

	}

	@GetMapping("/strategy/controlling")
	String dashboard(Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		// the page (some 150 kB with 200 goals) fits the buffer: the response is not
		// committed while it is rendered, which would make the session save itself in the
		// middle of every view
		response.setBufferSize(PAGE_BUFFER);
		Actor actor = CurrentActor.get();
		UUID tenantId = actor.tenantId();
		boolean writer = actor.has(Role.STRATEGY);
		boolean preparing = this.preparation.inProgress();
		model.addAttribute("preparing", preparing);
		// the main content is the same for every reader of the tenant in this language
		// (but for the link to the settings): rendered once, kept until the goals change
		Supplier<String> render = () -> this.fragments.render("strategy/controlling-content :: content",
				content(tenantId, writer, locale), locale, request, response);
		model.addAttribute("dashboard", preparing ? render.get()
				: this.cache.content(new ControllingCache.Key(tenantId, locale, writer), render));
		return "strategy/controlling";
	}

	/** What the dashboard's content shows. */
	private Map<String, Object> content(UUID tenantId, boolean writer, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		Concept concept = this.concepts.current(tenantId).orElse(null);
		model.put("concept", concept);
		model.put("writer", writer);
		model.put("statuses", GoalStatus.values());
		if (concept == null) {
			return model;
		}
		List<FieldGoals> fields = this.goalPages.byField(tenantId, concept, locale);
		OffsetDateTime updated = this.goals.statusesUpdatedAt(tenantId).orElse(null);
		List<GoalRow> changed = new ArrayList<>();
		List<FieldSummary> summaries = new ArrayList<>();
		for (FieldGoals field : fields) {
			Map<GoalStatus, Integer> counts = new EnumMap<>(GoalStatus.class);
			for (GoalStatus status : GoalStatus.values()) {
				counts.put(status, 0);
			}
			for (GoalRow row : field.goals()) {
				if (row.status() != null) {
					counts.merge(row.status(), 1, Integer::sum);
				}
				if (updated != null && row.goal().previousStatus() != null && row.goal().statusChangedAt() != null
						&& row.goal().statusChangedAt().toInstant().equals(updated.toInstant())) {
					changed.add(row);
				}
			}
			summaries.add(new FieldSummary(field.field().name(), counts, field.goals().size()));
		}
		model.put("fields", fields);
		model.put("summaries", summaries);
		model.put("updated", updated);
		model.put("changed", changed);
		model.put("measures", this.goals.measureCounts(tenantId, concept.id()));
		return model;
	}

	@GetMapping("/strategy/settings")
	String settings(Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		model.addAttribute("tolerance", percent(this.goals.tolerance(tenantId)));
		return "strategy/settings";
	}

	@PostMapping("/strategy/settings")
	String saveSettings(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		// a field sent twice counts once (Spring would join the values with a comma,
		// which
		// reads as a decimal comma)
		String tolerance = params.getFirst("tolerance");
		BigDecimal percent = percentOf(tolerance);
		if (percent == null) {
			response.setStatus(400);
			model.addAttribute("tolerance", (tolerance != null) ? tolerance : "");
			model.addAttribute("toleranceError", true);
			return "strategy/settings";
		}
		this.goals.setTolerance(actor.tenantId(), percent.divide(BigDecimal.valueOf(100)));
		this.statuses.recomputeAll(actor.tenantId());
		this.audit.toleranceChanged(actor, percent.toPlainString() + " %");
		redirect.addFlashAttribute("saved", true);
		return "redirect:/strategy/settings";
	}

	/** A percentage from 0 to 100 (a decimal comma allowed), or null. */
	static BigDecimal percentOf(String text) {
		if (text == null || text.isBlank() || text.strip().length() > 12) {
			return null;
		}
		try {
			BigDecimal percent = new BigDecimal(text.strip().replace(',', '.'));
			if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0 || percent.scale() > 2) {
				return null;
			}
			return percent;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String percent(BigDecimal share) {
		return share.multiply(BigDecimal.valueOf(100))
			.setScale(2, RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString();
	}

}
