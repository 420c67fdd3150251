package de.teilhabe.network.moderation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.network.scope.NetworkScope;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saving an organisation, offer or event: the office's edits go live at once; a partner's
 * edits of its own organisation's entries become a pending change that the office
 * approves or rejects (until then everybody sees the live version). Each step is audited
 * in the transaction of the change.
 */
@Service
public class Editing {

	private final Map<EntityType, ModeratedType> types = new EnumMap<>(EntityType.class);

	private final ChangeStore changes;

	private final NetworkScope scope;

	private final AuditLog audit;

	private final Clock clock;

	Editing(List<ModeratedType> types, ChangeStore changes, NetworkScope scope, AuditLog audit, Clock clock) {
		types.forEach((type) -> this.types.put(type.type(), type));
		this.changes = changes;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Checks and saves the values of a new entry (entityId null) or an existing one.
	 * @param organisationId the organisation the entry belongs to (null: an event of the
	 * office)
	 * @throws NotFoundException if the actor may not edit that organisation's entries or
	 * the entry does not belong to it
	 */
	@Transactional
	public Outcome save(Actor actor, EntityType entityType, UUID entityId, UUID organisationId,
			Map<String, String> raw) {
		ModeratedType type = type(entityType);
		if (entityId != null) {
			Optional<UUID> owner = type.organisationOf(actor.tenantId(), entityId);
			if (type.current(actor.tenantId(), entityId).isEmpty()
					|| !owner.equals(Optional.ofNullable(organisationId))) {
				throw new NotFoundException("network.error.notFound.entry");
			}
		}
		boolean throughModeration = organisationId != null && this.scope.editsThroughModeration(actor, organisationId);
		if (!throughModeration && !this.scope.isOffice(actor)) {
			throw new NotFoundException("network.error.notFound.organisation");
		}
		CheckedValues check = type.check(actor.tenantId(), raw);
		if (!check.valid()) {
			return new Invalid(check.values(), check.errors());
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		String kind = entityType.name().toLowerCase(java.util.Locale.ROOT);
		if (throughModeration) {
			UUID id = (entityId != null) ? entityId : UUID.randomUUID();
			this.changes.supersede(actor.tenantId(), id, now);
			UUID changeId = this.changes.insert(actor.tenantId(), entityType, id, organisationId,
					(entityId != null) ? "UPDATE" : "CREATE", check.values(), actor, now);
			this.audit.record(AuditCategory.OTHER, "network.change.submitted", "network_change", changeId.toString(),
					null, kind + " " + id);
			return new Submitted(changeId, id);
		}
		if (entityId == null) {
			UUID id = UUID.randomUUID();
			type.create(actor.tenantId(), id, organisationId, check.values(), now);
			this.audit.record(AuditCategory.OTHER, "network." + kind + ".created", "network_" + kind, id.toString(),
					null, null);
			return new Applied(id);
		}
		this.changes.supersede(actor.tenantId(), entityId, now);
		type.update(actor.tenantId(), entityId, check.values(), now);
		this.audit.record(AuditCategory.OTHER, "network." + kind + ".updated", "network_" + kind, entityId.toString(),
				null, null);
		return new Applied(entityId);
	}

	/**
	 * Deletes an entry of an organisation: the office at once, a partner through
	 * moderation (the removal waits for approval, the entry stays live until then).
	 * @throws NotFoundException if the actor may not edit that organisation's entries or
	 * the entry does not belong to it
	 */
	@Transactional
	public Outcome delete(Actor actor, EntityType entityType, UUID entityId, UUID organisationId) {
		ModeratedType type = type(entityType);
		Map<String, String> live = type.current(actor.tenantId(), entityId)
			.filter((values) -> type.organisationOf(actor.tenantId(), entityId)
				.equals(Optional.ofNullable(organisationId)))
			.orElseThrow(() -> new NotFoundException("network.error.notFound.entry"));
		boolean throughModeration = organisationId != null && this.scope.editsThroughModeration(actor, organisationId);
		if (!throughModeration && !this.scope.isOffice(actor)) {
			throw new NotFoundException("network.error.notFound.organisation");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		String kind = entityType.name().toLowerCase(java.util.Locale.ROOT);
		this.changes.supersede(actor.tenantId(), entityId, now);
		if (throughModeration) {
			UUID changeId = this.changes.insert(actor.tenantId(), entityType, entityId, organisationId, "DELETE", live,
					actor, now);
			this.audit.record(AuditCategory.OTHER, "network.change.submitted", "network_change", changeId.toString(),
					null, kind + " " + entityId + " (delete)");
			return new Submitted(changeId, entityId);
		}
		type.delete(actor.tenantId(), entityId);
		this.audit.record(AuditCategory.OTHER, "network." + kind + ".deleted", "network_" + kind, entityId.toString(),
				null, null);
		return new Applied(entityId);
	}

	/**
	 * The values to show in the edit form of an entry: a partner sees its own pending
	 * proposal if there is one, everybody else the live values.
	 */
	public Map<String, String> formValues(Actor actor, EntityType entityType, UUID entityId, UUID organisationId) {
		ModeratedType type = type(entityType);
		Map<String, String> live = type.current(actor.tenantId(), entityId)
			.orElseThrow(() -> new NotFoundException("network.error.notFound.entry"));
		if (organisationId != null && this.scope.editsThroughModeration(actor, organisationId)) {
			return pendingFor(actor.tenantId(), entityId).map(PendingChange::proposed).orElse(live);
		}
		return live;
	}

	/** The pending change of an entry, if any. */
	public Optional<PendingChange> pendingFor(UUID tenantId, UUID entityId) {
		return this.changes.pendingFor(tenantId, entityId);
	}

	/** The changes submitted for an organisation, newest first. */
	public List<PendingChange> changesOf(UUID tenantId, UUID organisationId) {
		return this.changes.ofOrganisation(tenantId, organisationId);
	}

	ModeratedType type(EntityType entityType) {
		ModeratedType type = this.types.get(entityType);
		if (type == null) {
			throw new IllegalStateException("No moderated type " + entityType);
		}
		return type;
	}

	/** What saving did. */
	public sealed interface Outcome permits Invalid, Applied, Submitted {

	}

	/**
	 * Nothing was stored: the values with what is wrong.
	 *
	 * @param values the normalised values
	 * @param errors what is wrong, by field
	 */
	public record Invalid(Map<String, String> values, Map<String, MessageSourceResolvable> errors) implements Outcome {
	}

	/**
	 * The office's change is live.
	 *
	 * @param id the entry
	 */
	public record Applied(UUID id) implements Outcome {
	}

	/**
	 * A partner's change waits for approval.
	 *
	 * @param changeId the pending change
	 * @param entityId the entry it concerns
	 */
	public record Submitted(UUID changeId, UUID entityId) implements Outcome {
	}

}
