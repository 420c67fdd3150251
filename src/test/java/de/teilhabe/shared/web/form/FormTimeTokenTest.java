package de.teilhabe.shared.web.form;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import de.teilhabe.shared.crypto.FieldEncryption;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public forms' time token with the platform's own signing key: a token sent the
 * moment it was shown is refused (too fast), the same token checked the minimum fill time
 * later passes, a day later or forged or for another form or tenant it is invalid. The
 * later checks run on a clock fixed at the token's age instead of sleeping; the HTTP
 * tests of the forms present tokens dated back ({@link TimeTokens}) and each form's test
 * sends one form at once to see it refused.
 */
@IntegrationTest
class FormTimeTokenTest {

	@Autowired
	FormTimeToken tokens;

	@Autowired
	FieldEncryption fields;

	/**
	 * The same key and minimum on a clock that stands the time given after the token was
	 * shown.
	 */
	private FormTimeToken after(String token, Duration age) {
		Instant shown = Instant.ofEpochSecond(Long.parseLong(token.substring(0, token.indexOf('.'))));
		return new FormTimeToken(this.fields, Clock.fixed(shown.plus(age), ZoneOffset.UTC),
				this.tokens.minimum().getSeconds());
	}

	@Test
	void tooFastIsRefusedTheRightAgePassesTooOldOrForgedIsInvalid() {
		UUID tenant = UUID.randomUUID();
		String token = this.tokens.issue(tenant, "feedback");
		assertThat(this.tokens.minimum()).isEqualTo(Duration.ofSeconds(3));
		assertThat(this.tokens.check(tenant, "feedback", token)).isEqualTo(FormTimeToken.Verdict.TOO_FAST);
		assertThat(after(token, Duration.ofMillis(2_999)).check(tenant, "feedback", token))
			.isEqualTo(FormTimeToken.Verdict.TOO_FAST);
		assertThat(after(token, Duration.ofSeconds(3)).check(tenant, "feedback", token))
			.isEqualTo(FormTimeToken.Verdict.VALID);
		assertThat(after(token, Duration.ofSeconds(-1)).check(tenant, "feedback", token)).as("shown in the future")
			.isEqualTo(FormTimeToken.Verdict.INVALID);
		assertThat(after(token, Duration.ofHours(23)).check(tenant, "feedback", token))
			.isEqualTo(FormTimeToken.Verdict.VALID);
		assertThat(after(token, Duration.ofHours(25)).check(tenant, "feedback", token))
			.isEqualTo(FormTimeToken.Verdict.INVALID);
		FormTimeToken valid = after(token, Duration.ofSeconds(4));
		assertThat(valid.check(tenant, "report", token)).isEqualTo(FormTimeToken.Verdict.INVALID);
		assertThat(valid.check(UUID.randomUUID(), "feedback", token)).isEqualTo(FormTimeToken.Verdict.INVALID);
		String shown = token.substring(0, token.indexOf('.'));
		assertThat(valid.check(tenant, "feedback", (Long.parseLong(shown) - 10) + token.substring(shown.length())))
			.as("re-dated without the key")
			.isEqualTo(FormTimeToken.Verdict.INVALID);
		assertThat(valid.check(tenant, "feedback", null)).isEqualTo(FormTimeToken.Verdict.INVALID);
		assertThat(valid.check(tenant, "feedback", "x")).isEqualTo(FormTimeToken.Verdict.INVALID);
		assertThat(
				this.tokens.check(tenant, "feedback", TimeTokens.filledInTime(this.tokens, tenant, "feedback", token)))
			.as("dated back by the tests' helper")
			.isEqualTo(FormTimeToken.Verdict.VALID);
	}

}
