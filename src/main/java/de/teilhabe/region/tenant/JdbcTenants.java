package de.teilhabe.region.tenant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.region.Tenant;
import de.teilhabe.region.TenantLogo;
import de.teilhabe.region.TenantSettings;
import de.teilhabe.region.Tenants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcTenants implements Tenants {

	private static final String COLUMNS = "id, slug, name, home_region_key, demo";

	private final JdbcClient jdbc;

	JdbcTenants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Tenant> find(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM tenant WHERE id = ?")
			.param(id)
			.query(Tenant.class)
			.optional();
	}

	@Override
	public Optional<Tenant> findBySlug(String slug) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM tenant WHERE slug = ?")
			.param(slug)
			.query(Tenant.class)
			.optional();
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
