package de.teilhabe.guides.calendar;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The guides' secret calendar addresses (table {@code guide_calendar_feed}): only the
 * hash of each token, one address per guide at most.
 */
@Repository
class GuideCalendarStore {

	private final JdbcClient jdbc;

	GuideCalendarStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a guide's address, replacing an older one. */
	void replace(UUID tenantId, UUID guideId, String tokenHash, String by, OffsetDateTime now) {
		this.jdbc.sql("""
				INSERT INTO guide_calendar_feed (tenant_id, guide_id, token_hash, created_at, created_by)
				VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (tenant_id, guide_id)
				DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at,
				  created_by = excluded.created_by""").params(tenantId, guideId, tokenHash, now, by).update();
	}

	/** Deletes a guide's address; whether it had one. */
	boolean revoke(UUID tenantId, UUID guideId) {
		return this.jdbc.sql("DELETE FROM guide_calendar_feed WHERE tenant_id = ? AND guide_id = ?")
			.params(tenantId, guideId)
			.update() == 1;
	}

	/** When a guide's address was made, if it has one. */
	Optional<OffsetDateTime> createdAt(UUID tenantId, UUID guideId) {
		return this.jdbc.sql("SELECT created_at FROM guide_calendar_feed WHERE tenant_id = ? AND guide_id = ?")
			.params(tenantId, guideId)
			.query(OffsetDateTime.class)
			.optional();
	}

	/** The guide whose address has this token's hash. */
	Optional<Owner> owner(String tokenHash) {
		return this.jdbc.sql("SELECT tenant_id, guide_id FROM guide_calendar_feed WHERE token_hash = ?")
			.param(tokenHash)
			.query((rs, row) -> new Owner(rs.getObject("tenant_id", UUID.class), rs.getObject("guide_id", UUID.class)))
			.optional();
	}

	/**
	 * The guide a calendar address belongs to.
	 *
	 * @param tenantId the tenant
	 * @param guideId the guide
	 */
	record Owner(UUID tenantId, UUID guideId) {
	}

}
