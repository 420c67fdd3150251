package de.teilhabe.access.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.user.ManagedUser;
import de.teilhabe.shared.security.BindableRecords.Kind;

/**
 * The binding of a user to records of later modules: the organisation a PARTNER acts for,
 * the guide profile of a GUIDE. Each is the record chosen in the picker, or none; a value
 * that is no id is a type mismatch ({@code typeMismatch.bindingForm.<field>}).
 *
 * @param organisationId the organisation, or null
 * @param guideProfileId the guide profile, or null
 */
public record BindingForm(UUID organisationId, UUID guideProfileId) {

	/** The form's values of a user's stored binding. */
	static Map<String, String> values(ManagedUser user) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put(field(Kind.ORGANISATION), (user.organisationId() != null) ? user.organisationId().toString() : "");
		values.put(field(Kind.GUIDE_PROFILE), (user.guideProfileId() != null) ? user.guideProfileId().toString() : "");
		return values;
	}

	/** The record of that kind chosen. */
	UUID chosen(Kind kind) {
		return (kind == Kind.ORGANISATION) ? this.organisationId : this.guideProfileId;
	}

	/** The form field of a kind. */
	static String field(Kind kind) {
		return (kind == Kind.ORGANISATION) ? "organisationId" : "guideProfileId";
	}

}
