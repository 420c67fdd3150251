package de.teilhabe.guides.guide;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.shared.security.BindableRecords;
import de.teilhabe.shared.web.ApiPaging;

import org.springframework.stereotype.Component;

/**
 * The tenant's guide profiles as records a GUIDE account can be bound to (the user
 * administration's search picker).
 */
@Component
class GuideBindings implements BindableRecords {

	private final GuideStore store;

	GuideBindings(GuideStore store) {
		this.store = store;
	}

	@Override
	public Kind kind() {
		return Kind.GUIDE_PROFILE;
	}

	@Override
	public List<Candidate> search(UUID tenantId, String query, int limit) {
		return this.store.search(tenantId, null, query, new ApiPaging(0, Math.max(1, Math.min(limit, 100))))
			.items()
			.stream()
			.map((guide) -> new Candidate(guide.id(), guide.name()))
			.toList();
	}

	@Override
	public Optional<String> nameOf(UUID tenantId, UUID id) {
		return this.store.find(tenantId, id).map(Guide::name);
	}

}
