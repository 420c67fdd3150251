package de.teilhabe.strategy.measure;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.access.token.ApiTokens;
import de.teilhabe.network.NetworkFixtures;
import de.teilhabe.strategy.concept.ConceptStore;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data of the measure and conference tests, each made for one test with unique names:
 * goals of the current concept version (with the workshop and statements they came from)
 * written to the goal tables directly, so that these tests do not depend on the goal
 * pages; measures through the form.
 */
final class MeasureFixtures {

	private final NetworkFixtures network;

	private final JdbcClient jdbc;

	private final ApiTokens tokens;

	private final ConceptStore concepts;

	MeasureFixtures(ApplicationContext context, int port) {
		this.network = new NetworkFixtures(context, port);
		this.jdbc = this.network.access().jdbc();
		this.tokens = context.getBean(ApiTokens.class);
		this.concepts = context.getBean(ConceptStore.class);
	}

	NetworkFixtures network() {
		return this.network;
	}

	UUID tenant(String slug) {
		return this.network.access().tenantId(slug);
	}

	UUID concept(String slug) {
		return this.concepts.current(tenant(slug)).orElseThrow().id();
	}

	/** The id of a Handlungsfeld of the current version. */
	UUID field(String slug, String name) {
		return this.concepts.fields(tenant(slug), concept(slug))
			.stream()
			.filter((field) -> field.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

	/** A new dialog of the current version with one workshop; the workshop's id. */
	Workshop workshop(String slug, String title) {
		UUID t = tenant(slug);
		UUID group = UUID.randomUUID();
		UUID dialog = UUID.randomUUID();
		UUID workshop = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now();
		this.jdbc.sql("INSERT INTO strategy_stakeholder_group (tenant_id, id, position, name) VALUES (?, ?, 99, ?)")
			.params(t, group, NetworkFixtures.unique("Gruppe"))
			.update();
		this.jdbc.sql("""
				INSERT INTO strategy_dialog (tenant_id, id, concept_id, title, started_on, created_at)
				VALUES (?, ?, ?, ?, DATE '2017-04-01', ?)""")
			.params(t, dialog, concept(slug), NetworkFixtures.unique("Dialog"), now)
			.update();
		this.jdbc.sql("""
				INSERT INTO strategy_workshop (tenant_id, id, dialog_id, title, starts_at, place, group_id, capacity,
				  created_at) VALUES (?, ?, ?, ?, ?, 'Kreishaus', ?, 40, ?)""")
			.params(t, workshop, dialog, title, now, group, now)
			.update();
		return new Workshop(dialog, workshop);
	}

	/** A goal of the current version in a field, from a workshop (or null). */
	UUID goal(String slug, String field, String title, Workshop workshop) {
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now();
		this.jdbc
			.sql("""
					INSERT INTO strategy_goal (tenant_id, id, field_id, title, custom_measure, baseline_value, baseline_year,
					  target_value, target_year, workshop_id, created_at, updated_at)
					VALUES (?, ?, ?, ?, 'Anzahl', 10, 2017, 20, 2022, ?, ?, ?)""")
			.params(tenant(slug), id, field(slug, field), title, (workshop != null) ? workshop.id() : null, now, now)
			.update();
		return id;
	}

	/** A statement of a workshop that the goal answers. */
	void statement(String slug, UUID goal, Workshop workshop, String type, String text) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO strategy_statement (tenant_id, id, workshop_id, type, text, created_at)
				VALUES (?, ?, ?, ?, ?, now())""").params(tenant(slug), id, workshop.id(), type, text).update();
		this.jdbc.sql("INSERT INTO strategy_goal_statement (tenant_id, goal_id, statement_id) VALUES (?, ?, ?)")
			.params(tenant(slug), goal, id)
			.update();
	}

	UUID mergedInto(String slug, UUID goal) {
		return this.jdbc.sql("SELECT merged_into FROM strategy_goal WHERE tenant_id = ? AND id = ?")
			.params(tenant(slug), goal)
			.query(UUID.class)
			.optional()
			.orElse(null);
	}

	/** An API token of a user. */
	String token(TestUser user) {
		String token = "test-token-" + UUID.randomUUID();
		this.tokens.store(user.tenantId(), user.id(), "Test", token, Instant.now().plus(1, ChronoUnit.DAYS));
		return token;
	}

	/** Creates a measure through the form as STRATEGY; its id. */
	static UUID createMeasure(de.teilhabe.support.Http office, String title, String... more) {
		java.util.List<String> list = new java.util.ArrayList<>(java.util.List.of("title", title));
		list.addAll(java.util.List.of(more));
		if (!java.util.List.of(more).contains("status")) {
			list.addAll(java.util.List.of("status", "RUNNING"));
		}
		String[] pairs = list.toArray(String[]::new);
		HttpResponse<String> response = AccessFixtures.post(office, "/strategy/measures/new", "/strategy/measures",
				pairs);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return NetworkFixtures.idFrom(AccessFixtures.location(response), "/strategy/measures/");
	}

	/**
	 * A dialog with its workshop.
	 */
	record Workshop(UUID dialog, UUID id) {
	}

}
