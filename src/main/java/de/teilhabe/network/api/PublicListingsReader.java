package de.teilhabe.network.api;

import java.util.List;
import java.util.UUID;

import de.teilhabe.network.PublicListing;
import de.teilhabe.network.PublicListings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The live organisations and offers for the portal's search ({@link PublicListings}): the
 * tables hold approved entries only (a partner's change waits in {@code network_change});
 * the text is what the public read API shows too, no contact person.
 */
@Component
class PublicListingsReader implements PublicListings {

	private final JdbcClient jdbc;

	PublicListingsReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<PublicListing> of(UUID tenantId) {
		return this.jdbc
			.sql("""
					SELECT 'ORGANISATION' AS kind, o.id, o.name AS title, NULL AS organisation,
					  concat_ws(' · ', o.description, o.city, o.opening_hours) AS text, o.website, 0 AS sort
					FROM network_organisation o WHERE o.tenant_id = ?
					UNION ALL
					SELECT 'OFFER', f.id, f.title, o.name, concat_ws(' · ', f.description, f.place, f.schedule, f.cost),
					  o.website, 1
					FROM network_offer f JOIN network_organisation o ON o.tenant_id = f.tenant_id AND o.id = f.organisation_id
					WHERE f.tenant_id = ?
					ORDER BY sort, title""")
			.params(tenantId, tenantId)
			.query((rs, row) -> new PublicListing(PublicListing.Kind.valueOf(rs.getString("kind")),
					rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("organisation"),
					rs.getString("text"), rs.getString("website")))
			.list();
	}

}
