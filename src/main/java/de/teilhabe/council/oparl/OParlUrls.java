package de.teilhabe.council.oparl;

import java.util.UUID;

/**
 * The addresses of OParl objects, built from the address the request came to (its scheme,
 * host and port; behind a trusted proxy those it forwarded, see
 * {@code shared.security.TrustedProxies}): every object's {@code id} is the URL it is
 * served at.
 *
 * @param base the API's root, e.g. {@code https://host/oparl/v1.1}
 * @param bodySlug the tenant's slug naming the body, or null outside a body
 * @param web the address of the body's public Beirat page (its {@code web}), to which the
 * pages of meetings and papers are added, or null outside a body
 */
record OParlUrls(String base, String bodySlug, String web) {

	String system() {
		return this.base + "/system";
	}

	String bodies() {
		return this.base + "/bodies";
	}

	String body() {
		return body(this.bodySlug);
	}

	String body(String slug) {
		return this.base + "/bodies/" + slug;
	}

	OParlUrls forBody(String slug, String web) {
		return new OParlUrls(this.base, slug, web);
	}

	/**
	 * The public page of a meeting or paper (OParl {@code web}), or null for other kinds.
	 */
	String web(OParlKind kind, Object id) {
		if (this.web == null || id == null) {
			return null;
		}
		return switch (kind) {
			case MEETING -> this.web + "/sitzungen/" + id;
			case PAPER -> this.web + "/vorlagen/" + id;
			default -> null;
		};
	}

	String list(OParlKind kind) {
		return body() + "/" + kind.path();
	}

	String object(OParlKind kind, Object id) {
		return id == null ? null : list(kind) + "/" + id;
	}

	String download(UUID fileId) {
		return object(OParlKind.FILE, fileId) + "/download";
	}

}
