package de.teilhabe.counselling.referral;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral stands: sent and waiting ({@code PENDING}), taken on by the
 * organisation ({@code ACCEPTED}), refused by it ({@code REJECTED}), done with an outcome
 * ({@code DONE}), or taken back by the counsellor ({@code REVOKED}). Pending and accepted
 * ones are active: only they are readable by the organisation.
 */
public enum ReferralStatus {

	PENDING, ACCEPTED, REJECTED, DONE, REVOKED;

	/** Whether the referral is still running (the organisation reads it). */
	public boolean active() {
		return this == PENDING || this == ACCEPTED;
	}

	/**
	 * The states a referral in this state may move to: pending to accepted, rejected or
	 * revoked; accepted to done or revoked; the others are final.
	 */
	public Set<ReferralStatus> next() {
		return switch (this) {
			case PENDING -> EnumSet.of(ACCEPTED, REJECTED, REVOKED);
			case ACCEPTED -> EnumSet.of(DONE, REVOKED);
			default -> EnumSet.noneOf(ReferralStatus.class);
		};
	}

	/** Whether the move to that state is allowed. */
	public boolean mayMoveTo(ReferralStatus target) {
		return next().contains(target);
	}

	/** The state of a name, null for none or an unknown one. */
	static ReferralStatus of(Object name) {
		if (name == null) {
			return null;
		}
		for (ReferralStatus status : values()) {
			if (status.name().equals(name.toString().strip())) {
				return status;
			}
		}
		return null;
	}

}
