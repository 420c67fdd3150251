package de.teilhabe.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import de.teilhabe.TeilhabeApplication;
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
 * Integrationsmonitoring Niedersachsen, the shipped indicator catalogue), then per round:
 * <ol>
 * <li><b>recompute</b>: all catalogue indicators, all regions and years, as after an
 * import of every shipped series (the {@code StatisticsChanged} path, set-based SQL);</li>
 * <li><b>read</b>: all catalogue indicators for all Kreise of Niedersachsen and all years
 * (default variants) from the stored values, one query;</li>
 * <li><b>SQL aggregate</b>: one hand-written aggregate over the same observation rows
 * (the shipped series, Kreise of Niedersachsen, grouped by series, region, period and
 * dimensions), the yardstick of the issue.</li>
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
			List<long[]> times = new ArrayList<>();
			for (int round = 0; round < rounds; round++) {
				// recompute everything: every stored row is deleted first so that all of it is written again
				jdbc.sql("DELETE FROM indicator_value WHERE tenant_id IS NULL").update();
				long t0 = System.nanoTime();
				transaction.executeWithoutResult((status) -> context
					.publishEvent(new StatisticsChanged(null, Set.of(), Set.copyOf(codes))));
				long t1 = System.nanoTime();
				long read = jdbc.sql("""
						SELECT count(*) FROM (SELECT v.region_key, v.period, v.value, v.numerator, v.denominator,
						    v.symbol, v.reason FROM indicator_value v JOIN indicator_definition d ON d.id = v.indicator_id
						WHERE v.tenant_id IS NULL AND d.tenant_id IS NULL AND length(v.region_key) = 5
						  AND v.region_key LIKE '03%' AND CAST(v.variant_key AS jsonb) @> d.default_dimensions) r""")
					.query(Long.class)
					.single();
				long t2 = System.nanoTime();
				long aggregate = jdbc.sql("""
						SELECT count(*) FROM (SELECT o.series_id, o.region_key, o.period, o.dimension_key, sum(o.value),
						    count(*) FILTER (WHERE o.value IS NULL) FROM statistics_observation o
						JOIN statistics_series s ON s.id = o.series_id
						WHERE o.tenant_id IS NULL AND s.tenant_id IS NULL AND s.code = ANY(?)
						  AND length(o.region_key) = 5 AND o.region_key LIKE '03%'
						GROUP BY 1, 2, 3, 4) a""")
					.param(codes.toArray(String[]::new))
					.query(Long.class)
					.single();
				long t3 = System.nanoTime();
				times.add(new long[] { t1 - t0, t2 - t1, t3 - t2 });
				System.out.printf("round %d: recompute all %.1f ms, read all Kreise × years (%d values) %.1f ms, "
						+ "SQL aggregate (%d groups) %.1f ms%n", round + 1, (t1 - t0) / 1e6, read, (t2 - t1) / 1e6,
						aggregate, (t3 - t2) / 1e6);
			}
			long[] median = new long[3];
			for (int i = 0; i < 3; i++) {
				final int column = i;
				median[i] = times.stream().mapToLong((t) -> t[column]).sorted().toArray()[times.size() / 2];
			}
			System.out.printf("median: recompute %.1f ms, read %.1f ms, SQL aggregate %.1f ms; "
					+ "read ÷ aggregate %.2f, recompute ÷ aggregate %.2f%n", median[0] / 1e6, median[1] / 1e6,
					median[2] / 1e6, (double) median[1] / median[2], (double) median[0] / median[2]);
		}
		finally {
			context.close();
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
