package de.teilhabe.strategy.dialog;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.strategy.dialog.DialogFixtures.LANDKREIS;
import static de.teilhabe.strategy.dialog.DialogFixtures.STADT;
import static de.teilhabe.strategy.dialog.DialogFixtures.closeCapture;
import static de.teilhabe.strategy.dialog.DialogFixtures.dialog;
import static de.teilhabe.strategy.dialog.DialogFixtures.openCapture;
import static de.teilhabe.strategy.dialog.DialogFixtures.send;
import static de.teilhabe.strategy.dialog.DialogFixtures.unique;
import static de.teilhabe.strategy.dialog.DialogFixtures.workshop;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deleting a workshop and a dialog through the pages: the confirmation page says what
 * goes and which goals lose a link; afterwards the statements and named participants are
 * gone, the join code answers 410, a goal that answered a statement keeps working without
 * the link; only STRATEGY deletes, another tenant's dialog is not found; both are
 * audited.
 */
@IntegrationTest
class DialogDeletionTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	DialogFixtures fixtures;

	Http office;

	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		this.fixtures = new DialogFixtures(this.context, this.port);
		this.office = this.fixtures.user(LANDKREIS, Role.STRATEGY);
		this.jdbc = this.fixtures.access().jdbc();
	}

	@Test
	void aWorkshopGoesWithItsStatementsAndParticipantsItsCodeDiesAndGoalsKeepWorking() {
		UUID dialog = dialog(this.office, unique("Dialog zum Löschen"));
		String title = unique("Werkstatt zum Löschen");
		UUID workshop = workshop(this.office, dialog, title, "Bürger");
		assertThat(AccessFixtures
			.post(this.office, "/strategy/workshops/" + workshop + "/participants/new",
					"/strategy/workshops/" + workshop + "/participants", "name", "Erika Löschbeispiel", "consentHow",
					"WRITTEN", "consentDate", "2017-05-16")
			.statusCode()).isEqualTo(302);
		String code = openCapture(this.office, workshop);
		Http phone = this.fixtures.anonymous();
		String csrf = phone.csrfFrom("/w/" + code);
		String text = unique("Zu wenige Sprachkurse");
		assertThat(send(phone, code, csrf, "WEAKNESS", text, "Wohnen").statusCode()).isEqualTo(302);
		assertThat(send(phone, code, csrf, "STRENGTH", unique("Starke Vereine"), "Wohnen").statusCode()).isEqualTo(302);
		UUID statement = this.jdbc.sql("SELECT id FROM strategy_statement WHERE workshop_id = ? AND text = ?")
			.params(workshop, text)
			.query(UUID.class)
			.single();
		String goalTitle = unique("Ziel, das antwortet");
		UUID goal = goalAnswering(statement, goalTitle, workshop);

		// readers and other roles neither see the page nor delete
		Http counsellor = this.fixtures.user(LANDKREIS, Role.COUNSELLOR);
		assertThat(counsellor.get("/strategy/workshops/" + workshop + "/delete").statusCode()).isEqualTo(403);
		assertThat(this.office.get("/strategy/workshops/" + workshop).body())
			.contains("/strategy/workshops/" + workshop + "/delete");
		assertThat(counsellor.get("/strategy/workshops/" + workshop).body())
			.doesNotContain("/strategy/workshops/" + workshop + "/delete");

		String confirm = this.office.get("/strategy/workshops/" + workshop + "/delete").body();
		assertThat(confirm).contains("Workshop „" + title + "“ löschen")
			.contains("2 Aussagen der Kleingruppen")
			.contains("eine namentlich erfasste Person")
			.contains("Die Live-Erfassung ist noch offen")
			.contains(goalTitle)
			.contains("sie verlieren nur die Verknüpfung mit den gelöschten Aussagen")
			.contains("Workshop endgültig löschen");
		assertThat(count("SELECT count(*) FROM strategy_workshop WHERE id = ?", workshop)).as("only asked")
			.isEqualTo(1);

		HttpResponse<String> deleted = AccessFixtures.post(this.office, "/strategy/workshops/" + workshop + "/delete",
				"/strategy/workshops/" + workshop + "/delete");
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(AccessFixtures.location(deleted)).endsWith("/strategy/dialogs/" + dialog);
		assertThat(this.office.get("/strategy/dialogs/" + dialog).body()).contains("„" + title + "“ ist gelöscht.");
		assertThat(this.office.get("/strategy/workshops/" + workshop).statusCode()).isEqualTo(404);
		assertThat(count("SELECT count(*) FROM strategy_statement WHERE workshop_id = ?", workshop)).isZero();
		assertThat(count("SELECT count(*) FROM strategy_workshop_participant WHERE workshop_id = ?", workshop))
			.isZero();
		// the goal stays, without the link and the origin, and its page still works
		assertThat(count("SELECT count(*) FROM strategy_goal WHERE id = ? AND workshop_id IS NULL", goal)).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM strategy_goal_statement WHERE goal_id = ?", goal)).isZero();
		assertThat(this.office.get("/strategy/goals/" + goal).statusCode()).isEqualTo(200);
		// the join code is dead: 410 for the page and for a statement
		HttpResponse<String> gone = phone.get("/w/" + code);
		assertThat(gone.statusCode()).isEqualTo(410);
		assertThat(gone.body()).contains("Die Erfassung ist beendet");
		assertThat(send(phone, code, csrf, "WEAKNESS", "Noch eine", "Wohnen").statusCode()).isEqualTo(410);
		assertThat(actions(workshop)).containsExactly("strategy.workshop.deleted");
	}

	@Test
	void aDialogGoesWithItsWorkshopsOnlyForStrategyOfItsTenant() {
		UUID dialog = dialog(this.office, unique("Ganzer Dialog"));
		UUID first = workshop(this.office, dialog, unique("Erste Werkstatt"), "Bürger");
		UUID second = workshop(this.office, dialog, unique("Zweite Werkstatt"), "Unternehmen");
		String code = openCapture(this.office, second);
		assertThat(closeCapture(this.office, second).statusCode()).isEqualTo(302);

		Http stadt = this.fixtures.user(STADT, Role.STRATEGY);
		assertThat(stadt.get("/strategy/dialogs/" + dialog + "/delete").statusCode()).isEqualTo(404);
		assertThat(
				AccessFixtures.post(stadt, "/strategy/dialogs", "/strategy/dialogs/" + dialog + "/delete").statusCode())
			.isEqualTo(404);
		assertThat(
				this.fixtures.user(LANDKREIS, Role.ADMIN).get("/strategy/dialogs/" + dialog + "/delete").statusCode())
			.isEqualTo(403);

		assertThat(this.office.get("/strategy/dialogs/" + dialog + "/delete").body()).contains("2 Workshops")
			.contains("keine Aussagen der Kleingruppen")
			.doesNotContain("Die Live-Erfassung ist noch offen");
		HttpResponse<String> deleted = AccessFixtures.post(this.office, "/strategy/dialogs/" + dialog + "/delete",
				"/strategy/dialogs/" + dialog + "/delete");
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(AccessFixtures.location(deleted)).endsWith("/strategy/dialogs");
		assertThat(this.office.get("/strategy/dialogs/" + dialog).statusCode()).isEqualTo(404);
		assertThat(count("SELECT count(*) FROM strategy_workshop WHERE id IN (?, ?)", first, second)).isZero();
		assertThat(this.fixtures.anonymous().get("/w/" + code).statusCode()).isEqualTo(410);
		assertThat(actions(dialog)).containsExactly("strategy.dialog.deleted");
	}

	/**
	 * A goal of the Landkreis's current version, formulated in the workshop, answering a
	 * statement.
	 */
	private UUID goalAnswering(UUID statement, String title, UUID workshop) {
		UUID tenant = this.jdbc.sql("SELECT tenant_id FROM strategy_statement WHERE id = ?")
			.param(statement)
			.query(UUID.class)
			.single();
		UUID field = this.jdbc
			.sql("""
					SELECT f.id FROM strategy_field f JOIN strategy_concept c ON c.tenant_id = f.tenant_id AND c.id = f.concept_id
					WHERE f.tenant_id = ? AND c.status = 'ADOPTED' ORDER BY f.position LIMIT 1""")
			.param(tenant)
			.query(UUID.class)
			.single();
		UUID goal = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now();
		this.jdbc.sql("""
				INSERT INTO strategy_goal (tenant_id, id, field_id, title, indicator_code, region_key, baseline_value,
				  baseline_year, target_value, target_year, workshop_id, created_at, updated_at)
				VALUES (?, ?, ?, ?, '6-2-1', '03459', 5, 2018, 7, 2026, ?, ?, ?)""")
			.params(tenant, goal, field, title, workshop, now, now)
			.update();
		this.jdbc.sql("INSERT INTO strategy_goal_statement (tenant_id, goal_id, statement_id) VALUES (?, ?, ?)")
			.params(tenant, goal, statement)
			.update();
		return goal;
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private List<String> actions(UUID record) {
		return this.jdbc.sql("SELECT action FROM audit_event WHERE record_id = ? ORDER BY id")
			.param(record.toString())
			.query(String.class)
			.list();
	}

}
