package de.teilhabe.monitoring.indicators;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import de.teilhabe.access.AuditLog;
import de.teilhabe.monitoring.IndicatorDefinition;
import de.teilhabe.monitoring.IndicatorDefinitionException;
import de.teilhabe.monitoring.IndicatorTheme;
import de.teilhabe.monitoring.IndicatorValue;
import de.teilhabe.monitoring.Indicators;
import de.teilhabe.monitoring.IndicatorsChanged;
import de.teilhabe.monitoring.NewIndicator;
import de.teilhabe.monitoring.Polarity;
import de.teilhabe.monitoring.indicators.IndicatorStore.StoredIndicator;
import de.teilhabe.region.Regions;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.ConflictException;
import de.teilhabe.shared.web.NotFoundException;
import tools.jackson.core.type.TypeReference;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Indicators} facade: catalogue, stored values, rankings, own indicators, and
 * the recomputation of stored values.
 */
@Service
class IndicatorService implements Indicators {

	/**
	 * A tenant's statistical area: the key of its official region, a hyphen, a local
	 * code.
	 */
	private static final Pattern AREA_KEY = Pattern.compile("\\d{5}(\\d{3})?-[A-Za-z0-9]{1,12}");

	private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
	};

	private final IndicatorStore store;

	private final IndicatorEngine engine;

	private final DefinitionCheck check;

	private final Regions regions;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ParallelStatements parallel;

	private final AuditLog audit;

	IndicatorService(IndicatorStore store, IndicatorEngine engine, DefinitionCheck check, Regions regions,
			JdbcClient jdbc, MessageSource messages, ApplicationEventPublisher events, Clock clock,
			ParallelStatements parallel, AuditLog audit) {
		this.parallel = parallel;
		this.audit = audit;
		this.store = store;
		this.engine = engine;
		this.check = check;
		this.regions = regions;
		this.jdbc = jdbc;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public List<IndicatorDefinition> catalogue(UUID tenantId) {
		return this.store.visible(tenantId).stream().map(StoredIndicator::definition).toList();
	}

	@Override
	public Map<IndicatorTheme, List<IndicatorDefinition>> catalogueByTheme(UUID tenantId) {
		Map<IndicatorTheme, List<IndicatorDefinition>> themes = new LinkedHashMap<>();
		for (IndicatorDefinition definition : catalogue(tenantId)) {
			themes.computeIfAbsent(definition.theme(), (theme) -> new ArrayList<>()).add(definition);
		}
		return themes;
	}

	@Override
	public Optional<IndicatorDefinition> find(UUID tenantId, String code) {
		return this.store.find(tenantId, code).map(StoredIndicator::definition);
	}

	@Override
	public List<IndicatorValue> values(UUID tenantId, String code, String regionKey, String from, String to,
			Map<String, String> dimensions) {
		StoredIndicator indicator = indicator(tenantId, code);
		checkRegion(tenantId, regionKey);
		String variant = variant(indicator, dimensions);
		Scope scope = scope(tenantId, indicator);
		StringBuilder sql = new StringBuilder("SELECT region_key, period, variant_key, value, numerator, denominator, "
				+ "symbol, reason FROM indicator_value WHERE ")
			.append(scope.match())
			.append(" AND indicator_id = :id AND region_key = :region AND CAST(variant_key AS jsonb) @> "
					+ "CAST(:variant AS jsonb)");
		if (from != null && !from.isBlank()) {
			sql.append(" AND period >= :from");
		}
		if (to != null && !to.isBlank()) {
			sql.append(" AND period <= :to");
		}
		sql.append(" ORDER BY period, variant_key");
		return rows(this.jdbc.sql(sql.toString())
			.param("scope", scope.tenantId())
			.param("id", indicator.id())
			.param("region", regionKey)
			.param("variant", variant)
			.param("from", from)
			.param("to", to), indicator);
	}

	/** The rows a statement of stored values gives, as values of the indicator. */
	private List<IndicatorValue> rows(JdbcClient.StatementSpec statement, StoredIndicator indicator) {
		return statement.query(IndicatorEngine.ComputedValue.ROWS)
			.list()
			.stream()
			.map((row) -> value(indicator, row))
			.toList();
	}

	@Override
	public List<IndicatorValue> values(UUID tenantId, String code, Collection<String> regionKeys,
			Map<String, String> dimensions) {
		StoredIndicator indicator = indicator(tenantId, code);
		if (regionKeys.isEmpty()) {
			return List.of();
		}
		String variant = variant(indicator, dimensions);
		Scope scope = scope(tenantId, indicator);
		return rows(this.jdbc
			.sql("SELECT region_key, period, variant_key, value, numerator, denominator, symbol, reason "
					+ "FROM indicator_value WHERE " + scope.match() + " AND indicator_id = :id "
					+ "AND region_key = ANY(:regions) AND CAST(variant_key AS jsonb) @> CAST(:variant AS jsonb) "
					+ "ORDER BY region_key, period, variant_key")
			.param("scope", scope.tenantId())
			.param("id", indicator.id())
			.param("regions", regionKeys.toArray(String[]::new))
			.param("variant", variant), indicator);
	}

	@Override
	public Optional<Instant> dataAsOf(UUID tenantId, Collection<String> codes) {
		Set<String> series = new LinkedHashSet<>();
		for (String code : codes) {
			this.store.find(tenantId, code).ifPresent((indicator) -> series.addAll(indicator.seriesCodes()));
		}
		if (series.isEmpty()) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("SELECT updated_at FROM (SELECT DISTINCT ON (code) updated_at FROM statistics_series "
					+ "WHERE (tenant_id = ? OR tenant_id IS NULL) AND code = ANY(?) "
					+ "ORDER BY code, tenant_id NULLS LAST) newest ORDER BY updated_at DESC LIMIT 1")
			.params(tenantId, series.toArray(String[]::new))
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant);
	}

	@Override
	public List<String> periods(UUID tenantId, String code) {
		StoredIndicator indicator = indicator(tenantId, code);
		Scope scope = scope(tenantId, indicator);
		return this.jdbc
			.sql("SELECT DISTINCT period FROM indicator_value WHERE " + scope.match()
					+ " AND indicator_id = :id ORDER BY period")
			.param("scope", scope.tenantId())
			.param("id", indicator.id())
			.query(String.class)
			.list();
	}

	@Override
	public Map<String, List<String>> dimensions(UUID tenantId, String code) {
		StoredIndicator indicator = indicator(tenantId, code);
		Scope scope = scope(tenantId, indicator);
		Map<String, List<String>> dimensions = new TreeMap<>();
		this.jdbc.sql(
				"SELECT DISTINCT d.key, d.value FROM indicator_value v, jsonb_each_text(CAST(v.variant_key AS jsonb)) d "
						+ "WHERE " + scope.match().replace("tenant_id", "v.tenant_id")
						+ " AND v.indicator_id = :id ORDER BY d.key, d.value")
			.param("scope", scope.tenantId())
			.param("id", indicator.id())
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.forEach((entry) -> dimensions.computeIfAbsent(entry.getKey(), (key) -> new ArrayList<>())
				.add(entry.getValue()));
		return dimensions;
	}

	@Override
	public List<IndicatorValue> ranking(UUID tenantId, String code, String period, String parentKey,
			Map<String, String> dimensions) {
		StoredIndicator indicator = indicator(tenantId, code);
		checkRegion(tenantId, parentKey);
		if (period == null || period.isBlank()) {
			throw new BadRequestException("monitoring.error.periodRequired");
		}
		String children = switch (parentKey.length()) {
			case 2, 3 -> "length(region_key) = 5 AND region_key LIKE :prefix";
			case 5 -> "((length(region_key) = 8 AND region_key LIKE :prefix) OR region_key LIKE :area)";
			default -> "region_key LIKE :area";
		};
		String variant = variant(indicator, dimensions);
		Scope scope = scope(tenantId, indicator);
		List<IndicatorValue> values = this.jdbc
			.sql("SELECT region_key, period, variant_key, value, numerator, denominator, symbol, reason "
					+ "FROM indicator_value WHERE " + scope.match() + " AND indicator_id = :id AND period = :period "
					+ "AND CAST(variant_key AS jsonb) @> CAST(:variant AS jsonb) AND " + children)
			.param("scope", scope.tenantId())
			.param("id", indicator.id())
			.param("period", period)
			.param("variant", variant)
			.param("prefix", parentKey + "%")
			.param("area", parentKey + "-%")
			.query(IndicatorEngine.ComputedValue.ROWS)
			.list()
			.stream()
			.map((row) -> value(indicator, row))
			.toList();
		Comparator<BigDecimal> order = (indicator.definition().polarity() == Polarity.LOWER_IS_BETTER)
				? Comparator.naturalOrder() : Comparator.reverseOrder();
		return values.stream()
			.sorted(Comparator.comparing(IndicatorValue::value, Comparator.nullsLast(order))
				.thenComparing(IndicatorValue::region))
			.toList();
	}

	@Override
	@Transactional
	public IndicatorDefinition define(Actor actor, NewIndicator indicator) {
		mayEdit(actor);
		IndicatorDefinition definition = this.check.check(actor.tenantId(), indicator, true);
		store(actor, definition, "indicator.defined");
		return definition;
	}

	@Override
	@Transactional
	public IndicatorDefinition update(Actor actor, String code, NewIndicator indicator) {
		mayEdit(actor);
		ownIndicator(actor.tenantId(), code);
		if (indicator != null && indicator.code() != null && !indicator.code().equals(code)) {
			throw new IndicatorDefinitionException("code",
					"The code of an indicator cannot change: it is '" + code + "' (or leave 'code' out).", true);
		}
		NewIndicator sameCode = (indicator == null) ? null
				: new NewIndicator(code, indicator.titleDe(), indicator.titleEn(), indicator.themeCode(),
						indicator.themeTitle(), indicator.definition(), indicator.unit(), indicator.precision(),
						indicator.polarity(), indicator.source(), indicator.computation(),
						indicator.defaultDimensions());
		IndicatorDefinition definition = this.check.check(actor.tenantId(), sameCode, false);
		store(actor, definition, "indicator.changed");
		return definition;
	}

	/**
	 * Stores an own definition, recomputes its values in the same transaction, records it
	 * in the audit log and publishes {@link IndicatorsChanged}.
	 */
	private void store(Actor actor, IndicatorDefinition definition, String action) {
		IndicatorStore.Saved saved = this.store.save(actor.tenantId(), definition, actor.username(),
				OffsetDateTime.now(this.clock));
		this.engine.recompute(saved.id(), definition.computation(), actor.tenantId());
		audit(actor, action, definition.code(),
				definition.kind() + " " + String.join(",", IndicatorEngine.seriesCodes(definition.computation())));
		this.events.publishEvent(new IndicatorsChanged(actor.tenantId(), Set.of(definition.code())));
	}

	@Override
	@Transactional
	public void delete(Actor actor, String code) {
		mayEdit(actor);
		StoredIndicator indicator = ownIndicator(actor.tenantId(), code);
		this.engine.forget(indicator.id(), actor.tenantId());
		this.store.delete(actor.tenantId(), indicator.id());
		audit(actor, "indicator.deleted", code, null);
		this.events.publishEvent(new IndicatorsChanged(actor.tenantId(), Set.of(code)));
	}

	/**
	 * The tenant's own indicator of that code: 404 when the tenant sees none (another
	 * tenant's own included), 409 for a shipped one (read-only).
	 */
	private StoredIndicator ownIndicator(UUID tenantId, String code) {
		StoredIndicator indicator = indicator(tenantId, code);
		if (indicator.tenantId() == null) {
			throw new ConflictException("monitoring.error.shippedReadOnly", code);
		}
		return indicator;
	}

	/** STRATEGY and ADMIN define own indicators (the request rules say so too). */
	private static void mayEdit(Actor actor) {
		if (!actor.hasAny(Role.STRATEGY, Role.ADMIN)) {
			throw new AccessDeniedException("Only STRATEGY and ADMIN define own indicators.");
		}
	}

	private void audit(Actor actor, String action, String code, String details) {
		this.audit.record(new AuditLog.AuditEntry(actor.tenantId(), actor.userId(), actor.username(),
				AuditLog.AuditCategory.OTHER, action, "indicator", code, null, details));
	}

	@Override
	@Transactional
	public List<IndicatorValue> preview(UUID tenantId, NewIndicator indicator, String regionKey) {
		IndicatorDefinition definition = this.check.check(tenantId, indicator, false);
		checkRegion(tenantId, regionKey);
		Map<String, String> defaults = definition.defaultDimensions();
		return this.engine.preview(definition.computation(), tenantId, regionKey)
			.stream()
			.filter((row) -> IndicatorEngine.JSON.readValue(row.variantKey(), STRING_MAP)
				.entrySet()
				.containsAll(defaults.entrySet()))
			.map((row) -> value(definition, row))
			.toList();
	}

	/**
	 * Recomputes an indicator in every scope it has: shared, and each tenant that owns a
	 * series it reads (shipped indicators), or its tenant (own indicators).
	 * @return the scopes whose values changed (null for shared)
	 */
	Set<UUID> recompute(StoredIndicator indicator) {
		Set<UUID> changed = new LinkedHashSet<>();
		for (UUID scope : scopes(indicator, this.store.tenantsWithOwnSeries(indicator.seriesCodes()))) {
			if (this.engine.recompute(indicator.id(), indicator.definition().computation(), scope) > 0) {
				changed.add(scope);
			}
		}
		return changed;
	}

	/**
	 * The scopes an indicator has, knowing the tenants that own a series it reads: its
	 * tenant (own indicator), or shared and each of those tenants (shipped).
	 */
	private static List<UUID> scopes(StoredIndicator indicator, Collection<UUID> tenantsWithOwnSeries) {
		if (indicator.tenantId() != null) {
			return List.of(indicator.tenantId());
		}
		List<UUID> scopes = new ArrayList<>();
		scopes.add(null);
		scopes.addAll(tenantsWithOwnSeries);
		return scopes;
	}

	/**
	 * Recomputes what a tenant's (or the shared) statistics change affects, one statement
	 * per indicator and scope, several at once ({@link ParallelStatements}); publishes
	 * {@link IndicatorsChanged} per scope. Holds no connection of its own while those run
	 * (see {@link Recomputation}).
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void statisticsChanged(UUID tenantId, Set<String> seriesCodes) {
		if (seriesCodes.isEmpty()) {
			return;
		}
		List<Step> steps = stepsReading(tenantId, seriesCodes);
		if (steps.isEmpty()) {
			return;
		}
		this.parallel.run(List.<Supplier<List<String>>>of(this.engine::refreshStatisticsOfInputs),
				UnaryOperator.identity());
		List<Supplier<Integer>> statements = new ArrayList<>();
		for (Step step : steps) {
			long id = step.indicator().id();
			statements.add(() -> step.forget() ? this.engine.forget(id, step.scope())
					: this.engine.recompute(id, step.indicator().definition().computation(), step.scope()));
		}
		List<Integer> rows = this.parallel.run(statements, (statementsInTurn) -> () -> this.engine.withHashPlans(() -> {
			statementsInTurn.run();
			return null;
		}));
		this.engine.refreshStatisticsOfValues(rows.stream().mapToLong(Integer::longValue).sum());
		Map<UUID, Set<String>> changed = new LinkedHashMap<>();
		for (int i = 0; i < steps.size(); i++) {
			if (rows.get(i) > 0) {
				changed.computeIfAbsent(steps.get(i).scope(), (key) -> new LinkedHashSet<>())
					.add(steps.get(i).indicator().definition().code());
			}
		}
		changed.forEach((scope, codes) -> this.events.publishEvent(new IndicatorsChanged(scope, Set.copyOf(codes))));
	}

	/**
	 * One statement of a recomputation: an indicator's values in a scope, or forgetting
	 * them.
	 */
	private record Step(StoredIndicator indicator, UUID scope, boolean forget) {

	}

	/**
	 * What a statistics change of a tenant (or the shared, null) makes to recompute, the
	 * statements over the most observations first (so that the connections finish
	 * together, not one with a large statement left at the end).
	 */
	private List<Step> stepsReading(UUID tenantId, Set<String> seriesCodes) {
		List<Step> steps = new ArrayList<>();
		List<StoredIndicator> reading = this.store.readingAny(seriesCodes);
		Set<String> codesRead = new LinkedHashSet<>();
		reading.forEach((indicator) -> codesRead.addAll(indicator.seriesCodes()));
		Map<String, Set<UUID>> owners = this.store.tenantsWithOwnSeriesByCode(codesRead);
		for (StoredIndicator indicator : reading) {
			if (tenantId == null || indicator.tenantId() != null) {
				if (tenantId != null && !tenantId.equals(indicator.tenantId())) {
					continue;
				}
				Set<UUID> tenants = new LinkedHashSet<>();
				indicator.seriesCodes().forEach((code) -> tenants.addAll(owners.getOrDefault(code, Set.of())));
				scopes(indicator, tenants).forEach((scope) -> steps.add(new Step(indicator, scope, false)));
			}
			else {
				// a shipped indicator and a tenant's own series: the tenant's view only
				steps.add(new Step(indicator, tenantId, !this.store.ownsSeries(tenantId, indicator.seriesCodes())));
			}
		}
		Map<String, Long> observations = this.store.observationsByCode(codesRead);
		steps.sort(
				Comparator
					.comparingLong((Step step) -> step.indicator()
						.seriesCodes()
						.stream()
						.mapToLong((code) -> observations.getOrDefault(code, 0L))
						.sum())
					.reversed());
		return steps;
	}

	private StoredIndicator indicator(UUID tenantId, String code) {
		return this.store.find(tenantId, code)
			.orElseThrow(() -> new NotFoundException("monitoring.error.notFound.indicator", code));
	}

	/** Which stored values the tenant sees for an indicator. */
	private Scope scope(UUID tenantId, StoredIndicator indicator) {
		if (indicator.tenantId() != null) {
			return new Scope(indicator.tenantId());
		}
		boolean own = this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM indicator_value WHERE tenant_id = ? AND indicator_id = ?)")
			.params(tenantId, indicator.id())
			.query(Boolean.class)
			.single();
		return new Scope(own ? tenantId : null);
	}

	private record Scope(UUID tenantId) {

		String match() {
			return (this.tenantId == null) ? "tenant_id IS NULL" : "tenant_id = :scope";
		}

	}

	/** The default variant with the asked dimensions put over it, as JSON. */
	private static String variant(StoredIndicator indicator, Map<String, String> dimensions) {
		Map<String, String> variant = new TreeMap<>(indicator.definition().defaultDimensions());
		List<String> known = indicator.definition().computation().first().numerator().by();
		if (dimensions != null) {
			for (Map.Entry<String, String> entry : dimensions.entrySet()) {
				if (!known.contains(entry.getKey())) {
					throw new BadRequestException("monitoring.error.noDimension", indicator.definition().code(),
							entry.getKey(), String.join(", ", known));
				}
				variant.put(entry.getKey(), entry.getValue());
			}
		}
		return IndicatorEngine.JSON.writeValueAsString(variant);
	}

	/** A malformed or unknown region key is a bad request. */
	private void checkRegion(UUID tenantId, String key) {
		if (key == null || key.isBlank()) {
			throw new BadRequestException("monitoring.error.regionRequired");
		}
		if (AREA_KEY.matcher(key).matches()) {
			boolean known = this.jdbc.sql("SELECT count(*) FROM statistics_area WHERE tenant_id = ? AND key = ?")
				.params(tenantId, key)
				.query(Long.class)
				.single() > 0;
			if (!known) {
				throw new BadRequestException("monitoring.error.unknownArea", key);
			}
			return;
		}
		if ("DG".equals(key)) {
			return;
		}
		BadRequestException malformed = Regions.keyProblem(key);
		if (malformed != null) {
			throw malformed;
		}
		boolean statisticalArea = key.length() == 8 && key.endsWith("999");
		if (!statisticalArea && this.regions.find(key).isEmpty()) {
			throw new BadRequestException("region.key.unknown", key);
		}
	}

	private IndicatorValue value(StoredIndicator indicator, IndicatorEngine.ComputedValue row) {
		return value(indicator.definition(), row);
	}

	private IndicatorValue value(IndicatorDefinition definition, IndicatorEngine.ComputedValue row) {
		// full precision: the definition's precision is for display (pages, downloads)
		return new IndicatorValue(row.regionKey(), row.period(), strip(row.value()), strip(row.numerator()),
				strip(row.denominator()), row.symbol(), reason(row),
				IndicatorEngine.JSON.readValue(row.variantKey(), STRING_MAP));
	}

	private static BigDecimal strip(BigDecimal number) {
		if (number == null) {
			return null;
		}
		BigDecimal stripped = number.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	/** The reason in the user's language: which component, and what its symbol means. */
	private String reason(IndicatorEngine.ComputedValue row) {
		if (row.reason() == null) {
			return null;
		}
		Locale locale = LocaleContextHolder.getLocale();
		List<String> parts = new ArrayList<>();
		for (String part : row.reason().split("\\.")) {
			parts.add(this.messages.getMessage("monitoring.indicator.reason." + part, null, part, locale));
		}
		String symbol = (row.symbol() == null) ? "MISSING" : row.symbol();
		return String.join(", ", parts) + ": "
				+ this.messages.getMessage("monitoring.indicator.symbol." + symbol, null, symbol, locale);
	}

}
