package de.teilhabe.counselling.household;

import de.teilhabe.shared.crypto.EncryptedColumn;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The encrypted columns of the household members, each registered as a bean for the
 * re-encryption job (and so listed in the record of processing activities): the
 * relationship, first name, birth year and gender of a member. The row id is the member's
 * own id.
 */
@Configuration(proxyBeanMethods = false)
public class HouseholdColumns {

	static final String TABLE = "counselling_household_member";

	/** How the member is related to the client. */
	public static final EncryptedColumn RELATIONSHIP = EncryptedColumn.of(TABLE, "relationship_sealed");

	/** The member's first name. */
	public static final EncryptedColumn FIRST_NAME = EncryptedColumn.of(TABLE, "first_name_sealed");

	/** The member's year of birth. */
	public static final EncryptedColumn BIRTH_YEAR = EncryptedColumn.of(TABLE, "birth_year_sealed");

	/** The member's gender. */
	public static final EncryptedColumn GENDER = EncryptedColumn.of(TABLE, "gender_sealed");

	@Bean
	EncryptedColumn counsellingHouseholdRelationship() {
		return RELATIONSHIP;
	}

	@Bean
	EncryptedColumn counsellingHouseholdFirstName() {
		return FIRST_NAME;
	}

	@Bean
	EncryptedColumn counsellingHouseholdBirthYear() {
		return BIRTH_YEAR;
	}

	@Bean
	EncryptedColumn counsellingHouseholdGender() {
		return GENDER;
	}

}
