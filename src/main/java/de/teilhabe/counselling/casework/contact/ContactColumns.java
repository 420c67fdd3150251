package de.teilhabe.counselling.casework.contact;

import de.teilhabe.shared.crypto.EncryptedColumn;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The encrypted columns of contacts, notes and tasks, each registered as a bean for the
 * re-encryption job after a key rotation.
 */
@Configuration(proxyBeanMethods = false)
public class ContactColumns {

	/** The summary of a contact. */
	public static final EncryptedColumn SUMMARY = EncryptedColumn.of("counselling_contact", "summary_sealed");

	/** The text of a note. */
	public static final EncryptedColumn NOTE_TEXT = EncryptedColumn.of("counselling_case_note", "text_sealed");

	/** The title of a task. */
	public static final EncryptedColumn TASK_TITLE = EncryptedColumn.of("counselling_task", "title_sealed");

	@Bean
	EncryptedColumn counsellingContactSummary() {
		return SUMMARY;
	}

	@Bean
	EncryptedColumn counsellingCaseNoteText() {
		return NOTE_TEXT;
	}

	@Bean
	EncryptedColumn counsellingTaskTitle() {
		return TASK_TITLE;
	}

}
