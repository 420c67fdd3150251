package de.teilhabe.counselling.discrimination;

import de.teilhabe.shared.crypto.EncryptedColumn;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The encrypted columns of the complaints, registered for the re-encryption job and the
 * record of processing activities. The row id is the complaint's id.
 */
@Configuration(proxyBeanMethods = false)
class ComplaintColumns {

	static final String TABLE = "counselling_discrimination_complaint";

	static final EncryptedColumn DESCRIPTION = EncryptedColumn.of(TABLE, "description_sealed");

	static final EncryptedColumn REPLY_CONTACT = EncryptedColumn.of(TABLE, "reply_contact_sealed");

	@Bean
	EncryptedColumn complaintDescriptionColumn() {
		return DESCRIPTION;
	}

	@Bean
	EncryptedColumn complaintReplyContactColumn() {
		return REPLY_CONTACT;
	}

}
