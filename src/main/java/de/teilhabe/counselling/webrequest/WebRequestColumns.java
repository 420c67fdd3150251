package de.teilhabe.counselling.webrequest;

import de.teilhabe.shared.crypto.EncryptedColumn;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The encrypted columns of the requests from the portal, registered for the re-encryption
 * job. The row id is the request's id.
 */
@Configuration(proxyBeanMethods = false)
class WebRequestColumns {

	static final String TABLE = "counselling_web_request";

	static final EncryptedColumn NAME = EncryptedColumn.of(TABLE, "name_sealed");

	static final EncryptedColumn PHONE = EncryptedColumn.of(TABLE, "phone_sealed");

	static final EncryptedColumn EMAIL = EncryptedColumn.of(TABLE, "email_sealed");

	static final EncryptedColumn MESSAGE = EncryptedColumn.of(TABLE, "message_sealed");

	@Bean
	EncryptedColumn webRequestNameColumn() {
		return NAME;
	}

	@Bean
	EncryptedColumn webRequestPhoneColumn() {
		return PHONE;
	}

	@Bean
	EncryptedColumn webRequestEmailColumn() {
		return EMAIL;
	}

	@Bean
	EncryptedColumn webRequestMessageColumn() {
		return MESSAGE;
	}

}
