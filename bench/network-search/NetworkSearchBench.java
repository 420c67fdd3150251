package de.teilhabe.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import de.teilhabe.network.form.Filter;
import de.teilhabe.network.form.Paging;
import de.teilhabe.network.offer.OfferStore;
import de.teilhabe.network.organisation.OrganisationStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search over 5 000 organisations and 20 000 offers of one tenant (plus the same again
 * in a second tenant, which every query must skip): the real search queries of
 * {@link OrganisationStore} and {@link OfferStore} against an embedded PostgreSQL 17 with
 * the real migrations. Prints p50, p95 and p99 per query kind. Run from the project
 * root: {@code bench/network-search/run.sh [rounds]}.
 */
public final class NetworkSearchBench {

	static final int ORGANISATIONS = 5_000;

	static final int OFFERS = 20_000;

	static final String[] WORDS = { "kultur", "verein", "familie", "jugend", "frauen", "sprache", "beratung",
			"integration", "sport", "bildung", "eltern", "nachbarschaft", "arbeit", "schule", "musik", "begegnung",
			"garten", "café", "hilfe", "netzwerk" };

	public static void main(String[] args) throws Exception {
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 2000;
		Path dir = Files.createTempDirectory("network-bench");
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true)
			.start()) {
			DataSource dataSource = postgres.getPostgresDatabase();
			Flyway.configure()
				.dataSource(dataSource)
				.locations("classpath:db/migration")
				.validateMigrationNaming(true)
				.load()
				.migrate();
			JdbcClient jdbc = JdbcClient.create(dataSource);
			UUID tenant = UUID.randomUUID();
			long started = System.nanoTime();
			generate(jdbc, tenant);
			generate(jdbc, UUID.randomUUID());
			jdbc.sql("ANALYZE").update();
			System.out.printf("generated 2 x (%d organisations, %d offers) in %d ms%n", ORGANISATIONS, OFFERS,
					(System.nanoTime() - started) / 1_000_000);
			OrganisationStore organisations = new OrganisationStore(jdbc);
			OfferStore offers = new OfferStore(jdbc, null);
			Random random = new Random(42);
			String[] languages = { "de", "ar", "tr", "uk", "ru", "fa" };
			String[] regions = { "03459014", "03459024", "03459030", "03459019" };
			List<Query> queries = List.of(
					new Query("organisations: text", () -> organisations.search(tenant,
							new Filter(word(random), null, null, null, null), new Paging(0, 20))),
					new Query("organisations: text + language + Gemeinde", () -> organisations.search(tenant,
							new Filter(word(random).substring(0, 4), null, pick(random, languages),
									pick(random, regions), null),
							new Paging(0, 20))),
					new Query("organisations: kind + field, page 3", () -> organisations.search(tenant,
							new Filter(null, "MSO", null, null, "FAMILY"), new Paging(3, 20))),
					new Query("offers: text", () -> offers.search(tenant,
							new Filter(word(random), null, null, null, null), new Paging(0, 20))),
					new Query("offers: text + kind + language + Gemeinde", () -> offers.search(tenant,
							new Filter(word(random).substring(0, 4), "LANGUAGE_COURSE", pick(random, languages),
									pick(random, regions), null),
							new Paging(0, 20))),
					new Query("offers: no filter, page 10",
							() -> offers.search(tenant, new Filter(null, null, null, null, null), new Paging(10, 20))));
			for (Query query : queries) {
				for (int i = 0; i < 200; i++) {
					query.action().run();
				}
				long[] nanos = new long[rounds];
				for (int i = 0; i < rounds; i++) {
					long start = System.nanoTime();
					query.action().run();
					nanos[i] = System.nanoTime() - start;
				}
				Arrays.sort(nanos);
				System.out.printf("%-45s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  (%d runs)%n", query.name(),
						nanos[rounds / 2] / 1e6, nanos[(int) (rounds * 0.95)] / 1e6, nanos[(int) (rounds * 0.99)] / 1e6,
						rounds);
			}
		}
	}

	/** Organisations and offers with names, descriptions and tags made of common words. */
	static void generate(JdbcClient jdbc, UUID tenant) {
		List<String> words = new ArrayList<>(List.of(WORDS));
		String array = "ARRAY['" + String.join("','", words) + "']";
		jdbc.sql("""
				INSERT INTO network_organisation (tenant_id, id, kind, name, normalised_name, city, regions, languages,
				  target_groups, fields_of_work, tags, description, search_text, created_at, updated_at, confirmed_at)
				SELECT ?, gen_random_uuid(),
				  (ARRAY['MSO','CLUB','SCHOOL','WELFARE_ASSOCIATION','OTHER'])[1 + i % 5],
				  initcap(w[1 + i % 20]) || ' ' || initcap(w[1 + (i / 20) % 20]) || ' ' || i || ' e.V.',
				  w[1 + i % 20] || ' ' || w[1 + (i / 20) % 20] || ' ' || i,
				  'Ort ' || (i % 40),
				  ARRAY[(ARRAY['03459014','03459024','03459030','03459019'])[1 + i % 4]],
				  ARRAY['de', (ARRAY['ar','tr','uk','ru','fa'])[1 + i % 5]],
				  ARRAY['Familien'], ARRAY[(ARRAY['FAMILY','SPORTS','LANGUAGE','WORK'])[1 + i % 4]], ARRAY['tag' || i % 50],
				  'Beschreibung mit ' || w[1 + (i * 7) % 20] || ' und ' || w[1 + (i * 3) % 20],
				  w[1 + i % 20] || ' ' || w[1 + (i / 20) % 20] || ' ' || i || ' beschreibung mit '
				    || w[1 + (i * 7) % 20] || ' und ' || w[1 + (i * 3) % 20] || ' tag' || i % 50,
				  now(), now(), now()
				FROM generate_series(1, ?) AS i, (SELECT WORDS_ARRAY AS w) AS words""".replace("WORDS_ARRAY", array))
			.params(tenant, ORGANISATIONS)
			.update();
		jdbc.sql("""
				INSERT INTO network_offer (tenant_id, id, organisation_id, kind, title, description, languages,
				  target_groups, region_key, search_text, created_at, updated_at)
				SELECT ?, gen_random_uuid(), o.id,
				  (ARRAY['LANGUAGE_COURSE','COUNSELLING','SPORTS','PARENTS_GROUP','HOMEWORK_HELP'])[1 + n % 5],
				  initcap(w[1 + n % 20]) || ' für ' || initcap(w[1 + (n / 20) % 20]) || ' ' || n,
				  'Angebot ' || w[1 + (n * 3) % 20], ARRAY['de', (ARRAY['ar','tr','uk','ru','fa'])[1 + n % 5]],
				  ARRAY['Eltern'], (ARRAY['03459014','03459024','03459030','03459019'])[1 + n % 4],
				  w[1 + n % 20] || ' für ' || w[1 + (n / 20) % 20] || ' ' || n || ' angebot ' || w[1 + (n * 3) % 20],
				  now(), now()
				FROM (SELECT id, row_number() OVER () AS r FROM network_organisation WHERE tenant_id = ?) AS o,
				     generate_series(0, 3) AS k, (SELECT WORDS_ARRAY AS w) AS words,
				     LATERAL (SELECT (o.r * 4 + k)::int AS n) AS numbers""".replace("WORDS_ARRAY", array))
			.params(tenant, tenant)
			.update();
	}

	static String word(Random random) {
		return WORDS[random.nextInt(WORDS.length)];
	}

	static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

	record Query(String name, Runnable action) {
	}

}
