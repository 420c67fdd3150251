package de.teilhabe.network.organisation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.network.OrganisationRenamed;
import de.teilhabe.network.moderation.EntityType;
import de.teilhabe.network.moderation.ModeratedType;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Organisations as moderated entries. A change of name that takes effect (the office's
 * edit, an approved partner change) is published as {@link OrganisationRenamed}.
 */
@Component
class OrganisationEntries implements ModeratedType {

	private final OrganisationStore store;

	private final FormBinder forms;

	private final ApplicationEventPublisher events;

	OrganisationEntries(OrganisationStore store, FormBinder forms, ApplicationEventPublisher events) {
		this.store = store;
		this.forms = forms;
		this.events = events;
	}

	@Override
	public EntityType type() {
		return EntityType.ORGANISATION;
	}

	@Override
	public List<String> fields() {
		return OrganisationForm.FIELDS;
	}

	@Override
	public Map<String, String> labelPrefixes() {
		return Map.of("kind", "network.kind.", "fieldsOfWork", "network.fieldOfWork.");
	}

	@Override
	public CheckedValues check(UUID tenantId, Map<String, String> raw) {
		return OrganisationForm.check(this.forms, raw);
	}

	@Override
	public Optional<Map<String, String>> current(UUID tenantId, UUID id) {
		return this.store.find(tenantId, id).map(OrganisationForm::of);
	}

	@Override
	public Optional<UUID> organisationOf(UUID tenantId, UUID id) {
		return this.store.find(tenantId, id).map(Organisation::id);
	}

	@Override
	public void create(UUID tenantId, UUID id, UUID organisationId, Map<String, String> values, OffsetDateTime now) {
		this.store.insert(tenantId, id, values, now);
	}

	@Override
	public void update(UUID tenantId, UUID id, Map<String, String> values, OffsetDateTime now) {
		Optional<String> before = this.store.find(tenantId, id).map(Organisation::name);
		boolean updated = this.store.update(tenantId, id, values, now);
		if (updated && before.isPresent() && !before.get().equals(values.get("name"))) {
			this.events.publishEvent(new OrganisationRenamed(tenantId, id));
		}
	}

}
