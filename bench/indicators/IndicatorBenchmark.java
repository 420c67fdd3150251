package de.teilhabe.bench;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import de.teilhabe.TeilhabeApplication;
import de.teilhabe.monitoring.IndicatorComputation;
import de.teilhabe.monitoring.IndicatorDefinition;
import de.teilhabe.monitoring.Indicators;
import de.teilhabe.monitoring.StatisticsChanged;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indicator benchmark of issue 4 (prints its figures; not a timed test). Starts the
 * platform on a fresh embedded PostgreSQL (reference data: regions, the whole
 * Integrationsmonitoring Niedersachsen, the shipped indicator catalogue), then per round,
 * in this order:
 * <ol>
 * <li><b>compute</b>: every value of every catalogue indicator (all regions, years and
 * variants) computed from the observations and counted, nothing compared or stored: the
 * computation alone, one statement after the other on one connection;</li>
 * <li><b>compute in parallel</b>: the same statements on as many connections as a
 * recomputation uses ({@code teilhabe.indicators.recompute-connections}, 2 by
 * default);</li>
 * <li><b>recompute</b>: all catalogue indicators, all regions (so all Kreise of
 * Niedersachsen), all years and variants, computed from the observations as after an
 * import of every shipped series (the {@code StatisticsChanged} path: one statement per
 * indicator that computes, compares with the stored values and writes what differs, on as
 * many connections; the stored values are current, so nothing is written);</li>
 * <li><b>SQL aggregate</b>: one hand-written {@code GROUP BY} over the same observation
 * rows (every row of the catalogue's shared series), the yardstick of the issue, right
 * after the recompute in the same round;</li>
 * <li><b>recompute writing all</b>: the same after every stored value was deleted (and
 * the table vacuumed), so that all of them are written;</li>
 * <li><b>read</b>: all catalogue indicators for all Kreise of Niedersachsen and all years
 * (default variants) from the stored values, one query.</li>
 * </ol>
 * Run from the project root: {@code bench/indicators/run.sh [rounds]}.
 */
public final class IndicatorBenchmark {

	public static void main(String[] args) throws Exception {
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 10;
		Path data = Files.createTempDirectory("teilhabe-indicator-bench");
		ConfigurableApplicationContext context = SpringApplication.run(TeilhabeApplication.class,
				"--server.port=0", "--server.address=127.0.0.1", "--teilhabe.data-dir=" + data,
				"--logging.level.root=WARN");
		try {
			Indicators indicators = context.getBean(Indicators.class);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
			UUID anyTenant = jdbc.sql("SELECT id FROM tenant LIMIT 1").query(UUID.class).optional().orElse(null);
			List<IndicatorDefinition> catalogue = indicators.catalogue(anyTenant).stream()
				.filter(IndicatorDefinition::shipped)
				.toList();
			Set<String> codes = new TreeSet<>();
			catalogue.forEach((d) -> collect(d, codes));
			long observations = jdbc
				.sql("SELECT count(*) FROM statistics_observation o JOIN statistics_series s ON s.id = o.series_id "
						+ "WHERE o.tenant_id IS NULL AND s.tenant_id IS NULL AND s.code = ANY(?)")
				.param(codes.toArray(String[]::new))
				.query(Long.class)
				.single();
			long kreisRows = jdbc
				.sql("SELECT count(*) FROM statistics_observation o JOIN statistics_series s ON s.id = o.series_id "
						+ "WHERE o.tenant_id IS NULL AND s.tenant_id IS NULL AND s.code = ANY(?) "
						+ "AND length(o.region_key) = 5 AND o.region_key LIKE '03%'")
				.param(codes.toArray(String[]::new))
				.query(Long.class)
				.single();
			System.out.printf("%d shipped indicators over %d series, %d observations (%d of Kreise of Niedersachsen)%n",
					catalogue.size(), codes.size(), observations, kreisRows);
			String[] seriesCodes = codes.toArray(String[]::new);
			Runnable recompute = () -> transaction.executeWithoutResult(
					(status) -> context.publishEvent(new StatisticsChanged(null, Set.of(), Set.copyOf(codes))));
			// the yardstick: one GROUP BY over the same observation rows the computation
			// reads (every row of the catalogue's shared series, all regions and periods)
			String aggregateSql = """
					SELECT count(*) FROM (SELECT o.series_id, o.region_key, o.period, o.dimension_key, sum(o.value),
					    count(*) FILTER (WHERE o.value IS NULL) FROM statistics_observation o
					JOIN statistics_series s ON s.id = o.series_id
					WHERE o.tenant_id IS NULL AND s.tenant_id IS NULL AND s.code = ANY(?)
					GROUP BY 1, 2, 3, 4) a""";
			String readSql = """
					SELECT count(*) FROM (SELECT v.region_key, v.period, v.value, v.numerator, v.denominator,
					    v.symbol, v.reason FROM indicator_value v JOIN indicator_definition d ON d.id = v.indicator_id
					WHERE v.tenant_id IS NULL AND d.tenant_id IS NULL AND length(v.region_key) = 5
					  AND v.region_key LIKE '03%' AND CAST(v.variant_key AS jsonb) @> d.default_dimensions) r""";
			String storedSql = "SELECT count(*) FROM indicator_value WHERE tenant_id IS NULL";
			recompute.run();
			// the planner's statistics of every table current, as autovacuum keeps them in a
			// running database (right after the start some are not yet there, and the
			// yardstick's plan goes wrong: a nested loop and a sort instead of hashing)
			jdbc.sql("VACUUM ANALYZE").update();
			System.out.printf("%d values stored (all regions, periods, variants)%n",
					jdbc.sql(storedSql).query(Long.class).single());
			// the computation alone: every value of every catalogue indicator computed and
			// counted, nothing compared or stored (the engine is package-private: reached by
			// reflection, as the benchmark is no part of the module)
			Object engine = context.getBean("indicatorEngine");
			Method count = engine.getClass()
				.getDeclaredMethod("count", IndicatorComputation.class, UUID.class);
			Method bulk = engine.getClass().getDeclaredMethod("withHashPlans", Supplier.class);
			count.setAccessible(true);
			bulk.setAccessible(true);
			Supplier<Long> computeAll = () -> transaction.execute((status) -> {
				try {
					return (Long) bulk.invoke(engine, (Supplier<Long>) () -> {
						long values = 0;
						for (IndicatorDefinition definition : catalogue) {
							values += invoke(count, engine, definition.computation(), null);
						}
						return values;
					});
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
			});
			// the same on several connections at once, as a recomputation runs them
			Object parallel = context.getBean("parallelStatements");
			Method run = parallel.getClass().getDeclaredMethod("run", List.class, UnaryOperator.class);
			run.setAccessible(true);
			// the statements over the most observations first, as a recomputation orders them
			Map<String, Long> sizes = new HashMap<>();
			jdbc.sql("SELECT s.code, count(*) FROM statistics_observation o JOIN statistics_series s ON s.id = o.series_id "
					+ "WHERE o.tenant_id IS NULL GROUP BY s.code")
				.query((rs, row) -> sizes.put(rs.getString(1), rs.getLong(2)))
				.list();
			List<Supplier<Long>> counts = new ArrayList<>();
			catalogue.stream()
				.sorted(Comparator.comparingLong((IndicatorDefinition d) -> {
					Set<String> read = new TreeSet<>();
					collect(d, read);
					return read.stream().mapToLong((code) -> sizes.getOrDefault(code, 0L)).sum();
				}).reversed())
				.forEach((definition) -> counts.add(() -> invoke(count, engine, definition.computation(), null)));
			// each connection's statements with the planner settings of a recomputation
			UnaryOperator<Runnable> hashPlans = (statements) -> () -> {
				try {
					bulk.invoke(engine, (Supplier<Object>) () -> {
						statements.run();
						return null;
					});
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
			};
			Supplier<Long> computeParallel = () -> {
				try {
					@SuppressWarnings("unchecked")
					List<Long> values = (List<Long>) run.invoke(parallel, counts, hashPlans);
					return values.stream().mapToLong(Long::longValue).sum();
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
			};
			String[] names = { "recompute all (values current, nothing written)", "hand-written SQL aggregate",
					"recompute all after deleting every stored value (everything written)",
					"read all Kreise x years (stored, default variants)", "compute all, one connection (nothing compared or stored)",
					"compute all, as many connections as a recomputation uses" };
			List<long[]> times = new ArrayList<>();
			for (int round = 0; round < rounds; round++) {
				long[] t = new long[6];
				long start = System.nanoTime();
				long computed = computeAll.get();
				t[4] = System.nanoTime() - start;
				start = System.nanoTime();
				long computedInParallel = computeParallel.get();
				t[5] = System.nanoTime() - start;
				if (computedInParallel != computed) {
					throw new IllegalStateException(computedInParallel + " values computed in parallel, " + computed);
				}
				start = System.nanoTime();
				recompute.run();
				t[0] = System.nanoTime() - start;
				start = System.nanoTime();
				long groups = jdbc.sql(aggregateSql).param(seriesCodes).query(Long.class).single();
				t[1] = System.nanoTime() - start;
				jdbc.sql("DELETE FROM indicator_value WHERE tenant_id IS NULL").update();
				jdbc.sql("VACUUM ANALYZE indicator_value").update();
				start = System.nanoTime();
				recompute.run();
				t[2] = System.nanoTime() - start;
				start = System.nanoTime();
				long read = jdbc.sql(readSql).query(Long.class).single();
				t[3] = System.nanoTime() - start;
				times.add(t);
				System.out.printf("round %d: compute (%d values) %.1f ms, in parallel %.1f ms, recompute %.1f ms, SQL "
						+ "aggregate (%d groups) %.1f ms, ratios %.2f / %.2f / %.2f; recompute writing all %.1f ms; read "
						+ "(%d values) %.1f ms; load average %s%n", round + 1, computed, t[4] / 1e6, t[5] / 1e6,
						t[0] / 1e6, groups, t[1] / 1e6, (double) t[4] / t[1], (double) t[5] / t[1],
						(double) t[0] / t[1], t[2] / 1e6, read, t[3] / 1e6, loadAverage());
			}
			for (int i = 0; i < names.length; i++) {
				final int column = i;
				long[] sorted = times.stream().mapToLong((t) -> t[column]).sorted().toArray();
				System.out.printf("%-72s median %8.1f ms, best %8.1f ms%n", names[i], sorted[sorted.length / 2] / 1e6,
						sorted[0] / 1e6);
			}
			for (int i : new int[] { 4, 5, 0 }) {
				double[] ratios = times.stream().mapToDouble((t) -> (double) t[i] / t[1]).sorted().toArray();
				System.out.printf("%s ÷ aggregate in the same round: median %.2f, best %.2f, worst %.2f%n",
						(i == 4) ? "compute, one connection" : (i == 5) ? "compute, in parallel" : "recompute",
						ratios[ratios.length / 2], ratios[0], ratios[ratios.length - 1]);
			}
		}
		finally {
			context.close();
			// stop the embedded PostgreSQL now (else at JVM exit) and remove its folder (~600 MB)
			de.teilhabe.shared.database.EmbeddedPostgres.stop();
			try (var files = Files.walk(data)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
	}

	private static Long invoke(Method count, Object engine, IndicatorComputation computation, UUID scope) {
		try {
			return (Long) count.invoke(engine, computation, scope);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (java.io.IOException ex) {
			return "?";
		}
	}

	private static void collect(IndicatorDefinition definition, Set<String> codes) {
		var c = definition.computation();
		for (var term : new de.teilhabe.monitoring.IndicatorComputation.Term[] { c.first(), c.second() }) {
			if (term != null) {
				codes.add(term.numerator().series());
				if (term.denominator() != null) {
					codes.add(term.denominator().series());
				}
			}
		}
	}

}
