package de.teilhabe.counselling.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.teilhabe.counselling.ContactFixtures;
import de.teilhabe.shared.startup.StartupTask;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo contacts: a demo counselling case of {@code beratung} gets 2 to 8 contacts
 * within its life, notes and tasks, with an open follow-up of its counsellor; a second
 * run adds nothing; the texts are stored encrypted and read back through the API.
 */
@IntegrationTest
class DemoContactsTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDemoCaseGetsContactsNotesAndTasksOnce() {
		ContactFixtures fixtures = new ContactFixtures(this.jdbc);
		UUID client = this.jdbc.sql("""
				SELECT cl.id FROM counselling_client cl JOIN app_user u ON u.id = cl.responsible_id
				WHERE u.username = 'beratung' ORDER BY cl.id DESC LIMIT 1""").query(UUID.class).single();
		UUID responsible = this.jdbc.sql("SELECT responsible_id FROM counselling_client WHERE id = ?")
			.param(client)
			.query(UUID.class)
			.single();
		UUID open = fixtures.openCase(client, responsible);
		UUID closed = fixtures.insertCase(client, responsible, "CASE_MANAGEMENT", true);
		StartupTask demo = this.context.getBean(DemoContacts.class);
		assertThat(demo.after()).containsExactly(DemoCases.NAME);
		demo.run();

		for (UUID caseId : List.of(open, closed)) {
			assertThat(fixtures.count("counselling_contact", caseId)).isBetween(2L, 8L);
			LocalDate opened = ContactFixtures.today().minusDays(30);
			List<LocalDate> days = this.jdbc.sql(
					"SELECT (happened_at AT TIME ZONE 'Europe/Berlin')::date FROM counselling_contact WHERE case_id = ?")
				.param(caseId)
				.query(LocalDate.class)
				.list();
			assertThat(days).allSatisfy((day) -> assertThat(day).isBetween(opened, ContactFixtures.today()));
		}
		assertThat(this.jdbc.sql("SELECT count(*) FROM counselling_task WHERE case_id = ? AND done_at IS NULL")
			.param(open)
			.query(Long.class)
			.single()).isEqualTo(1L);
		assertThat(this.jdbc.sql("SELECT count(*) FROM counselling_task WHERE case_id = ? AND done_at IS NULL")
			.param(closed)
			.query(Long.class)
			.single()).isZero();
		assertThat(
				this.jdbc.sql("SELECT count(*) FROM counselling_contact WHERE case_id = ? AND summary_sealed IS NULL")
					.param(open)
					.query(Long.class)
					.single())
			.isZero();

		long rows = this.jdbc.sql("""
				SELECT (SELECT count(*) FROM counselling_contact) + (SELECT count(*) FROM counselling_case_note)
				       + (SELECT count(*) FROM counselling_task)""").query(Long.class).single();
		demo.run();
		assertThat(this.jdbc.sql("""
				SELECT (SELECT count(*) FROM counselling_contact) + (SELECT count(*) FROM counselling_case_note)
				       + (SELECT count(*) FROM counselling_task)""").query(Long.class).single()).isEqualTo(rows);
	}

}
