package de.teilhabe.access.admin;

import java.util.UUID;

import de.teilhabe.access.user.ManagedUser;
import de.teilhabe.shared.security.BindableRecords.Kind;

import org.springframework.validation.Errors;

/**
 * The binding of a user to records of later modules: the organisation a PARTNER acts for,
 * the guide profile of a GUIDE. Each is the id of the record chosen in the picker, or
 * empty.
 */
public class BindingForm {

	private String organisationId = "";

	private String guideProfileId = "";

	static BindingForm of(ManagedUser user) {
		BindingForm form = new BindingForm();
		form.setOrganisationId((user.organisationId() != null) ? user.organisationId().toString() : "");
		form.setGuideProfileId((user.guideProfileId() != null) ? user.guideProfileId().toString() : "");
		return form;
	}

	void validate(Errors errors) {
		if (!isUuidOrEmpty(this.organisationId)) {
			errors.rejectValue("organisationId", "access.users.binding.invalid");
		}
		if (!isUuidOrEmpty(this.guideProfileId)) {
			errors.rejectValue("guideProfileId", "access.users.binding.invalid");
		}
	}

	UUID organisation() {
		return uuid(this.organisationId);
	}

	UUID guideProfile() {
		return uuid(this.guideProfileId);
	}

	private static boolean isUuidOrEmpty(String value) {
		if (value.isBlank()) {
			return true;
		}
		try {
			UUID parsed = UUID.fromString(value.strip());
			return parsed.toString().equalsIgnoreCase(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static UUID uuid(String value) {
		return value.isBlank() ? null : UUID.fromString(value.strip());
	}

	/** The id in a field's value, or null if it is empty or no id. */
	static UUID uuidOrNull(String value) {
		return (value != null && !value.isBlank() && isUuidOrEmpty(value)) ? uuid(value) : null;
	}

	String value(Kind kind) {
		return (kind == Kind.ORGANISATION) ? this.organisationId : this.guideProfileId;
	}

	public String getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(String organisationId) {
		this.organisationId = (organisationId != null) ? organisationId : "";
	}

	public String getGuideProfileId() {
		return this.guideProfileId;
	}

	public void setGuideProfileId(String guideProfileId) {
		this.guideProfileId = (guideProfileId != null) ? guideProfileId : "";
	}

}
