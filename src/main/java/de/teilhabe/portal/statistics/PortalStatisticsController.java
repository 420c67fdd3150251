package de.teilhabe.portal.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.region.Language;
import de.teilhabe.region.Languages;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.time.Times;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The portal's statistics for the office (STRATEGY): the last four weeks (days in
 * Europe/Berlin, today included) of page views per language, week by week, the most read
 * pages per language, and the searches that found nothing in the visitor's language.
 * Counters only, nothing about a person; the views of the current minute are written a
 * minute later ({@link PageViews}).
 */
@Controller
class PortalStatisticsController {

	static final int WEEKS = 4;

	static final int TOP_PAGES = 10;

	static final int TOP_MISSES = 50;

	private final JdbcClient jdbc;

	private final Times times;

	private final Clock clock;

	PortalStatisticsController(JdbcClient jdbc, Times times, Clock clock) {
		this.jdbc = jdbc;
		this.times = times;
		this.clock = clock;
	}

	/** A week of the period: its first and last day. */
	record Week(LocalDate from, LocalDate to) {
	}

	/** A language's views: in total and per week of the period. */
	record LanguageViews(Language language, long total, List<Long> weeks) {
	}

	/** A page among the most read of a language. */
	record PageRow(UUID id, String title, String path, long views) {
	}

	/** A language's most read pages. */
	record TopPages(Language language, List<PageRow> pages) {
	}

	/** A search without results. */
	record Miss(String query, Language language, long searches) {
	}

	@GetMapping("/portal/statistics")
	String statistics(Model model, Locale locale) {
		UUID tenantId = CurrentActor.get().tenantId();
		LocalDate today = this.times.today(this.clock);
		LocalDate from = today.minusDays(WEEKS * 7L - 1);
		List<Week> weeks = new ArrayList<>();
		for (int i = 0; i < WEEKS; i++) {
			weeks.add(new Week(from.plusDays(i * 7L), from.plusDays(i * 7L + 6)));
		}
		Map<String, long[]> perLanguage = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT language, (day - CAST(? AS date)) / 7 AS week, sum(views) AS views FROM portal_page_view
				WHERE tenant_id = ? AND day BETWEEN ? AND ? GROUP BY language, week""")
			.params(from, tenantId, from, today)
			.query((rs) -> {
				perLanguage.computeIfAbsent(rs.getString("language"), (code) -> new long[WEEKS])[rs.getInt("week")] = rs
					.getLong("views");
			});
		List<LanguageViews> views = perLanguage.entrySet().stream().map((entry) -> {
			List<Long> counts = new ArrayList<>();
			long total = 0;
			for (long count : entry.getValue()) {
				counts.add(count);
				total += count;
			}
			return new LanguageViews(language(entry.getKey()), total, counts);
		}).sorted((a, b) -> Long.compare(b.total(), a.total())).toList();
		Map<String, List<PageRow>> top = new LinkedHashMap<>();
		views.forEach((shown) -> top.put(shown.language().code(), new ArrayList<>()));
		this.jdbc.sql("""
				SELECT language, id, title, path, views FROM (
				  SELECT s.language, p.id, coalesce(own.title, de.title, p.path) AS title, p.path, s.views,
				    row_number() OVER (PARTITION BY s.language ORDER BY s.views DESC, p.path) AS position
				  FROM (SELECT language, page_id, sum(views) AS views FROM portal_page_view
				        WHERE tenant_id = ? AND day BETWEEN ? AND ? GROUP BY language, page_id) s
				  JOIN portal_page p ON p.tenant_id = ? AND p.id = s.page_id
				  LEFT JOIN portal_version de ON de.tenant_id = p.tenant_id AND de.page_id = p.id AND de.language = 'de'
				  LEFT JOIN portal_version own ON own.tenant_id = p.tenant_id AND own.page_id = p.id
				    AND own.language = s.language AND own.state <> 'IN_TRANSLATION') ranked
				WHERE position <= ? ORDER BY language, position""")
			.params(tenantId, from, today, tenantId, TOP_PAGES)
			.query((rs) -> {
				top.computeIfAbsent(rs.getString("language"), (code) -> new ArrayList<>())
					.add(new PageRow(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("path"),
							rs.getLong("views")));
			});
		List<TopPages> topPages = top.entrySet()
			.stream()
			.map((entry) -> new TopPages(language(entry.getKey()), entry.getValue()))
			.toList();
		List<Miss> misses = this.jdbc.sql("""
				SELECT query, language, sum(searches) AS searches FROM portal_search_miss
				WHERE tenant_id = ? AND day BETWEEN ? AND ?
				GROUP BY query, language ORDER BY searches DESC, query, language LIMIT ?""")
			.params(tenantId, from, today, TOP_MISSES)
			.query((rs, row) -> new Miss(rs.getString("query"), language(rs.getString("language")),
					rs.getLong("searches")))
			.list();
		model.addAttribute("from", this.times.date(from));
		model.addAttribute("to", this.times.date(today));
		model.addAttribute("weeks",
				weeks.stream()
					.map((week) -> this.times.date(week.from()) + " – " + this.times.date(week.to()))
					.toList());
		model.addAttribute("views", views);
		model.addAttribute("topPages", topPages);
		model.addAttribute("misses", misses);
		return "portal/office/statistics";
	}

	private static Language language(String code) {
		return Languages.find(code).orElseGet(() -> new Language(code, code, code, code, Language.Direction.LTR));
	}

}
