package de.teilhabe.monitoring.statistics.series;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.monitoring.statistics.imports.StatisticsImports;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The series API: shared reference series and the tenant's own, their dimensions and
 * coverage, and their observations (a missing or secret value is null with its symbol,
 * never 0). A code the URL cannot carry (with {@code %} or {@code /}) may be replaced by
 * the series id.
 */
@RestController
@RequestMapping("/api/v1/statistics/series")
class SeriesApiController {

	private final StatisticsSeries series;

	private final StatisticsImports imports;

	SeriesApiController(StatisticsSeries series, StatisticsImports imports) {
		this.series = series;
		this.imports = imports;
	}

	@GetMapping
	ApiPage<StatisticsSeries.SeriesSummary> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		ApiPaging paging = ApiPaging.of(page, size);
		return ApiPage.slice(this.series.list(CurrentActor.get().tenantId()), paging);
	}

	@GetMapping("/{code}")
	Map<String, Object> one(@PathVariable String code) {
		UUID tenantId = CurrentActor.get().tenantId();
		StatisticsSeries.SeriesSummary found = find(tenantId, code);
		StatisticsSeries.Coverage coverage = this.series.coverage(tenantId, found);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("series", found);
		body.put("dimensions", this.series.dimensions(found));
		body.put("coverage",
				Map.of("regions", coverage.regions(), "periods", coverage.periods(), "cells", coverage.cells()));
		body.put("imports", this.imports.historyOfSeries(tenantId, found.id()));
		return body;
	}

	@GetMapping("/{code}/observations")
	Map<String, Object> observations(@PathVariable String code, @RequestParam(required = false) String region,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		StatisticsSeries.SeriesSummary found = find(CurrentActor.get().tenantId(), code);
		List<StatisticsSeries.ObservationView> observations = this.series.observations(found, region, from, to);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("series", found.code());
		body.put("label", found.label());
		body.put("unit", found.unit());
		body.put("source", found.source());
		body.put("attribution", found.attribution());
		body.put("truncated", observations.size() >= StatisticsSeries.MAX_OBSERVATIONS);
		body.put("observations", observations);
		return body;
	}

	private StatisticsSeries.SeriesSummary find(UUID tenantId, String code) {
		return this.series.find(tenantId, code)
			.orElseThrow(() -> new NotFoundException("monitoring.error.notFound.series", code));
	}

}
