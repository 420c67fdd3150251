package de.teilhabe.counselling;

import java.util.Map;
import java.util.UUID;

import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo clients come with consent records: most agreed to the counselling, some to
 * passing their data to the Jobcenter, the MBE or a language course provider, a few of
 * those withdrawn; a counsellor sees them on the client's page.
 */
@IntegrationTest
class DemoConsentsTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void mostDemoClientsHaveConsents() {
		String demoClients = """
				SELECT c.id::text FROM counselling_client c JOIN tenant t ON t.id = c.tenant_id
				JOIN app_user u ON u.id = c.responsible_id
				WHERE t.slug = 'landkreis-osnabrueck' AND u.username IN ('beratung', 'beratung2')""";
		long clients = this.jdbc.sql("SELECT count(*) FROM (" + demoClients + ") d").query(Long.class).single();
		assertThat(clients).isGreaterThanOrEqualTo(150);
		Map<String, Long> byPurpose = new java.util.HashMap<>();
		this.jdbc
			.sql("SELECT purpose, count(*) AS n FROM consent_record WHERE subject_type = 'counselling-client' "
					+ "AND subject_id IN (" + demoClients + ") GROUP BY purpose")
			.query((rs, row) -> byPurpose.put(rs.getString("purpose"), rs.getLong("n")))
			.list();
		assertThat(byPurpose.get("counselling.counselling")).isBetween(clients * 7 / 10, clients);
		assertThat(byPurpose).containsKeys("counselling.referral.jobcenter", "counselling.referral.mbe",
				"counselling.referral.language-course");
		long withdrawn = this.jdbc
			.sql("SELECT count(*) FROM consent_record WHERE subject_type = 'counselling-client' "
					+ "AND withdrawn_at IS NOT NULL AND purpose LIKE 'counselling.referral.%' AND subject_id IN ("
					+ demoClients + ")")
			.query(Long.class)
			.single();
		assertThat(withdrawn).isPositive();

		UUID withReferral = this.jdbc
			.sql("SELECT subject_id::uuid FROM consent_record r JOIN counselling_client c ON c.id::text = r.subject_id "
					+ "JOIN app_user u ON u.id = c.responsible_id WHERE u.username = 'beratung' "
					+ "AND r.purpose = 'counselling.referral.jobcenter' ORDER BY r.id LIMIT 1")
			.query(UUID.class)
			.single();
		assertThat(Http.loggedIn(this.port, "beratung", "demo").get("/counselling/clients/" + withReferral).body())
			.contains("Weitergabe an das Jobcenter")
			.contains("das Jobcenter des Landkreises");
	}

}
