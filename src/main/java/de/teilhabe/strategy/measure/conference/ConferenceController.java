package de.teilhabe.strategy.measure.conference;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.FormPage;
import de.teilhabe.strategy.concept.Concept;
import de.teilhabe.strategy.concept.ConceptStore;
import de.teilhabe.strategy.concept.Field;
import de.teilhabe.strategy.measure.MeasureForm;
import de.teilhabe.strategy.measure.MeasureStatus;
import de.teilhabe.strategy.measure.MeasureStore;
import de.teilhabe.strategy.measure.Measures;
import de.teilhabe.strategy.measure.OrganisationNames;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Integrationskonferenz: all goals of the current concept version (or of the
 * workshops of one dialog) side by side by Handlungsfeld with their origins, merging
 * similar goals and undoing a merge, planning measures for marked goals right there, and
 * how the measures are spread over the organisations that carry them; the same as a view
 * for a projector.
 */
@Controller
class ConferenceController {

	private static final String LABELS = "strategy.measure.field.";

	private final ConferenceStore conference;

	private final ConceptStore concepts;

	private final MeasureStore measureStore;

	private final Measures measures;

	private final OrganisationNames names;

	private final MessageSource messages;

	private final TransactionTemplate transaction;

	private final AuditLog audit;

	private final Clock clock;

