package de.teilhabe.region.tenant;

import java.util.Collections;
import java.util.Map;

import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.LayoutContributor;

import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;

/**
 * Puts the signed-in user's tenant name into every page's header (error pages included),
 * and its slug into every page's model (for addresses that must work without a session,
 * such as a calendar subscription).
 */
@Component
class TenantAttributes implements LayoutContributor {

	private final Tenants tenants;

	TenantAttributes(Tenants tenants) {
		this.tenants = tenants;
	}

	/**
	 * Both names on a page a controller prepared (the slug too), each only when the model
	 * does not hold it yet.
	 */
	@Override
	public void addToPage(ModelMap model) {
		boolean name = !model.containsAttribute("tenantName");
		boolean slug = !model.containsAttribute("tenantSlug");
		if (!name && !slug) {
			return;
		}
		Tenant tenant = CurrentActor.find().flatMap((actor) -> this.tenants.find(actor.tenantId())).orElse(null);
		if (name) {
			model.addAttribute("tenantName", (tenant != null) ? tenant.name() : null);
		}
		if (slug) {
			model.addAttribute("tenantSlug", (tenant != null) ? tenant.slug() : null);
		}
	}

	String tenantName() {
		return CurrentActor.find()
			.flatMap((actor) -> this.tenants.find(actor.tenantId()))
			.map(Tenant::name)
			.orElse(null);
	}

	@Override
	public Map<String, Object> layoutAttributes() {
		String name = tenantName();
		return (name != null) ? Map.of("tenantName", name) : Collections.emptyMap();
	}

}
