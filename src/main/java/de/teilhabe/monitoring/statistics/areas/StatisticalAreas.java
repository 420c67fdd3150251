package de.teilhabe.monitoring.statistics.areas;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import de.teilhabe.monitoring.statistics.importing.RegionLookup;
import de.teilhabe.region.Region;
import de.teilhabe.region.Regions;
import de.teilhabe.region.Tenants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The region keys statistics files may use: the official regions (region module), the
 * platform's statistical areas ({@code DG} Deutschland, {@code 03241999} Region Hannover
 * ohne Landeshauptstadt) and each tenant's own statistical areas.
 */
@Service
public class StatisticalAreas {

	/**
	 * Statistical areas every tenant knows: no official region, but in official files.
	 */
	public static final Map<String, String> PLATFORM_AREAS = Map.of("DG", "Deutschland", "03241999",
			"Region Hannover ohne Landeshauptstadt");

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1,12}");

	/** Region answers cached per import; beyond this many, nothing more is cached. */
	private static final int CACHE_LIMIT = 50_000;

	private final JdbcClient jdbc;

	private final Regions regions;

	private final Tenants tenants;

	private final Clock clock;

	StatisticalAreas(JdbcClient jdbc, Regions regions, Tenants tenants, Clock clock) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.tenants = tenants;
		this.clock = clock;
	}

	/** The tenant's areas, by key. */
	public List<StatisticalArea> list(UUID tenantId) {
		return this.jdbc.sql("SELECT key, name, parent_key FROM statistics_area WHERE tenant_id = ? ORDER BY key")
			.param(tenantId)
			.query(StatisticalArea.class)
			.list();
	}

	/**
	 * Defines an area.
	 * @return the errors by field ({@code parentKey}, {@code code}, {@code name}) as
	 * message keys; empty when the area was stored
	 */
	public Map<String, String> create(UUID tenantId, String parentKey, String code, String name) {
		Map<String, String> errors = new LinkedHashMap<>();
		String parent = (parentKey == null) ? "" : parentKey.strip();
		String local = (code == null) ? "" : code.strip();
		String title = (name == null) ? "" : name.strip();
		String home = this.tenants.find(tenantId).map((t) -> t.homeRegionKey()).orElse("");
		if (Regions.checkKey(parent) != null || parent.length() == 12) {
			errors.put("parentKey", "monitoring.areas.parentKey.malformed");
		}
		else if (this.regions.find(parent).isEmpty()) {
			errors.put("parentKey", "monitoring.areas.parentKey.unknown");
		}
		else if (!parent.startsWith(home)) {
			errors.put("parentKey", "monitoring.areas.parentKey.outside");
		}
		if (!CODE.matcher(local).matches()) {
			errors.put("code", "monitoring.areas.code.malformed");
		}
		if (title.isEmpty() || title.length() > 200) {
			errors.put("name", "monitoring.areas.name.required");
		}
		if (errors.isEmpty()) {
			int inserted = this.jdbc
				.sql("INSERT INTO statistics_area (tenant_id, key, name, parent_key, created_at) "
						+ "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
				.params(tenantId, parent + "-" + local, title, parent, OffsetDateTime.now(this.clock))
				.update();
			if (inserted == 0) {
				errors.put("code", "monitoring.areas.code.taken");
			}
		}
		return errors;
	}

	/** The name of a region key as a tenant sees it, if any. */
	public Optional<String> name(UUID tenantId, String key) {
		if (PLATFORM_AREAS.containsKey(key)) {
			return Optional.of(PLATFORM_AREAS.get(key));
		}
		if (Regions.checkKey(key) == null) {
			return this.regions.find(key).map(Region::name);
		}
		if (tenantId == null) {
			return Optional.empty();
		}
		return this.jdbc.sql("SELECT name FROM statistics_area WHERE tenant_id = ? AND key = ?")
			.params(tenantId, key)
			.query(String.class)
			.optional();
	}

	/**
	 * The region keys files of this tenant may use (for shared reference data, pass
	 * {@code null}: official regions and platform areas only). One lookup serves one
	 * import: it caches what it learns, up to a bound.
	 */
	public RegionLookup lookup(UUID tenantId) {
		Map<String, String> own = new LinkedHashMap<>(PLATFORM_AREAS);
		if (tenantId != null) {
			list(tenantId).forEach((area) -> own.put(area.key(), area.name()));
		}
		return new CachingLookup(own, this.regions);
	}

	private static final class CachingLookup implements RegionLookup {

		private final Map<String, String> own;

		private final Map<String, List<String>> ownByName = new LinkedHashMap<>();

		private final Regions regions;

		private final Map<String, Boolean> known = new ConcurrentHashMap<>();

		private final Map<String, List<String>> byName = new ConcurrentHashMap<>();

		CachingLookup(Map<String, String> own, Regions regions) {
			this.own = own;
			this.regions = regions;
			own.forEach((key, name) -> this.ownByName.computeIfAbsent(normal(name), (n) -> new ArrayList<>()).add(key));
		}

		@Override
		public boolean exists(String key) {
			if (this.own.containsKey(key)) {
				return true;
			}
			if (Regions.checkKey(key) != null) {
				return false;
			}
			Boolean cached = this.known.get(key);
			if (cached != null) {
				return cached;
			}
			boolean found = this.regions.find(key).isPresent();
			if (this.known.size() < CACHE_LIMIT) {
				this.known.put(key, found);
			}
			return found;
		}

		@Override
		public List<String> findByName(String name) {
			String normal = normal(name);
			List<String> cached = this.byName.get(normal);
			if (cached != null) {
				return cached;
			}
			List<String> keys = new ArrayList<>(this.ownByName.getOrDefault(normal, List.of()));
			if (normal.length() >= 2) {
				this.regions.search(name.strip(), null, 100)
					.stream()
					.filter((region) -> normal(region.name()).equals(normal))
					.forEach((region) -> keys.add(region.key()));
			}
			List<String> result = List.copyOf(keys);
			if (this.byName.size() < CACHE_LIMIT) {
				this.byName.put(normal, result);
			}
			return result;
		}

		private static String normal(String name) {
			return name.strip().toLowerCase(Locale.GERMAN);
		}

	}

}