	ConferenceController(ConferenceStore conference, ConceptStore concepts, MeasureStore measureStore,
			Measures measures, OrganisationNames names, MessageSource messages, TransactionTemplate transaction,
			AuditLog audit, Clock clock) {
		this.conference = conference;
		this.concepts = concepts;
		this.measureStore = measureStore;
		this.measures = measures;
		this.names = names;
		this.messages = messages;
		this.transaction = transaction;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/strategy/conference")
	String conference(@RequestParam(required = false) String dialog, Model model) {
		Actor actor = CurrentActor.get();
		Concept concept = this.measures.currentConcept(actor);
		pageModel(model, actor, concept, dialogId(actor, concept, dialog));
		FormPage.show(model, MeasureForm.empty(List.of()), Map.of(), this.messages, LABELS);
		return "strategy/conference";
	}

	@GetMapping("/strategy/conference/present")
	String present(@RequestParam(required = false) String dialog, Model model) {
		Actor actor = CurrentActor.get();
		Concept concept = this.measures.currentConcept(actor);
		pageModel(model, actor, concept, dialogId(actor, concept, dialog));
		return "strategy/conference-present";
	}

	/** Merges the marked goals into the one chosen to keep (or the first marked). */
	@PostMapping("/strategy/conference/merge")
	String merge(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		Concept concept = this.measures.currentConcept(actor);
		UUID dialog = dialogId(actor, concept, params.getFirst("dialog"));
		Set<UUID> goals = ids(params.get("goals"));
		UUID into = ids(params.get("into")).stream().findFirst().orElse(null);
		if (goals.size() + ((into != null && !goals.contains(into)) ? 1 : 0) < 2) {
			return invalid(model, actor, concept, dialog, response, "strategy.measure.conference.error.mergeTwo",
					params);
		}
		UUID kept = (into != null) ? into : goals.iterator().next();
		goals.remove(kept);
		Boolean merged = this.transaction.execute((status) -> {
			boolean done = this.conference.merge(actor.tenantId(), concept.id(), kept, goals,
					OffsetDateTime.now(this.clock));
			if (done) {
				this.audit.record(AuditCategory.OTHER, "strategy.goal.merged", "strategy_goal", kept.toString(), null,
						goals.size() + " merged");
			}
			return done;
		});
		if (!Boolean.TRUE.equals(merged)) {
			return invalid(model, actor, concept, dialog, response, "strategy.measure.conference.error.mergeChoice",
					params);
		}
		redirect.addFlashAttribute("saved", "merged");
		return back(dialog);
	}

	/** Undoes the merge of one goal (the button's value names it). */
	@PostMapping("/strategy/conference/unmerge")
	String unmerge(@RequestParam(required = false) String unmerge, @RequestParam(required = false) String dialog,
			RedirectAttributes redirect) {
		UUID id = ids((unmerge == null) ? List.of() : List.of(unmerge)).stream()
			.findFirst()
			.orElseThrow(() -> new BadRequestException("strategy.measure.conference.error.goal"));
		Actor actor = CurrentActor.get();
		Concept concept = this.measures.currentConcept(actor);
		UUID dialogId = dialogId(actor, concept, dialog);
		Boolean done = this.transaction.execute((status) -> {
			boolean unmerged = this.conference.unmerge(actor.tenantId(), concept.id(), id,
					OffsetDateTime.now(this.clock));
			if (unmerged) {
				this.audit.record(AuditCategory.OTHER, "strategy.goal.unmerged", "strategy_goal", id.toString(), null,
						null);
			}
			return unmerged;
		});
		if (!Boolean.TRUE.equals(done)) {
			throw new NotFoundException("strategy.measure.conference.error.notMerged");
		}
		redirect.addFlashAttribute("saved", "unmerged");
		return back(dialogId);
	}

	/** Plans a measure for the marked goals, carried by the organisations chosen. */
	@PostMapping("/strategy/conference/measures")
	String plan(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		Concept concept = this.measures.currentConcept(actor);
		UUID dialog = dialogId(actor, concept, params.getFirst("dialog"));
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("title", params.getFirst("title"));
		values.put("goals", Objects.requireNonNullElse(params.get("goals"), List.of()));
		values.put("leadOrganisation", params.getFirst("leadOrganisation"));
		values.put("status", MeasureStatus.PLANNED.name());
		List<String> partners = Objects.requireNonNullElse(params.get("partnerOrganisations"), List.of());
		for (int i = 0; i < partners.size(); i++) {
			values.put("partners[" + i + "].organisation", partners.get(i));
		}
		Measures.Saved saved = this.measures.save(actor, concept, null, values);
		if (saved.id() == null) {
			pageModel(model, actor, concept, dialog);
			FormPage.show(model, saved.checked().values(), saved.checked().errors(), this.messages, LABELS);
			model.addAttribute("marked", ids(params.get("goals")));
			model.addAttribute("partnersMarked", partners);
			return "strategy/conference";
		}
		redirect.addFlashAttribute("saved", "measure");
		redirect.addFlashAttribute("plannedId", saved.id());
		return back(dialog);
	}

	private String invalid(Model model, Actor actor, Concept concept, UUID dialog, HttpServletResponse response,
			String key, MultiValueMap<String, String> params) {
		pageModel(model, actor, concept, dialog);
		Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>();
		errors.put("merge", new org.springframework.context.support.DefaultMessageSourceResolvable(key));
		FormPage.show(model, MeasureForm.empty(List.of()), errors, this.messages, LABELS);
		model.addAttribute("marked", ids(params.get("goals")));
		return "strategy/conference";
	}

	private void pageModel(Model model, Actor actor, Concept concept, UUID dialog) {
		List<ConferenceGoal> goals = this.conference.goals(actor.tenantId(), concept.id(), dialog);
		List<FieldGoals> groups = new ArrayList<>();
		for (Field field : this.concepts.fields(actor.tenantId(), concept.id())) {
			groups.add(new FieldGoals(field.name(),
					goals.stream().filter((goal) -> goal.fieldId().equals(field.id())).toList()));
		}
		Map<UUID, String> organisations = this.names.of(actor.tenantId());
		String office = this.messages.getMessage("strategy.measure.office", null, LocaleContextHolder.getLocale());
		List<Carrier> carriers = new ArrayList<>();
		this.measureStore.carriers(actor.tenantId(), concept.id()).forEach((organisation, counts) -> {
			String name = (organisation == null) ? office : organisations.get(organisation);
			if (name != null) {
				carriers.add(new Carrier(name, organisation == null, counts[0], counts[1], counts[0] + counts[1]));
			}
		});
		carriers.sort(Comparator.comparing(Carrier::total).reversed().thenComparing(Carrier::name));
		model.addAttribute("concept", concept);
		model.addAttribute("dialogs", this.conference.dialogs(actor.tenantId(), concept.id()));
		model.addAttribute("dialog", dialog);
		model.addAttribute("groups", groups);
		model.addAttribute("goalCount", goals.size());
		model.addAttribute("carriers", carriers);
		model.addAttribute("organisationChoices", organisations.entrySet().stream().toList());
		model.addAttribute("plans", actor.has(de.teilhabe.shared.security.Role.STRATEGY));
		model.addAttribute("marked", Set.of());
		model.addAttribute("partnersMarked", List.of());
	}

	private UUID dialogId(Actor actor, Concept concept, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		UUID id;
		try {
			id = UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("strategy.measure.conference.error.dialog");
		}
		boolean known = this.conference.dialogs(actor.tenantId(), concept.id())
			.stream()
			.anyMatch((entry) -> entry.getKey().equals(id));
		if (!known) {
			throw new NotFoundException("strategy.measure.conference.error.dialogNotFound");
		}
		return id;
	}

	private static Set<UUID> ids(List<String> values) {
		Set<UUID> ids = new LinkedHashSet<>();
		if (values != null) {
			for (String value : values) {
				try {
					ids.add(UUID.fromString(value.strip()));
				}
				catch (IllegalArgumentException ex) {
					throw new BadRequestException("strategy.measure.conference.error.goal");
				}
			}
		}
		return ids;
	}

	private static String back(UUID dialog) {
		return "redirect:/strategy/conference" + ((dialog != null) ? "?dialog=" + dialog : "");
	}

	/**
	 * The goals of one Handlungsfeld.
	 */
	record FieldGoals(String field, List<ConferenceGoal> goals) {
	}

	/**
	 * How many measures (not dropped) an organisation carries.
	 *
	 * @param office whether it is the office itself
	 * @param total lead and partner together
	 */
	record Carrier(String name, boolean office, int lead, int partner, int total) {
	}

}
