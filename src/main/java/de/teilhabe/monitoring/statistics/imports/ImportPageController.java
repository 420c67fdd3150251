package de.teilhabe.monitoring.statistics.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.monitoring.IndicatorComputation;
import de.teilhabe.monitoring.Indicators;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import pages: upload form, progress and report of one import, history with
 * rollback. An upload runs in the background; its page polls (htmx) while it runs and
 * offers a reload link without JavaScript.
 */
@Controller
class ImportPageController {

	/** How long the upload waits for a small file to finish before showing progress. */
	private static final long WAIT_MILLIS = 3000;

	private final StatisticsImports imports;

	private final long maxUploadBytes;

	private final MessageSource messages;

	private final Indicators indicators;

	ImportPageController(StatisticsImports imports,
			@Value("${teilhabe.statistics.max-upload-size:20MB}") DataSize maxUpload, MessageSource messages,
			Indicators indicators) {
		this.imports = imports;
		this.indicators = indicators;
		this.maxUploadBytes = maxUpload.toBytes();
		this.messages = messages;
	}

	@GetMapping("/statistics/upload")
	String form(Model model) {
		model.addAttribute("maxMegabytes", this.maxUploadBytes / (1024 * 1024));
		return "monitoring/upload";
	}

	@PostMapping("/statistics/upload")
	String upload(@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(defaultValue = "false") boolean strict,
			@RequestParam(defaultValue = "false") boolean sharedCopy, Model model) throws IOException {
		String error = null;
		if (file == null || file.isEmpty()) {
			error = "monitoring.upload.file.required";
		}
		else if (file.getSize() > this.maxUploadBytes) {
			error = "monitoring.upload.file.tooLarge";
		}
		if (error != null) {
			model.addAttribute("fileError", error);
			model.addAttribute("dryRun", dryRun);
			model.addAttribute("strict", strict);
			model.addAttribute("sharedCopy", sharedCopy);
			return form(model);
		}
		Path copy = Files.createTempFile("statistics-upload-", ".upload");
		try (InputStream in = file.getInputStream()) {
			Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
		}
		UUID id = this.imports.importInBackground(CurrentActor.get(), file.getOriginalFilename(), copy, dryRun, strict,
				sharedCopy);
		waitBriefly(CurrentActor.get().tenantId(), id);
		return "redirect:/statistics/imports/" + id;
	}

	private void waitBriefly(UUID tenantId, UUID id) {
		long until = System.currentTimeMillis() + WAIT_MILLIS;
		try {
			while (System.currentTimeMillis() < until) {
				if (this.imports.find(tenantId, id).map((view) -> !view.running()).orElse(true)) {
					return;
				}
				Thread.sleep(100);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@GetMapping("/statistics/imports")
	String history(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("imports", this.imports.history(actor.tenantId(), 200));
		model.addAttribute("mayImport", actor.has(Role.STRATEGY));
		return "monitoring/imports";
	}

	@GetMapping("/statistics/imports/{id}")
	String one(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		ImportView view = this.imports.find(actor.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("monitoring.error.notFound.import"));
		model.addAttribute("imp", view);
		model.addAttribute("errorText", FileErrorText.of(this.messages, view, LocaleContextHolder.getLocale()));
		model.addAttribute("report",
				this.imports.report(actor.tenantId(), id)
					.map((report) -> report.inLanguage(this.messages, LocaleContextHolder.getLocale()))
					.orElse(null));
		Map<String, Long> seriesIds = this.imports.seriesOf(actor.tenantId(), id);
		model.addAttribute("seriesIds", seriesIds);
		model.addAttribute("changedIndicators",
				this.indicators.catalogue(actor.tenantId())
					.stream()
					.filter((indicator) -> reads(indicator.computation(), seriesIds.keySet()))
					.toList());
		model.addAttribute("mayRollback",
				actor.has(Role.STRATEGY) && !view.shared() && view.status() == ImportStatus.COMPLETED);
		return "monitoring/import";
	}

	/** Whether a computation reads one of these series (its values change with them). */
	static boolean reads(IndicatorComputation computation, Set<String> codes) {
		List<IndicatorComputation.Component> components = new ArrayList<>();
		for (IndicatorComputation.Term term : new IndicatorComputation.Term[] { computation.first(),
				computation.second() }) {
			if (term != null) {
				components.add(term.numerator());
				components.add(term.denominator());
			}
		}
		return components.stream().anyMatch((component) -> component != null && codes.contains(component.series()));
	}

	@PostMapping("/statistics/imports/{id}/rollback")
	String rollback(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			StatisticsImports.RollbackResult result = this.imports.rollback(CurrentActor.get(), id);
			redirect.addFlashAttribute("rolledBack", result);
		}
		catch (ResponseStatusException ex) {
			redirect.addFlashAttribute("rollbackError", ex.getReason());
		}
		return "redirect:/statistics/imports/" + id;
	}

}
