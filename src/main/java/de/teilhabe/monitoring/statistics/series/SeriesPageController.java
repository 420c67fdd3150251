package de.teilhabe.monitoring.statistics.series;

import java.util.UUID;

import de.teilhabe.monitoring.statistics.imports.StatisticsImports;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The series browser: every series with source and licence; one series with its
 * dimensions, coverage (regions × periods, gaps shown) and import history.
 */
@Controller
class SeriesPageController {

	private final StatisticsSeries series;

	private final StatisticsImports imports;

	SeriesPageController(StatisticsSeries series, StatisticsImports imports) {
		this.series = series;
		this.imports = imports;
	}

	@GetMapping("/statistics")
	String list(Model model) {
		model.addAttribute("series", this.series.list(CurrentActor.get().tenantId()));
		return "monitoring/series-list";
	}

	@GetMapping("/statistics/series/{id}")
	String one(@PathVariable long id, Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		StatisticsSeries.SeriesSummary found = this.series.findById(tenantId, id)
			.orElseThrow(() -> new NotFoundException("monitoring.error.notFound.series", String.valueOf(id)));
		model.addAttribute("s", found);
		model.addAttribute("dimensions", this.series.dimensions(found));
		model.addAttribute("coverage", this.series.coverage(tenantId, found));
		model.addAttribute("imports", this.imports.historyOfSeries(tenantId, found.id()));
		return "monitoring/series";
	}

}
