package de.teilhabe.monitoring.statistics.operational;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import de.teilhabe.monitoring.InvalidPublicationException;
import de.teilhabe.monitoring.InvalidPublicationException.Problem;
import de.teilhabe.monitoring.OperationalStatistics;
import de.teilhabe.monitoring.Publication;
import de.teilhabe.monitoring.Published;
import de.teilhabe.monitoring.StatisticsChanged;
import de.teilhabe.monitoring.statistics.areas.StatisticalArea;
import de.teilhabe.monitoring.statistics.areas.StatisticalAreas;
import de.teilhabe.monitoring.statistics.importing.Period;
import de.teilhabe.monitoring.statistics.importing.RegionLookup;
import de.teilhabe.monitoring.statistics.importing.ValueSymbol;
import de.teilhabe.monitoring.statistics.imports.SeriesSummaries;
import de.teilhabe.region.Region;
import de.teilhabe.region.Regions;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a module's {@link Publication} as an operational series of its tenant: the
 * period's cells replace the ones it had, counts that {@link CellSuppression} suppresses
 * are stored as {@link ValueSymbol#SECRET} without a value, the series' summary is
 * rewritten (series list and detail) and {@link StatisticsChanged} tells the indicators.
 */
@Service
class OperationalPublisher implements OperationalStatistics {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CODE_TAIL = Pattern.compile("[A-Za-z0-9]+([._-][A-Za-z0-9]+)*");

	private static final Pattern DIMENSION_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,49}");

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	/** Cells one publication holds at most. */
	static final int MAX_CELLS = 100_000;

	/** Problems one exception lists at most. */
	private static final int MAX_PROBLEMS = 20;

	private final JdbcClient jdbc;

	private final StatisticalAreas areas;

	private final Regions regions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OperationalPublisher(JdbcClient jdbc, StatisticalAreas areas, Regions regions, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.regions = regions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Every refusal comes before the first write: a caller that catches it keeps its
	 * transaction.
	 */
	@Override
	@Transactional(noRollbackFor = InvalidPublicationException.class)
	public Published publish(Publication publication) {
		Period period = check(publication);
		UUID tenantId = publication.tenantId();
		// one publication of a series at a time: the second replaces the first's period
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))")
			.param("operational-statistics:" + tenantId + ":" + publication.code())
			.query(Object.class)
			.single();
		long seriesId = series(publication);
		List<Publication.Cell> cells = publication.cells();
		long[] counts = cells.stream().mapToLong(Publication.Cell::count).toArray();
		boolean[] suppressed = CellSuppression.suppress(counts,
				lines(cells, publication.dimensionNames(), parents(tenantId, cells)));
		this.jdbc.sql("DELETE FROM statistics_observation WHERE tenant_id = ? AND series_id = ? AND period = ?")
			.params(tenantId, seriesId, period.code())
			.update();
		int n = cells.size();
		String[] regionKeys = new String[n];
		String[] dimensionKeys = new String[n];
		Long[] values = new Long[n];
		String[] symbols = new String[n];
		Long[] lines = new Long[n];
		int secret = 0;
		for (int i = 0; i < n; i++) {
			Publication.Cell cell = cells.get(i);
			regionKeys[i] = cell.regionKey();
			dimensionKeys[i] = dimensionKey(cell.dimensions());
			values[i] = suppressed[i] ? null : cell.count();
			symbols[i] = suppressed[i] ? ValueSymbol.SECRET.name() : null;
			lines[i] = (long) (i + 1);
			secret += suppressed[i] ? 1 : 0;
		}
		UUID publicationId = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO statistics_observation (tenant_id, series_id, region_key, period, period_kind, "
					+ "dimension_key, value, symbol, import_id, line) SELECT ?, ?, u.r, ?, ?, u.d, u.v, u.s, ?, u.l "
					+ "FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS bigint[]), CAST(? AS text[]), "
					+ "CAST(? AS bigint[])) AS u(r, d, v, s, l)")
			.params(tenantId, seriesId, period.code(), period.kind().name(), publicationId, regionKeys, dimensionKeys,
					values, symbols, lines)
			.update();
		SeriesSummaries.rewrite(this.jdbc, tenantId, List.of(seriesId));
		this.events.publishEvent(new StatisticsChanged(tenantId, Set.of(seriesId), Set.of(publication.code())));
		return new Published(publication.code(), period.code(), n, secret);
	}

	/**
	 * The id of the publication's series, created or given the publication's labels and
	 * unit.
	 */
	private long series(Publication publication) {
		UUID tenantId = publication.tenantId();
		Optional<Map<String, Object>> existing = this.jdbc
			.sql("SELECT id, format, dimension_names::text AS dimension_names FROM statistics_series "
					+ "WHERE tenant_id = ? AND code = ?")
			.params(tenantId, publication.code())
			.query()
			.listOfRows()
			.stream()
			.findFirst();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		if (existing.isPresent()) {
			Map<String, Object> row = existing.get();
			if (!FORMAT.equals(row.get("format"))) {
				throw invalid("code", "the tenant has an imported series with the code " + publication.code());
			}
			List<String> names = JSON.readValue((String) row.get("dimension_names"), new TypeReference<List<String>>() {
			});
			if (!names.equals(publication.dimensionNames())) {
				throw invalid("dimensionNames", "the series has the dimensions " + names + ", not "
						+ publication.dimensionNames() + " (a series keeps its dimensions)");
			}
			long id = ((Number) row.get("id")).longValue();
			this.jdbc.sql("UPDATE statistics_series SET label = ?, label_en = ?, unit = ?, updated_at = ? WHERE id = ?")
				.params(publication.labelDe().strip(), publication.labelEn().strip(), unit(publication), now, id)
				.update();
			return id;
		}
		return this.jdbc
			.sql("INSERT INTO statistics_series (tenant_id, code, label, label_en, unit, source, attribution, format, "
					+ "dimension_names, created_by_import, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
					+ "CAST(? AS jsonb), ?, ?) RETURNING id")
			.params(tenantId, publication.code(), publication.labelDe().strip(), publication.labelEn().strip(),
					unit(publication), "Teilhabe (" + publication.module() + ")",
					"Eigene Zahlen des Trägers aus Teilhabe (" + publication.module()
							+ "); Zahlen von 1 bis 4 und Zahlen, aus denen sie sich errechnen ließen, geheim (.)",
					FORMAT, JSON.writeValueAsString(publication.dimensionNames()), UUID.randomUUID(), now)
			.query(Long.class)
			.single();
	}

	private static String unit(Publication publication) {
		return (publication.unit() == null || publication.unit().isBlank()) ? null : publication.unit().strip();
	}

	/**
	 * The additive relations of the cells: per dimension, the {@link Publication#TOTAL}
	 * cell is the sum of the cells with the other values (everything else equal); per
	 * region, the cell of the nearest published ancestor is the sum of its published
	 * parts (dimensions equal).
	 */
	static List<CellSuppression.Line> lines(List<Publication.Cell> cells, List<String> dimensionNames,
			Map<String, String> parents) {
		List<CellSuppression.Line> lines = new ArrayList<>();
		for (String dimension : dimensionNames) {
			Map<String, Integer> totals = new HashMap<>();
			Map<String, List<Integer>> members = new LinkedHashMap<>();
			for (int i = 0; i < cells.size(); i++) {
				Publication.Cell cell = cells.get(i);
				Map<String, String> others = new TreeMap<>(cell.dimensions());
				others.remove(dimension);
				String group = cell.regionKey() + "|" + dimensionKey(others);
				if (Publication.TOTAL.equals(cell.dimensions().get(dimension))) {
					totals.put(group, i);
				}
				else {
					members.computeIfAbsent(group, (g) -> new ArrayList<>()).add(i);
				}
			}
			members.forEach((group, parts) -> {
				Integer total = totals.get(group);
				if (total != null) {
					lines.add(new CellSuppression.Line(total, parts.stream().mapToInt(Integer::intValue).toArray()));
				}
			});
		}
		Map<String, Integer> byRegionAndDimensions = new HashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			Publication.Cell cell = cells.get(i);
			byRegionAndDimensions.put(cell.regionKey() + "|" + dimensionKey(cell.dimensions()), i);
		}
		Map<Integer, List<Integer>> parts = new LinkedHashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			Publication.Cell cell = cells.get(i);
			String parent = parents.get(cell.regionKey());
			Integer total = (parent == null) ? null
					: byRegionAndDimensions.get(parent + "|" + dimensionKey(cell.dimensions()));
			if (total != null) {
				parts.computeIfAbsent(total, (t) -> new ArrayList<>()).add(i);
			}
		}
		parts.forEach((total, members) -> lines
			.add(new CellSuppression.Line(total, members.stream().mapToInt(Integer::intValue).toArray())));
		return lines;
	}

	/**
	 * Per region key of the cells, the nearest ancestor that the cells also hold (the
	 * parent of a tenant's statistical area is its official region).
	 */
	private Map<String, String> parents(UUID tenantId, List<Publication.Cell> cells) {
		Set<String> keys = new HashSet<>();
		cells.forEach((cell) -> keys.add(cell.regionKey()));
		Map<String, String> areaParents = new HashMap<>();
		for (StatisticalArea area : this.areas.list(tenantId)) {
			areaParents.put(area.key(), area.parentKey());
		}
		Map<String, String> parents = new HashMap<>();
		for (String key : keys) {
			List<String> ancestors = new ArrayList<>();
			String official = key;
			if (areaParents.containsKey(key)) {
				official = areaParents.get(key);
				ancestors.add(official);
			}
			List<Region> chain = this.regions.ancestors(official);
			for (int i = chain.size() - 1; i >= 0; i--) {
				ancestors.add(chain.get(i).key());
			}
			ancestors.stream().filter(keys::contains).findFirst().ifPresent((parent) -> parents.put(key, parent));
		}
		return parents;
	}

	/** The dimensions as JSON with sorted names, as the import stores them. */
	static String dimensionKey(Map<String, String> dimensions) {
		return JSON.writeValueAsString(new TreeMap<>(dimensions));
	}

	/**
	 * Checks every field of the publication.
	 * @return its period
	 * @throws InvalidPublicationException naming every wrong field (up to 20)
	 */
	private Period check(Publication p) {
		List<Problem> problems = new ArrayList<>();
		if (p.tenantId() == null) {
			problems.add(new Problem("tenantId", "is required"));
		}
		if (p.module() == null || !MODULES.contains(p.module())) {
			problems.add(new Problem("module", "is not a module of the platform: " + p.module()));
		}
		else if (p.code() == null || !p.code().startsWith(p.module() + ".")
				|| !CODE_TAIL.matcher(p.code().substring(p.module().length() + 1)).matches()
				|| p.code().length() > 100) {
			problems.add(new Problem("code",
					"must be " + p.module() + ". followed by letters and digits (also . _ - between them), at most "
							+ "100 characters: " + p.code()));
		}
		text(problems, "labelDe", p.labelDe(), true, 300);
		text(problems, "labelEn", p.labelEn(), true, 300);
		text(problems, "unit", p.unit(), false, 50);
		Set<String> names = new HashSet<>();
		for (int i = 0; i < p.dimensionNames().size(); i++) {
			String name = p.dimensionNames().get(i);
			if (name == null || !DIMENSION_NAME.matcher(name).matches()) {
				problems.add(new Problem("dimensionNames[" + i + "]",
						"must be a letter followed by up to 49 letters, digits or _: " + name));
			}
			else if (!names.add(name)) {
				problems.add(new Problem("dimensionNames[" + i + "]", "is given twice: " + name));
			}
		}
		Optional<Period> period = (p.period() == null) ? Optional.empty() : Period.parse(p.period());
		if (period.isEmpty()) {
			problems.add(new Problem("period", "is not a period (e.g. 2026, 2026-03, 2025/26): " + p.period()));
		}
		if (p.cells().size() > MAX_CELLS) {
			problems.add(new Problem("cells", "holds " + p.cells().size() + " cells, at most " + MAX_CELLS));
		}
		else if (p.tenantId() != null) {
			checkCells(problems, p, names);
		}
		if (!problems.isEmpty()) {
			throw new InvalidPublicationException(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
		}
		return period.get();
	}

	private void checkCells(List<Problem> problems, Publication p, Set<String> names) {
		RegionLookup lookup = this.areas.lookup(p.tenantId());
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < p.cells().size() && problems.size() < MAX_PROBLEMS; i++) {
			Publication.Cell cell = p.cells().get(i);
			String field = "cells[" + i + "]";
			if (cell == null) {
				problems.add(new Problem(field, "is missing"));
				continue;
			}
			if (cell.regionKey() == null || cell.regionKey().length() > 20 || !lookup.exists(cell.regionKey())) {
				problems.add(new Problem(field + ".regionKey", "is not a known region key: " + cell.regionKey()));
			}
			if (cell.count() < 0) {
				problems.add(new Problem(field + ".count", "is negative: " + cell.count()));
			}
			if (!cell.dimensions().keySet().equals(names)) {
				problems.add(new Problem(field + ".dimensions",
						"must give exactly the dimensions " + p.dimensionNames() + ": " + cell.dimensions().keySet()));
				continue;
			}
			boolean valuesOk = true;
			for (Map.Entry<String, String> entry : cell.dimensions().entrySet()) {
				valuesOk &= text(problems, field + ".dimensions." + entry.getKey(), entry.getValue(), true, 200);
			}
			if (valuesOk && !seen.add(cell.regionKey() + "|" + dimensionKey(cell.dimensions()))) {
				problems.add(new Problem(field,
						"is given twice: region " + cell.regionKey() + " with " + new TreeMap<>(cell.dimensions())));
			}
		}
	}

	private static boolean text(List<Problem> problems, String field, String value, boolean required, int max) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new Problem(field, "is required"));
				return false;
			}
			return true;
		}
		if (value.length() > max || CONTROL.matcher(value).find()) {
			problems.add(new Problem(field, "must be at most " + max + " characters without control characters"));
			return false;
		}
		return true;
	}

	private static InvalidPublicationException invalid(String field, String message) {
		return new InvalidPublicationException(List.of(new Problem(field, message)));
	}

}
