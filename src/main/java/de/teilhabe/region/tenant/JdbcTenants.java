package de.teilhabe.region.tenant;

import java.sql.Array;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import de.teilhabe.region.Language;
import de.teilhabe.region.Languages;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.TenantLogo;
import de.teilhabe.region.TenantSettings;
import de.teilhabe.region.TenantSettingsChanged;
import de.teilhabe.region.Tenants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

@Service
class JdbcTenants implements Tenants {

	private static final String COLUMNS = "id, slug, name, home_region_key, demo";

	/**
	 * Every signed-in page and every token request looks up the user's tenant: keep
	 * tenants for a short while. A change on this instance evicts at once; other
	 * instances see it after {@link #CACHE_TTL} at the latest.
	 */
	static final Duration CACHE_TTL = Duration.ofSeconds(30);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Map<UUID, CachedTenant> cache = new ConcurrentHashMap<>();

	/**
	 * The public pages and the anonymous API name their tenant by slug on every request.
	 */
	private final Map<String, CachedTenant> bySlug = new ConcurrentHashMap<>();

	JdbcTenants(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Optional<Tenant> find(UUID id) {
		Instant now = this.clock.instant();
		CachedTenant cached = this.cache.get(id);
		if (cached != null && cached.loadedAt().plus(CACHE_TTL).isAfter(now)) {
			return Optional.of(cached.tenant());
		}
		Optional<Tenant> tenant = this.jdbc.sql("SELECT " + COLUMNS + " FROM tenant WHERE id = ?")
			.param(id)
			.query(Tenant.class)
			.optional();
		tenant.ifPresent((found) -> this.cache.put(id, new CachedTenant(found, now)));
		return tenant;
	}

	@TransactionalEventListener(fallbackExecution = true) // after commit: no stale
															// re-read in between
	void evict(TenantSettingsChanged changed) {
		this.cache.remove(changed.tenantId());
		this.bySlug.values().removeIf((cached) -> cached.tenant().id().equals(changed.tenantId()));
	}

	private record CachedTenant(Tenant tenant, Instant loadedAt) {
	}

	@Override
	public Optional<Tenant> findBySlug(String slug) {
		Instant now = this.clock.instant();
		CachedTenant cached = this.bySlug.get(slug);
		if (cached != null && cached.loadedAt().plus(CACHE_TTL).isAfter(now)) {
			return Optional.of(cached.tenant());
		}
		Optional<Tenant> tenant = this.jdbc.sql("SELECT " + COLUMNS + " FROM tenant WHERE slug = ?")
			.param(slug)
			.query(Tenant.class)
			.optional();
		// unknown slugs are not kept: anyone can send any number of them
		tenant.ifPresent((found) -> this.bySlug.put(slug, new CachedTenant(found, now)));
		return tenant;
	}

	@Override
	public List<Tenant> all() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM tenant ORDER BY name").query(Tenant.class).list();
	}

	@Override
	public Optional<TenantSettings> settings(UUID tenantId) {
		return this.jdbc.sql("""
				SELECT s.tenant_id, t.name, s.office_name, s.street, s.postcode, s.city, s.office_hours, s.phone,
				       s.email, s.website, s.imprint_text, s.privacy_text, (s.logo IS NOT NULL) AS has_logo, s.version
				FROM tenant_settings s JOIN tenant t ON t.id = s.tenant_id
				WHERE s.tenant_id = ?""").param(tenantId).query(TenantSettings.class).optional();
	}

	@Override
	public List<Language> publicLanguages(UUID tenantId) {
		Optional<List<String>> codes = this.jdbc.sql("SELECT public_languages FROM tenant_settings WHERE tenant_id = ?")
			.param(tenantId)
			.query((row, number) -> {
				Array array = row.getArray(1);
				return (array != null) ? List.of((String[]) array.getArray()) : Languages.PUBLIC_DEFAULT;
			})
			.optional();
		// a code taken out of the reference list is left out rather than failing the
		// pages
		return codes.orElse(List.of()).stream().map(Languages::find).flatMap(Optional::stream).toList();
	}

	@Override
	public Optional<TenantLogo> logo(UUID tenantId) {
		return this.jdbc
			.sql("SELECT logo AS content, logo_type AS media_type, version FROM tenant_settings "
					+ "WHERE tenant_id = ? AND logo IS NOT NULL")
			.param(tenantId)
			.query(TenantLogo.class)
			.optional();
	}

	@Override
	@Transactional
	public Tenant create(String slug, String name, String homeRegionKey, boolean demo) {
		Tenant tenant = new Tenant(UUID.randomUUID(), slug, name, homeRegionKey, demo);
		this.jdbc.sql("INSERT INTO tenant (id, slug, name, home_region_key, demo) VALUES (?, ?, ?, ?, ?)")
			.params(tenant.id(), slug, name, homeRegionKey, demo)
			.update();
		this.jdbc.sql("INSERT INTO tenant_settings (tenant_id, office_name) VALUES (?, ?)")
			.params(tenant.id(), name)
			.update();
		return tenant;
	}

}
