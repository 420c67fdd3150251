package de.teilhabe.guides.signup;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import de.teilhabe.shared.privacy.RetentionRule;

import org.springframework.stereotype.Component;

/**
 * Sign-ups whose confirmation link expired are deleted by the privacy module's nightly
 * retention job (one instance, under its database lock): an unconfirmed sign-up's address
 * and details were never agreed to beyond the link's time. Confirmed ones hold no
 * personal data any more and go at the same time.
 */
@Component
class UnconfirmedSignupRetention implements RetentionRule {

	private final SignupStore store;

	UnconfirmedSignupRetention(SignupStore store) {
		this.store = store;
	}

	@Override
	public String name() {
		return "guides.signup.unconfirmed";
	}

	@Override
	public String description() {
		return "guides.signup.retention.description";
	}

	@Override
	public String period() {
		return "guides.signup.retention.period";
	}

	@Override
	public int apply(UUID tenantId, Instant now) {
		if (tenantId == null) {
			return 0;
		}
		return this.store.deleteExpired(tenantId, now.atOffset(ZoneOffset.UTC));
	}

}
