package de.teilhabe.counselling;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.access.token.ApiTokens;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;

import org.springframework.context.ApplicationContext;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users, clients and audit entries for the counselling tests. Every test makes its own
 * counsellors (so that no demo client is theirs) and its own clients with names no other
 * test uses.
 */
public final class CounsellingFixtures {

	public static final String LANDKREIS = AccessFixtures.LANDKREIS;

	public static final String STADT = AccessFixtures.STADT;

	/** Quakenbrück, a Gemeinde of the Landkreis. */
	public static final String QUAKENBRUECK = "03459030";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AccessFixtures access;

	private final ApiTokens tokens;

	private final JdbcClient jdbc;

	private final int port;

	public CounsellingFixtures(ApplicationContext context, int port) {
		this.access = AccessFixtures.of(context);
		this.tokens = context.getBean(ApiTokens.class);
		this.jdbc = context.getBean(JdbcClient.class);
		this.port = port;
	}

	/** A new user of the tenant with these roles. */
	public TestUser user(String tenant, Role... roles) {
		return this.access.create(tenant, "beratung", roles);
	}

	/** An API client of the user. */
	public Http api(TestUser user) {
		String token = "test-token-" + UUID.randomUUID();
		this.tokens.store(user.tenantId(), user.id(), "Test", token, Instant.now().plus(1, ChronoUnit.DAYS));
		return Http.withToken(this.port, token);
	}

	/** A signed-in session of the user. */
	public Http session(TestUser user) {
		return Http.loggedIn(this.port, user.username(), AccessFixtures.PASSWORD);
	}

	/**
	 * The guides module's request behind an accompaniment the API answered with (201
	 * asserted).
	 */
	public UUID guideRequestOf(HttpResponse<String> asked) {
		assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
		return jdbc().sql("SELECT request_id FROM counselling_accompaniment WHERE id = ?")
			.params(UUID.fromString((String) json(asked).get("id")))
			.query(UUID.class)
			.single();
	}

	public JdbcClient jdbc() {
		return this.jdbc;
	}

	/** Creates a client through the API; its id. */
	public static UUID create(Http api, String body) {
		HttpResponse<String> response = api.send("POST", "/api/v1/counselling/clients", "application/json", body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return UUID.fromString((String) json(response).get("id"));
	}

	/** The body of a client with these names, born in the year. */
	public static String body(String firstName, String lastName, int birthYear) {
		return """
				{"firstName": "%s", "lastName": "%s", "birthYear": %d, "languages": ["ar", "de"],
				 "gemeinde": "%s", "germanLevel": "A2", "confirmDuplicate": true}""".formatted(firstName, lastName,
				birthYear, QUAKENBRUECK);
	}

	public static Map<String, Object> json(HttpResponse<String> response) {
		try {
			return JSON.readValue(response.body(), new TypeReference<>() {
			});
		}
		catch (Exception ex) {
			throw new AssertionError("not JSON: " + response.body(), ex);
		}
	}

	/**
	 * The reasons of the read entries of a client in the audit log, oldest first (a list
	 * page's one entry for all its clients included).
	 */
	public List<String> readReasons(UUID clientId, UUID actorId) {
		return this.jdbc
			.sql("SELECT coalesce(reason, '') FROM audit_event WHERE action = 'counselling.client.read' "
					+ "AND ? = ANY(string_to_array(record_id, ',')) AND actor_id = ? ORDER BY id")
			.params(clientId.toString(), actorId)
			.query(String.class)
			.list();
	}

	/** A unique name part of letters only (names keep no digits in their keys). */
	public static String uniqueName(String prefix) {
		StringBuilder name = new StringBuilder(prefix);
		long value = Math.abs(UUID.randomUUID().getMostSignificantBits());
		for (int i = 0; i < 10; i++) {
			name.append((char) ('a' + (value % 26)));
			value /= 26;
		}
		return name.toString();
	}

}
