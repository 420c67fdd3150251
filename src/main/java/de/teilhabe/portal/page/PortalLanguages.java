package de.teilhabe.portal.page;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.region.Language;
import de.teilhabe.region.Tenants;

import org.springframework.stereotype.Component;

/**
 * The languages a tenant's pages are translated into: the languages its public pages
 * offer, but German (the source).
 */
@Component
public class PortalLanguages {

	private final Tenants tenants;

	PortalLanguages(Tenants tenants) {
		this.tenants = tenants;
	}

	/** The translation languages, in the tenant's order. */
	public List<Language> translations(UUID tenantId) {
		return this.tenants.publicLanguages(tenantId)
			.stream()
			.filter((language) -> !language.code().equals(PageStore.SOURCE))
			.toList();
	}

	/** The translation language with this code, if the tenant offers it. */
	public Optional<Language> translation(UUID tenantId, String code) {
		return translations(tenantId).stream().filter((language) -> language.code().equals(code)).findFirst();
	}

}
