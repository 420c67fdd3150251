package de.teilhabe.counselling.casework;

import de.teilhabe.shared.crypto.EncryptedColumn;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The encrypted columns of the cases, each registered as a bean for the re-encryption
 * job: a case's title and a Förderplan goal's text.
 */
@Configuration(proxyBeanMethods = false)
public class CaseColumns {

	/** The title of a case (free text of the counsellor). */
	public static final EncryptedColumn TITLE = EncryptedColumn.of("counselling_case", "title_sealed");

	/** The text of a goal of the Förderplan. */
	public static final EncryptedColumn GOAL_TEXT = EncryptedColumn.of("counselling_case_goal", "text_sealed");

	@Bean
	EncryptedColumn counsellingCaseTitle() {
		return TITLE;
	}

	@Bean
	EncryptedColumn counsellingCaseGoalText() {
		return GOAL_TEXT;
	}

}
