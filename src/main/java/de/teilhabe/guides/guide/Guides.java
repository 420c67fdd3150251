package de.teilhabe.guides.guide;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;
import jakarta.validation.constraints.NotNull;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeping guide profiles, for the pages and the API alike: the checks of
 * {@link GuideForm} against the tenant's Gemeinden, the lifecycle's transitions and what
 * each requires, and an audit entry in the transaction of each change.
 */
@Service
public class Guides {

	private final GuideStore store;

	private final GuideRegions regions;

	private final FormBinder binder;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final Times times;

	private final Clock clock;

	private final Period certificateValidity;

	Guides(GuideStore store, GuideRegions regions, FormBinder binder, AuditLog audit, TransactionTemplate transaction,
			Times times, Clock clock, @Value("${teilhabe.guides.certificate-valid-years:5}") int certificateYears) {
		this.store = store;
		this.regions = regions;
		this.binder = binder;
		this.audit = audit;
		this.transaction = transaction;
		this.times = times;
		this.clock = clock;
		this.certificateValidity = Period.ofYears(certificateYears);
	}

	/** How long an inspected police certificate counts (default 5 years). */
	public Period certificateValidity() {
		return this.certificateValidity;
	}

	/** The office's day today. */
	public LocalDate today() {
		return this.times.today(this.clock);
	}

	/** A profile of the actor's tenant; "not found" for any other. */
	public Guide visible(Actor actor, UUID id) {
		return this.store.find(actor.tenantId(), id).orElseThrow(() -> new NotFoundException("guides.error.notFound"));
	}

	/**
	 * Checks and stores a new profile (existing null; it starts as interested) or changes
	 * one.
	 */
	public Saved save(Actor actor, Guide existing, Map<String, ?> values) {
		FormBinder.Bound<GuideForm> bound = GuideForm.check(this.binder, values,
				this.regions.labels(actor.tenantId()).keySet(), today());
		if (!bound.valid()) {
			return new Saved(null, bound.checked());
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		UUID id = this.transaction.execute((status) -> {
			if (existing == null) {
				UUID created = this.store.create(actor.tenantId(), bound.form(), GuideState.INTERESTED,
						actor.displayName(), now);
				this.audit.record(AuditCategory.OTHER, "guides.guide.created", "guide_profile", created.toString(),
						null, null);
				return created;
			}
			this.store.update(actor.tenantId(), existing.id(), bound.form(), now);
			this.audit.record(AuditCategory.OTHER, "guides.guide.updated", "guide_profile", existing.id().toString(),
					null, null);
			return existing.id();
		});
		return new Saved(id, bound.checked());
	}

	/**
	 * Moves a profile to another state of its lifecycle: one step forward, between active
	 * and paused, or to the end. The certificate's step and becoming active need a valid
	 * police certificate without relevant entry. Refusals name the field {@code state}.
	 */
	public FormBinder.Bound<StateForm> changeState(Actor actor, UUID id, Map<String, ?> values) {
		Guide guide = visible(actor, id);
		FormBinder.Bound<StateForm> bound = this.binder.bind(values, StateForm.class, (form, errors) -> {
			GuideState target = form.state();
			if (target == null || errors.hasFieldErrors("state")) {
				return;
			}
			if (!guide.state().canMoveTo(target)) {
				errors.rejectValue("state", "guides.error.transition");
			}
			else if ((target == GuideState.CERTIFICATE_INSPECTED || target == GuideState.ACTIVE)
					&& !guide.certificateValidOn(today(), this.certificateValidity)) {
				errors.rejectValue("state", "guides.error.certificate");
			}
		});
		if (bound.valid()) {
			GuideState target = bound.form().state();
			boolean changed = Boolean.TRUE.equals(this.transaction.execute((status) -> {
				boolean moved = this.store.changeState(actor.tenantId(), guide.id(), guide.state(), target,
						actor.displayName(), OffsetDateTime.now(this.clock), today());
				if (moved) {
					this.audit.record(AuditCategory.OTHER, "guides.guide.state", "guide_profile", guide.id().toString(),
							null, guide.state().name() + " -> " + target.name());
				}
				return moved;
			}));
			if (!changed) {
				throw new de.teilhabe.shared.web.ConflictException("guides.error.stateChanged");
			}
		}
		return bound;
	}

	/**
	 * The state a profile is to move to.
	 *
	 * @param state the new state
	 */
	public record StateForm(@NotNull(message = "{form.error.required}") GuideState state) {
	}

	/**
	 * The outcome of saving a profile.
	 *
	 * @param id the profile's id, null if nothing was stored
	 * @param checked the values and what is wrong with them
	 */
	public record Saved(UUID id, CheckedValues checked) {
	}

}
