package de.teilhabe.counselling.referral;

import de.teilhabe.shared.crypto.EncryptedColumn;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The encrypted columns of referrals (the row id is the referral's id), each registered
 * as a bean for the re-encryption job and the record of processing activities.
 */
@Configuration(proxyBeanMethods = false)
class ReferralColumns {

	/** The data packet as sent (JSON). */
	static final EncryptedColumn PACKET = EncryptedColumn.of("counselling_referral", "packet_sealed");

	/** The counsellor's reason for the referral. */
	static final EncryptedColumn REASON = EncryptedColumn.of("counselling_referral", "reason_sealed");

	/** The organisation's answer: why it refused, or the outcome when done. */
	static final EncryptedColumn ANSWER = EncryptedColumn.of("counselling_referral", "answer_sealed");

	/** The counsellor's note when checking the outcome. */
	static final EncryptedColumn OUTCOME = EncryptedColumn.of("counselling_referral", "outcome_sealed");

	@Bean
	EncryptedColumn counsellingReferralPacket() {
		return PACKET;
	}

	@Bean
	EncryptedColumn counsellingReferralReason() {
		return REASON;
	}

	@Bean
	EncryptedColumn counsellingReferralAnswer() {
		return ANSWER;
	}

	@Bean
	EncryptedColumn counsellingReferralOutcome() {
		return OUTCOME;
	}

}
