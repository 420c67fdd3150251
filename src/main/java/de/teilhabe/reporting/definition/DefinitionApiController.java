package de.teilhabe.reporting.definition;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.InvalidBodyException;
import de.teilhabe.shared.web.InvalidBodyException.Invalid;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report definitions API: the tenant's definitions, the default first (staff read);
 * one definition; a new definition and a changed one (STRATEGY): 201/200 with the
 * definition, or 422 naming each problem ({@code title}, {@code reportingYear},
 * {@code regions}, {@code chapters}, or the chapter: {@code chapters[2]}). See
 * docs/reporting.md.
 */
@RestController
@RequestMapping("/api/v1/reports")
class DefinitionApiController {

	private final DefinitionStore definitions;

	private final DefinitionChecks checks;

	private final Clock clock;

	DefinitionApiController(DefinitionStore definitions, DefinitionChecks checks, Clock clock) {
		this.definitions = definitions;
		this.checks = checks;
		this.clock = clock;
	}

	@GetMapping
	ApiPage<DefinitionItem> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		ApiPaging paging = ApiPaging.of(page, size);
		return this.definitions.page(CurrentActor.get().tenantId(), paging).map(DefinitionItem::of);
	}

	@GetMapping("/{id}")
	DefinitionItem one(@PathVariable UUID id) {
		return DefinitionItem.of(this.definitions.find(CurrentActor.get().tenantId(), id)
			.orElseThrow(() -> new NotFoundException("reporting.definition.error.notFound")));
	}

	@PostMapping
	ResponseEntity<DefinitionItem> create(@RequestBody(required = false) DefinitionBody body) {
		UUID tenantId = CurrentActor.get().tenantId();
		ReportDefinition definition = checked(tenantId, null, body);
		UUID id = this.definitions.create(tenantId, definition, OffsetDateTime.now(this.clock));
		return ResponseEntity.created(URI.create("/api/v1/reports/" + id))
			.body(DefinitionItem.of(this.definitions.find(tenantId, id).orElseThrow()));
	}

	@PutMapping("/{id}")
	DefinitionItem update(@PathVariable UUID id, @RequestBody(required = false) DefinitionBody body) {
		UUID tenantId = CurrentActor.get().tenantId();
		ReportDefinition existing = this.definitions.find(tenantId, id)
			.orElseThrow(() -> new NotFoundException("reporting.definition.error.notFound"));
		ReportDefinition definition = checked(tenantId, existing, body);
		this.definitions.update(tenantId, id, definition, OffsetDateTime.now(this.clock));
		return DefinitionItem.of(this.definitions.find(tenantId, id).orElseThrow());
	}

	/** The body as a definition, or 422 naming every problem. */
	private ReportDefinition checked(UUID tenantId, ReportDefinition existing, DefinitionBody body) {
		DefinitionBody given = (body != null) ? body : new DefinitionBody(null, null, null, null);
		List<Invalid> errors = new ArrayList<>();
		List<Chapter> chapters = new ArrayList<>();
		List<ChapterBody> chapterBodies = (given.chapters() != null) ? given.chapters() : List.of();
		for (int i = 0; i < chapterBodies.size(); i++) {
			ChapterBody chapter = chapterBodies.get(i);
			if (chapter == null) {
				errors.add(new Invalid("chapters[" + i + "]", "reporting.definition.error.chapterKind", i + 1, "", ""));
				continue;
			}
			ChapterKind kind = DefinitionForm.kind(chapter.kind());
			if (kind == null) {
				errors.add(new Invalid("chapters[" + i + "]", "reporting.definition.error.chapterKind", i + 1,
						(chapter.title() != null) ? chapter.title() : "", ""));
			}
			chapters.add(new Chapter(chapter.title(), kind, chapter.text(), DefinitionForm.blankToNull(chapter.theme()),
					(chapter.indicators() != null) ? chapter.indicators().stream().filter((c) -> c != null).toList()
							: List.of()));
		}
		List<String> regions = (given.regions() != null)
				? given.regions().stream().map((key) -> (key != null) ? key : "").toList() : List.of();
		ReportDefinition definition = new ReportDefinition((existing != null) ? existing.id() : null, tenantId,
				(given.title() != null) ? given.title().strip() : null,
				(given.reportingYear() != null) ? given.reportingYear() : 0, regions, chapters,
				existing != null && existing.standard());
		if (errors.isEmpty()) {
			errors.addAll(this.checks.check(tenantId, definition));
		}
		if (!errors.isEmpty()) {
			throw new InvalidBodyException(errors);
		}
		return definition;
	}

	/** A definition as the API gives it. */
	record DefinitionItem(UUID id, String title, int reportingYear, List<String> regions, List<ChapterBody> chapters,
			boolean standard) {

		static DefinitionItem of(ReportDefinition definition) {
			return new DefinitionItem(definition.id(), definition.title(), definition.reportingYear(),
					definition.regionKeys(),
					definition.chapters()
						.stream()
						.map((chapter) -> new ChapterBody(chapter.title(), chapter.kind().name(), chapter.text(),
								chapter.theme(), chapter.indicatorCodes()))
						.toList(),
					definition.standard());
		}

	}

	/** A definition as a client sends it. */
	record DefinitionBody(String title, Integer reportingYear, List<String> regions, List<ChapterBody> chapters) {
	}

	/**
	 * A chapter in the API: {@code kind} one of FREE_TEXT, INDICATORS, REGION_PROFILES,
	 * GOALS_AND_MEASURES, SOURCES; {@code theme} a monitoring theme code;
	 * {@code indicators} indicator codes.
	 */
	record ChapterBody(String title, String kind, String text, String theme, List<String> indicators) {
	}

}
