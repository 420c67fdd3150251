package de.teilhabe.region;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.shared.documents.Letterhead;

/**
 * The tenants of this installation.
 */
public interface Tenants {

	Optional<Tenant> find(UUID id);

	Optional<Tenant> findBySlug(String slug);

	List<Tenant> all();

	/** The settings of a tenant (empty for an unknown tenant). */
	Optional<TenantSettings> settings(UUID tenantId);

	/**
	 * The languages a tenant's public pages offer, in the order shown (its setting, else
	 * {@link Languages#PUBLIC_DEFAULT}); empty for an unknown tenant.
	 */
	List<Language> publicLanguages(UUID tenantId);

	/** The logo of a tenant, if it has one. */
	Optional<TenantLogo> logo(UUID tenantId);

	/**
	 * The running header of a tenant's documents: its name (from the settings) and logo.
	 */
	default Letterhead letterhead(UUID tenantId) {
		String name = settings(tenantId).map(TenantSettings::name)
			.or(() -> find(tenantId).map(Tenant::name))
			.orElseThrow(() -> new IllegalArgumentException("unknown tenant " + tenantId));
		return logo(tenantId).map((logo) -> new Letterhead(name, logo.content(), logo.mediaType()))
			.orElseGet(() -> Letterhead.named(name));
	}

	/** Creates a tenant (bootstrap and demo data). */
	Tenant create(String slug, String name, String homeRegionKey, boolean demo);

}
