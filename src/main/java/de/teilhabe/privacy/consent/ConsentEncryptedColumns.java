package de.teilhabe.privacy.consent;

import de.teilhabe.shared.crypto.EncryptedColumn;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The encrypted columns of the consent records, registered for the re-encryption job.
 */
@Configuration(proxyBeanMethods = false)
class ConsentEncryptedColumns {

	@Bean
	EncryptedColumn consentWithdrawalNote() {
		return JdbcConsents.WITHDRAWAL_NOTE;
	}

}
