package de.teilhabe.guides.request;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.access.AuditLog.AuditEntry;
import de.teilhabe.guides.guide.GuideRegions;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeping requests, for the pages and the API alike: the checks of {@link RequestForm}
 * against the tenant's Gemeinden (a new request's first appointment not in the past), and
 * an audit entry in the transaction of each change. Status changes go with the
 * assignments ({@code assignment.Assignments}).
 */
@Service
public class Requests {

	private final RequestStore store;

	private final GuideRegions regions;

	private final FormBinder binder;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final Times times;

	private final Clock clock;

	Requests(RequestStore store, GuideRegions regions, FormBinder binder, AuditLog audit,
			TransactionTemplate transaction, Times times, Clock clock) {
		this.store = store;
		this.regions = regions;
		this.binder = binder;
		this.audit = audit;
		this.transaction = transaction;
		this.times = times;
		this.clock = clock;
	}

	/** A request of the actor's tenant; "not found" for any other. */
	public GuideRequest visible(Actor actor, UUID id) {
		return this.store.find(actor.tenantId(), id).orElseThrow(Requests::notFound);
	}

	/** The answer to a request the actor's tenant does not have (404). */
	public static NotFoundException notFound() {
		return new NotFoundException("guides.request.error.notFound");
	}

	/** Checks and stores a new request (existing null; it is open) or changes one. */
	public Saved save(Actor actor, GuideRequest existing, Map<String, ?> values) {
		return save(actor, existing, null, values);
	}

	/**
	 * Checks and stores a new open request that a partner organisation asks for (the same
	 * checks as the office's).
	 */
	public Saved create(Actor actor, UUID requesterOrganisationId, Map<String, ?> values) {
		return save(actor, null, requesterOrganisationId, values);
	}

	private Saved save(Actor actor, GuideRequest existing, UUID requesterOrganisationId, Map<String, ?> values) {
		FormBinder.Bound<RequestForm> bound = RequestForm.check(this.binder, values,
				this.regions.labels(actor.tenantId()).keySet(),
				(existing == null) ? this.times.today(this.clock) : null);
		if (!bound.valid()) {
			return new Saved(null, bound.checked());
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		UUID id = this.transaction.execute((status) -> {
			if (existing == null) {
				UUID created = this.store.create(actor.tenantId(), bound.form(), requesterOrganisationId, now);
				this.audit.record(entry(actor, "guides.request.created", created));
				return created;
			}
			this.store.update(actor.tenantId(), existing.id(), bound.form(), now);
			this.audit.record(entry(actor, "guides.request.updated", existing.id()));
			return existing.id();
		});
		return new Saved(id, bound.checked());
	}

	/**
	 * An audit entry of the actor given (not necessarily the signed-in user: another
	 * module's start-up task may ask on behalf of a demo user).
	 */
	private static AuditEntry entry(Actor actor, String action, UUID requestId) {
		return new AuditEntry(actor.tenantId(), actor.userId(), actor.username(), AuditCategory.OTHER, action,
				"guide_request", requestId.toString(), null, null);
	}

	/**
	 * The outcome of saving a request.
	 *
	 * @param id the request's id, null if nothing was stored
	 * @param checked the values and what is wrong with them
	 */
	public record Saved(UUID id, CheckedValues checked) {
	}

}
