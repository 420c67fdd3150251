package de.teilhabe.counselling.consultation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Expert consultations written without a signed-in user (the demo data). */
@Component
public class ConsultationRecords {

	private final JdbcClient jdbc;

	ConsultationRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How many consultations the tenant has. */
	public long count(UUID tenantId) {
		return this.jdbc.sql("SELECT count(*) FROM counselling_expert_consultation WHERE tenant_id = ?")
			.params(tenantId)
			.query(Long.class)
			.single();
	}

	@Transactional
	public void insertAll(UUID tenantId, List<Seed> seeds) {
		for (Seed seed : seeds) {
			this.jdbc.sql("""
					INSERT INTO counselling_expert_consultation (tenant_id, id, organisation_id, service_name,
					  consulted_on, question, answer, minutes, topics, counsellor_id, created_at, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT[]), ?, ?, ?)""")
				.params(tenantId, UUID.randomUUID(), seed.organisationId(), seed.serviceName(), seed.consultedOn(),
						seed.question(), seed.answer(), seed.minutes(), seed.topics().toArray(String[]::new),
						seed.counsellorId(), seed.at(), seed.at())
				.update();
		}
	}

	/**
	 * A consultation to store.
	 *
	 * @param organisationId the asking organisation of the network, or null
	 * @param serviceName its name, or the service in words
	 * @param consultedOn the day
	 * @param question what was asked
	 * @param answer what was advised
	 * @param minutes the time spent
	 * @param topics topic codes ({@code casework.Topic})
	 * @param counsellorId who advised
	 * @param at when entered
	 */
	public record Seed(UUID organisationId, String serviceName, LocalDate consultedOn, String question, String answer,
			int minutes, List<String> topics, UUID counsellorId, OffsetDateTime at) {
	}

}
