package de.teilhabe.strategy.measure;

import java.util.UUID;

import de.teilhabe.access.UserDirectory;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Who sees and changes which measures: every staff role reads all measures of its tenant,
 * STRATEGY plans and edits them; a PARTNER sees only the measures its organisation (the
 * one its user is bound to in {@link UserDirectory}) leads or partners, and may change
 * their status and add progress notes. Any other measure is "not found" for a partner,
 * never "forbidden".
 */
@Component
public class MeasureScope {

	/** The carrier of a partner bound to no organisation: carries nothing. */
	static final UUID NOBODY = new UUID(0, 0);

	private final UserDirectory directory;

	MeasureScope(UserDirectory directory) {
		this.directory = directory;
	}

	public boolean readsAll(Actor actor) {
		return actor.hasAny(Role.STAFF);
	}

	/** Plans, edits and merges (the office's strategy role). */
	public boolean plans(Actor actor) {
		return actor.has(Role.STRATEGY);
	}

	/**
	 * The organisation whose measures the actor sees: null for staff (all of them), the
	 * bound organisation for a partner ({@link #NOBODY} if it is bound to none).
	 */
	public UUID carrier(Actor actor) {
		if (readsAll(actor)) {
			return null;
		}
		if (!actor.has(Role.PARTNER)) {
			return NOBODY;
		}
		return this.directory.organisationOf(actor.tenantId(), actor.userId()).orElse(NOBODY);
	}

	/** The measure, if the actor may see it; "not found" otherwise. */
	public Measure visible(Actor actor, Measure measure) {
		UUID carrier = carrier(actor);
		if (carrier != null && !measure.carriedBy(carrier)) {
			throw new NotFoundException("strategy.measure.error.notFound");
		}
		return measure;
	}

	/** Whether the actor may change the status and add progress notes. */
	public boolean reports(Actor actor, Measure measure) {
		if (plans(actor)) {
			return true;
		}
		UUID carrier = carrier(actor);
		return carrier != null && measure.carriedBy(carrier);
	}

}
