package de.teilhabe.counselling.statistics;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.InvalidBodyException;
import de.teilhabe.shared.web.InvalidBodyException.Invalid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The statistics API (COUNSELLOR):
 * {@code GET /api/v1/counselling/statistics?measure=&rows=&columns=&from=&to=} answers
 * the table as JSON: the query, the rows and columns (code and name, the total {@code _T}
 * last), and per row the values, a secret value as {@code null} with {@code symbol: x}
 * (never 0). A wrong parameter answers 422 with {@code errors: [{field, message}]}.
 */
@RestController
class CounsellingStatisticsApiController {

	private final CounsellingStatistics statistics;

	private final Times times;

	private final Clock clock;

	CounsellingStatisticsApiController(CounsellingStatistics statistics, Times times, Clock clock) {
		this.statistics = statistics;
		this.times = times;
		this.clock = clock;
	}

	@GetMapping("/api/v1/counselling/statistics")
	Map<String, Object> table(@RequestParam(required = false) String measure,
			@RequestParam(required = false) String rows, @RequestParam(required = false) String columns,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale) {
		List<Invalid> errors = new ArrayList<>();
		StatisticsQuery query = StatisticsQuery.parse(measure, rows, columns, from, to, this.times.today(this.clock),
				errors);
		if (query == null) {
			throw new InvalidBodyException(errors);
		}
		StatisticsTable table = this.statistics.table(CurrentActor.get().tenantId(), query, locale);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("measure", query.measure());
		body.put("rowsDimension", query.rows());
		body.put("columnsDimension", query.columns());
		body.put("from", query.from());
		body.put("to", query.to());
		body.put("mentions", table.mentions());
		body.put("columns", table.columns().stream().map(CounsellingStatisticsApiController::heading).toList());
		List<Map<String, Object>> lines = new ArrayList<>();
		for (int i = 0; i < table.rows().size(); i++) {
			Map<String, Object> line = heading(table.rows().get(i));
			List<Map<String, Object>> values = new ArrayList<>();
			for (int j = 0; j < table.columns().size(); j++) {
				StatisticsTable.Value value = table.value(i, j);
				Map<String, Object> cell = new LinkedHashMap<>();
				cell.put("value", value.number());
				if (value.secret()) {
					cell.put("symbol", StatisticsTable.SECRET);
				}
				values.add(cell);
			}
			line.put("values", values);
			lines.add(line);
		}
		body.put("rows", lines);
		body.put("secretRule", "counts from 1 to 4 and the cells that would give them away are secret (x)");
		return body;
	}

	private static Map<String, Object> heading(StatisticsTable.Heading heading) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("code", heading.code());
		item.put("name", heading.label());
		return item;
	}

}
