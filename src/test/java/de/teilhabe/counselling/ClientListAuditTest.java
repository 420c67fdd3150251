package de.teilhabe.counselling;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.counselling.CounsellingFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list or search of clients is recorded in the audit log as one entry per page view
 * ({@code AuditLog.recordBatch}) naming every client shown, not one entry per client; the
 * audit chain stays intact.
 */
@IntegrationTest
class ClientListAuditTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	AuditLog audit;

	@Test
	void aListPageIsOneAuditEntryNamingEveryClientShown() {
		Tenant tenant = this.context.getBean(Tenants.class)
			.create("beratung-liste-" + System.nanoTime(), "Listen-Landkreis", "03459", true);
		TestUser counsellor = AccessFixtures.of(this.context).createIn(tenant.id(), "liste", Role.COUNSELLOR);
		CounsellingFixtures fixtures = new CounsellingFixtures(this.context, this.port);
		Http api = fixtures.api(counsellor);
		String last = uniqueName("Listenname");
		List<UUID> clients = List.of(CounsellingFixtures.create(api, CounsellingFixtures.body("Aylin", last, 1990)),
				CounsellingFixtures.create(api, CounsellingFixtures.body("Berfin", last, 1991)),
				CounsellingFixtures.create(api, CounsellingFixtures.body("Ceren", last, 1992)));
		JdbcClient jdbc = fixtures.jdbc();

		assertThat(fixtures.session(counsellor).get("/counselling/clients").body()).contains(last);
		assertThat(listEntries(jdbc, counsellor)).hasSize(1);
		assertThat(api.get("/api/v1/counselling/clients?q=" + last).statusCode()).isEqualTo(200);
		List<String[]> entries = listEntries(jdbc, counsellor);
		assertThat(entries).hasSize(2).allSatisfy((entry) -> {
			assertThat(Arrays.asList(entry[0].split(",")))
				.containsExactlyInAnyOrderElementsOf(clients.stream().map(UUID::toString).toList());
			assertThat(entry[1]).isEqualTo("records: 3");
		});
		assertThat(this.audit.verify(tenant.id())).isNull();
	}

	private static List<String[]> listEntries(JdbcClient jdbc, TestUser counsellor) {
		return jdbc
			.sql("SELECT record_id, details FROM audit_event WHERE actor_id = ? AND action = 'counselling.client.read' "
					+ "AND category = ? AND reason = 'list' ORDER BY id")
			.params(counsellor.id(), AuditCategory.CASE_ACCESS.name())
			.query((rs, row) -> new String[] { rs.getString("record_id"), rs.getString("details") })
			.list();
	}

}
