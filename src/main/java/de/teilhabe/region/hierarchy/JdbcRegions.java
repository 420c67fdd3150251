package de.teilhabe.region.hierarchy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import de.teilhabe.region.Region;
import de.teilhabe.region.RegionLevel;
import de.teilhabe.region.RegionSource;
import de.teilhabe.region.Regions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The regions in PostgreSQL (table {@code region}, loaded by {@link RegionLoader}).
 */
@Service
class JdbcRegions implements Regions {

	static final String ATTRIBUTION = "© Statistisches Bundesamt (Destatis), Gemeindeverzeichnis-Informationssystem GV-ISys";

	private static final RegionSource SOURCE = new RegionSource(ATTRIBUTION,
			"Datenlizenz Deutschland – Namensnennung – Version 2.0", "https://www.govdata.de/dl-de/by-2-0",
			Gemeindeverzeichnis.GEBIETSSTAND, Gemeindeverzeichnis.POPULATION_DATE);

	// The multi-word columns under the record's component names (the driver matches them
	// ignoring case): the row
	// mapper looks up "parentKey" before "parent_key", and every failed look-up is an
	// exception, four per row; reading
	// the 11 000 Gemeinden that way took seconds (the start-up task "indicator region
	// hierarchy": 4.7 s).
	private static final String SELECT = "SELECT key, ags, ars, name, level, parent_key AS parentkey, "
			+ "verband_key AS verbandkey, population, male, female, area, kind_code AS kindcode, kind, postcode, "
			+ "latitude, longitude, urbanisation_code AS urbanisationcode, urbanisation, gebietsstand FROM region ";

	static final int MAX_LIMIT = 100;

	private final JdbcClient jdbc;

	JdbcRegions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Region> find(String key) {
		requireWellFormed(key);
		if (key.length() == 12) {
			return resolveArs(key);
		}
		Optional<Region> region = this.jdbc.sql(SELECT + "WHERE key = ?").param(key).query(Region.class).optional();
		if (region.isEmpty() && key.length() == RegionLevel.GEMEINDEVERBAND.keyLength()) {
			// the Verband row of a verbandsfreie Gemeinde or kreisfreie Stadt: that
			// Gemeinde
			List<Region> single = this.jdbc
				.sql(SELECT + "WHERE level = 'GEMEINDE' AND verband_key IS NULL AND parent_key = ? AND ars LIKE ?")
				.params(key.substring(0, 5), key + "%")
				.query(Region.class)
				.list();
			return (single.size() == 1) ? Optional.of(single.get(0)) : Optional.empty();
		}
		return region;
	}

	@Override
	public Optional<Region> resolveArs(String ars) {
		if (ars == null || ars.length() != 12 || !ars.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			throw new IllegalArgumentException("An ARS of a Gemeinde has 12 digits; '" + ars + "' has not.");
		}
		return this.jdbc.sql(SELECT + "WHERE ars = ?").param(ars).query(Region.class).optional();
	}

	@Override
	public List<Region> children(String key) {
		Optional<Region> region = find(key);
		if (region.isEmpty()) {
			return List.of();
		}
		Region parent = region.get();
		return switch (parent.level()) {
			case LAND,
					REGIERUNGSBEZIRK ->
				this.jdbc.sql(SELECT + "WHERE parent_key = ? ORDER BY key")
					.param(parent.key())
					.query(Region.class)
					.list();
			case KREIS -> byParent(parent.key(), RegionLevel.GEMEINDE);
			case GEMEINDEVERBAND -> this.jdbc.sql(SELECT + "WHERE verband_key = ? ORDER BY key")
				.param(parent.key())
				.query(Region.class)
				.list();
			case GEMEINDE -> List.of();
		};
	}

	@Override
	public List<Region> verbaende(String kreisKey) {
		return find(kreisKey).filter((region) -> region.level() == RegionLevel.KREIS)
			.map((kreis) -> byParent(kreis.key(), RegionLevel.GEMEINDEVERBAND))
			.orElse(List.of());
	}

	private List<Region> byParent(String parentKey, RegionLevel level) {
		return this.jdbc.sql(SELECT + "WHERE parent_key = ? AND level = ? ORDER BY key")
			.params(parentKey, level.name())
			.query(Region.class)
			.list();
	}

	@Override
	public List<Region> gemeinden(String key) {
		Optional<Region> region = find(key);
		if (region.isEmpty()) {
			return List.of();
		}
		Region found = region.get();
		return switch (found.level()) {
			case GEMEINDE -> List.of(found);
			case GEMEINDEVERBAND -> children(found.key());
			default -> this.jdbc.sql(SELECT + "WHERE level = 'GEMEINDE' AND key LIKE ? ORDER BY key")
				.param(found.key() + "%")
				.query(Region.class)
				.list();
		};
	}

	@Override
	public List<Region> ancestors(String key) {
		List<Region> chain = new ArrayList<>();
		Optional<Region> current = find(key);
		while (current.isPresent() && current.get().parentKey() != null) {
			current = this.jdbc.sql(SELECT + "WHERE key = ?")
				.param(current.get().parentKey())
				.query(Region.class)
				.optional();
			current.ifPresent(chain::add);
		}
		Collections.reverse(chain);
		return chain;
	}

	@Override
	public List<Region> search(String query, RegionLevel level, int limit) {
		if (query == null || query.strip().length() < 2) {
			throw new IllegalArgumentException("The search needs at least 2 characters.");
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("The limit must be between 1 and " + MAX_LIMIT + ".");
		}
		String levelName = (level != null) ? level.name() : null;
		String trimmed = query.strip();
		if (trimmed.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return this.jdbc
				.sql(SELECT + "WHERE (key LIKE ? OR ars LIKE ?) AND (CAST(? AS TEXT) IS NULL OR level = ?) "
						+ "ORDER BY length(key), key LIMIT ?")
				.params(trimmed + "%", trimmed + "%", levelName, levelName, limit)
				.query(Region.class)
				.list();
		}
		String folded = escapeLike(SearchNames.fold(trimmed));
		return this.jdbc.sql(SELECT + """
				WHERE search_name LIKE '%' || :q || '%'
				  AND (CAST(:level AS TEXT) IS NULL OR level = :level)
				ORDER BY CASE WHEN search_name = :q OR search_name LIKE :q || ',%' THEN 0
				              WHEN search_name LIKE :q || '%' THEN 1
				              WHEN search_name LIKE '% ' || :q || '%' OR search_name LIKE '%(' || :q || '%'
				                OR search_name LIKE '%-' || :q || '%' THEN 2
				              ELSE 3 END,
				         population DESC NULLS LAST, key
				LIMIT :limit""")
			.param("q", folded)
			.param("level", levelName)
			.param("limit", limit)
			.query(Region.class)
			.list();
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	@Override
	public List<Region> laender() {
		return this.jdbc.sql(SELECT + "WHERE level = 'LAND' ORDER BY key").query(Region.class).list();
	}

	@Override
	public RegionSource source() {
		return SOURCE;
	}

	private static void requireWellFormed(String key) {
		String problem = Regions.checkKey(key);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
	}

}
