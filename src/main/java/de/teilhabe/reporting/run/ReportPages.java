package de.teilhabe.reporting.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.reporting.definition.DefinitionStore;
import de.teilhabe.reporting.definition.ReportDefinition;
import de.teilhabe.region.Region;
import de.teilhabe.region.Regions;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.InvalidBodyException;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The report pages: the definitions (the default first), a definition with its chapters,
 * its runs and versions (who, when, data as of, HTML and PDF), starting and cancelling a
 * run (STRATEGY), the run page with its progress (chapter n of m; the page asks again
 * every second through htmx while the run goes on, and has a reload link without
 * JavaScript), the documents, and what changed between two versions.
 */
@Controller
class ReportPages {

	private final DefinitionStore definitions;

	private final RunStore runs;

	private final ReportRuns reportRuns;

	private final RunDocuments documents;

	private final Regions regions;

	private final MessageSource messages;

	ReportPages(DefinitionStore definitions, RunStore runs, ReportRuns reportRuns, RunDocuments documents,
			Regions regions, MessageSource messages) {
		this.definitions = definitions;
		this.runs = runs;
		this.reportRuns = reportRuns;
		this.documents = documents;
		this.regions = regions;
		this.messages = messages;
	}

	@GetMapping("/reports")
	String list(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("definitions", this.definitions.all(actor.tenantId()));
		model.addAttribute("writer", actor.has(Role.STRATEGY));
		return "reporting/definitions";
	}

	@GetMapping("/reports/{id}")
	String definition(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		ReportDefinition definition = find(actor.tenantId(), id);
		model.addAttribute("definition", definition);
		model.addAttribute("regionNames",
				definition.regionKeys()
					.stream()
					.map((key) -> this.regions.find(key).map(Region::name).orElse(key))
					.toList());
		model.addAttribute("runs", this.runs.latest(actor.tenantId(), id, 10));
		List<Run> versions = this.runs.versions(actor.tenantId(), id);
		model.addAttribute("versions", versions);
		model.addAttribute("writer", actor.has(Role.STRATEGY));
		return "reporting/definition";
	}

	@PostMapping("/reports/{id}/runs")
	String start(@PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		find(actor.tenantId(), id);
		try {
			Run run = this.reportRuns.start(actor, id, locale);
			return "redirect:/reports/runs/" + run.id();
		}
		catch (InvalidBodyException ex) {
			redirect.addFlashAttribute("problems",
					ex.messages()
						.stream()
						.map((problem) -> this.messages.getMessage(problem.message(), locale))
						.toList());
			return "redirect:/reports/" + id;
		}
	}

	@GetMapping("/reports/runs/{runId}")
	String run(@PathVariable UUID runId, Model model) {
		Actor actor = CurrentActor.get();
		Run run = this.runs.find(actor.tenantId(), runId)
			.orElseThrow(() -> new NotFoundException("reporting.run.error.notFound"));
		model.addAttribute("run", run);
		model.addAttribute("writer", actor.has(Role.STRATEGY));
		return "reporting/run";
	}

	@PostMapping("/reports/runs/{runId}/cancel")
	String cancel(@PathVariable UUID runId) {
		this.reportRuns.cancel(CurrentActor.get().tenantId(), runId);
		return "redirect:/reports/runs/" + runId;
	}

	@GetMapping("/reports/runs/{runId}/document.html")
	ResponseEntity<String> html(@PathVariable UUID runId) {
		return this.documents.html(CurrentActor.get().tenantId(), runId);
	}

	@GetMapping("/reports/runs/{runId}/document.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID runId) {
		return this.documents.pdf(CurrentActor.get().tenantId(), runId);
	}

	/**
	 * What changed between two versions of a definition ({@code from} the older,
	 * {@code to} the newer; by default the two newest).
	 */
	@GetMapping("/reports/{id}/changes")
	String changes(@PathVariable UUID id, @RequestParam(required = false) UUID from,
			@RequestParam(required = false) UUID to, Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		ReportDefinition definition = find(tenantId, id);
		List<Run> versions = this.runs.versions(tenantId, id);
		Optional<Run> newer = (to != null) ? version(versions, to) : versions.stream().findFirst();
		Optional<Run> older = (from != null) ? version(versions, from) : versions.stream().skip(1).findFirst();
		model.addAttribute("definition", definition);
		model.addAttribute("versions", versions);
		if (newer.isPresent() && older.isPresent()) {
			model.addAttribute("from", older.get());
			model.addAttribute("to", newer.get());
			VersionChanges changes = VersionChanges.between(this.runs.figures(tenantId, older.get().id()),
					this.runs.figures(tenantId, newer.get().id()));
			model.addAttribute("changes", changes);
			Map<String, List<VersionChanges.Change>> sections = new LinkedHashMap<>();
			sections.put("moved", changes.moved());
			sections.put("added", changes.added());
			sections.put("removed", changes.removed());
			sections.put("goals", changes.goals());
			sections.values().removeIf(List::isEmpty);
			model.addAttribute("sections", sections);
		}
		return "reporting/changes";
	}

	private static Optional<Run> version(List<Run> versions, UUID id) {
		Optional<Run> found = versions.stream().filter((run) -> run.id().equals(id)).findFirst();
		if (found.isEmpty()) {
			throw new NotFoundException("reporting.run.error.notFound");
		}
		return found;
	}

	private ReportDefinition find(UUID tenantId, UUID id) {
		return this.definitions.find(tenantId, id)
			.orElseThrow(() -> new NotFoundException("reporting.definition.error.notFound"));
	}

}
