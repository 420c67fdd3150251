package de.teilhabe.portal.publicsite;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.portal.page.PageStore;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.web.PublicSection;

import org.springframework.stereotype.Component;

/**
 * The portal's topics on the tenant's public start page: its top-level pages that have a
 * topic, in their order, each with its title in the visitor's language (German where the
 * page has none in it) and a link to it.
 */
@Component
class PortalTopics implements PublicSection {

	private final PageStore store;

	private final Tenants tenants;

	PortalTopics(PageStore store, Tenants tenants) {
		this.store = store;
		this.tenants = tenants;
	}

	@Override
	public int order() {
		return 5;
	}

	@Override
	public String titleKey() {
		return "portal.public.topics";
	}

	@Override
	public String emptyKey() {
		return "portal.public.noTopics";
	}

	@Override
	public List<PublicEntry> entries(UUID tenantId, Locale language) {
		String slug = this.tenants.find(tenantId).map((tenant) -> tenant.slug()).orElse(null);
		if (slug == null) {
			return List.of();
		}
		String code = language.toLanguageTag();
		Map<UUID, PageStore.Title> titles = this.store.titles(tenantId, code);
		return this.store.children(tenantId, null)
			.stream()
			.filter((page) -> page.topic() != null && titles.containsKey(page.id()))
			.map((page) -> {
				PageStore.Title title = titles.get(page.id());
				return new PublicEntry(title.text(), title.summary(), "/p/" + slug + "/" + code + "/" + page.path());
			})
			.toList();
	}

}
