package de.teilhabe.shared.web.form;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import de.teilhabe.shared.crypto.BlindIndexNormalisation;
import de.teilhabe.shared.crypto.EncryptedColumn;
import de.teilhabe.shared.crypto.FieldEncryption;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A time token of an anonymous public form against robots that send a form the moment
 * they load it: the form carries the time it was shown, signed with the platform's
 * blind-index key (keyed HMAC, bound to the tenant and the form), so it cannot be forged;
 * a form sent sooner than {@code teilhabe.public-forms.min-seconds} (default 3) after it
 * was shown, later than a day, or without a valid token is refused. Stateless: no cookie,
 * no session, valid on every instance.
 */
@Component
public class FormTimeToken {

	/** The field that carries the token. */
	public static final String FIELD = "shown";

	private static final EncryptedColumn SIGNED = EncryptedColumn.of("public_form", "time_token")
		.withBlindIndex("time_token_signature", BlindIndexNormalisation.NONE);

	private static final Duration VALIDITY = Duration.ofDays(1);

	private final FieldEncryption fields;

	private final Clock clock;

	private final Duration minimum;

	FormTimeToken(FieldEncryption fields, Clock clock,
			@Value("${teilhabe.public-forms.min-seconds:3}") long minimumSeconds) {
		this.fields = fields;
		this.clock = clock;
		this.minimum = Duration.ofSeconds(minimumSeconds);
	}

	/** What a form of this tenant shown now carries. */
	public String issue(UUID tenantId, String form) {
		return issue(tenantId, form, Instant.now(this.clock).getEpochSecond());
	}

	/** The token of a form of this tenant shown at the second given (epoch). */
	String issue(UUID tenantId, String form, long shown) {
		return shown + "." + HexFormat.of().formatHex(this.fields.blindIndex(SIGNED, tenantId, form + "|" + shown));
	}

	/** The minimum time between showing a form and sending it. */
	Duration minimum() {
		return this.minimum;
	}

	/** How a sent token is judged. */
	public enum Verdict {

		/** Shown long enough before and not too long ago. */
		VALID,
		/** Sent too soon after it was shown. */
		TOO_FAST,
		/** Missing, forged, or too old. */
		INVALID

	}

	/** Judges the token a form of this tenant was sent with. */
	public Verdict check(UUID tenantId, String form, String token) {
		if (token == null || token.length() > 200) {
			return Verdict.INVALID;
		}
		int dot = token.indexOf('.');
		long shown;
		byte[] signature;
		try {
			shown = Long.parseLong(token.substring(0, Math.max(dot, 0)));
			signature = HexFormat.of().parseHex(token.substring(dot + 1));
		}
		catch (IllegalArgumentException | StringIndexOutOfBoundsException ex) {
			return Verdict.INVALID;
		}
		boolean signed = this.fields.blindIndexesForLookup(SIGNED, tenantId, form + "|" + shown)
			.stream()
			.anyMatch((expected) -> MessageDigest.isEqual(expected, signature));
		Duration age = Duration.between(Instant.ofEpochSecond(shown), Instant.now(this.clock));
		if (!signed || age.isNegative() || age.compareTo(VALIDITY) > 0) {
			return Verdict.INVALID;
		}
		return (age.compareTo(this.minimum) < 0) ? Verdict.TOO_FAST : Verdict.VALID;
	}

}
