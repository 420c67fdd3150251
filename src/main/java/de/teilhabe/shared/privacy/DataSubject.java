package de.teilhabe.shared.privacy;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A person whose data a module holds, as the module that owns the person names them: the
 * tenant, a subject type (e.g. {@code client}, {@code volunteer}, {@code user}) and the
 * id within that type.
 *
 * @param tenantId the tenant whose data it is
 * @param type the subject type: lower case letters, digits, {@code -} and {@code _}
 * @param id the subject's id within its type (letters, digits, {@code . _ : -})
 */
public record DataSubject(UUID tenantId, String type, String id) {

	/** What a subject type looks like. */
	public static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_-]{0,39}");

	/** What a subject id looks like (UUIDs, numbers, short keys). */
	public static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

	public DataSubject {
		if (tenantId == null) {
			throw new IllegalArgumentException("A data subject belongs to a tenant");
		}
		if (type == null || !TYPE.matcher(type).matches()) {
			throw new IllegalArgumentException("Invalid subject type: " + type);
		}
		if (id == null || !ID.matcher(id).matches()) {
			throw new IllegalArgumentException("Invalid subject id");
		}
	}

	/**
	 * The id as a UUID (the subject types whose records have UUID keys), or empty if the
	 * id is none: such a subject holds no data there.
	 */
	public Optional<UUID> uuid() {
		try {
			return Optional.of(UUID.fromString(this.id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
