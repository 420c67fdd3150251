package de.teilhabe.shared.documents;

/**
 * The running header on every page of a document: the tenant's name and logo
 * ({@code region.Tenants#letterhead} builds it from the tenant's settings).
 *
 * @param name the tenant's name, e.g. Landkreis Osnabrück
 * @param logo the logo (PNG or JPEG), or null
 * @param logoMediaType {@code image/png} or {@code image/jpeg}, or null without a logo
 */
public record Letterhead(String name, byte[] logo, String logoMediaType) {

	public Letterhead {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a letterhead needs a name");
		}
		if (logo != null && !("image/png".equals(logoMediaType) || "image/jpeg".equals(logoMediaType))) {
			throw new IllegalArgumentException("a logo is a PNG or a JPEG, not " + logoMediaType);
		}
	}

	/** A letterhead with the name only. */
	public static Letterhead named(String name) {
		return new Letterhead(name, null, null);
	}

	/** Whether there is a logo to show. */
	public boolean hasLogo() {
		return this.logo != null && this.logo.length > 0;
	}

}
