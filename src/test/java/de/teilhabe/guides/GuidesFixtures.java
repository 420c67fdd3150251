package de.teilhabe.guides;

import de.teilhabe.support.BerlinTime;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.access.UserDirectory;
import de.teilhabe.access.token.ApiTokens;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data of the guide tests, made for one test through the API: coordinators and guides
 * with API tokens, active guides (walked through the lifecycle) and requests.
 */
public final class GuidesFixtures {

	public static final String LANDKREIS = AccessFixtures.LANDKREIS;

	public static final String STADT = AccessFixtures.STADT;

	public static final String QUAKENBRUECK = "03459030";

	public static final String BERSENBRUECK = "03459010";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final AccessFixtures access;

	private final ApiTokens tokens;

	private final UserDirectory users;

	private final int port;

	public GuidesFixtures(ApplicationContext context, int port) {
		this.access = AccessFixtures.of(context);
		this.tokens = context.getBean(ApiTokens.class);
		this.users = context.getBean(UserDirectory.class);
		this.port = port;
	}

	public AccessFixtures access() {
		return this.access;
	}

	/** An API client of a new user with these roles in the tenant. */
	public Http api(String tenant, Role... roles) {
		return Http.withToken(this.port, token(this.access.create(tenant, "lotsen", roles)));
	}

	/** A signed-in session of a new user with these roles in the tenant. */
	public Http session(String tenant, Role... roles) {
		TestUser user = this.access.create(tenant, "lotsen", roles);
		return Http.loggedIn(this.port, user.username(), AccessFixtures.PASSWORD);
	}

	/** An API client of a new GUIDE bound to the profile. */
	public Http guideApi(String tenant, UUID guideId) {
		TestUser user = this.access.create(tenant, "lotse", Role.GUIDE);
		assertThat(this.users.bindGuideProfile(user.tenantId(), user.id(), guideId)).isTrue();
		return Http.withToken(this.port, token(user));
	}

	/** A signed-in session of a new GUIDE bound to the profile. */
	public Http guideSession(String tenant, UUID guideId) {
		TestUser user = this.access.create(tenant, "lotse", Role.GUIDE);
		assertThat(this.users.bindGuideProfile(user.tenantId(), user.id(), guideId)).isTrue();
		return Http.loggedIn(this.port, user.username(), AccessFixtures.PASSWORD);
	}

	private String token(TestUser user) {
		String token = "test-token-" + UUID.randomUUID();
		this.tokens.store(user.tenantId(), user.id(), "Test", token, Instant.now().plus(1, ChronoUnit.DAYS));
		return token;
	}

	/** A Thursday some weeks ahead. */
	public static LocalDate thursday(int weeksAhead) {
		return BerlinTime.today().plusWeeks(weeksAhead).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
	}

	/** The body of a guide living in a Gemeinde, speaking a language, Thursdays 8–18. */
	public static String guideBody(String name, String home, String language) {
		return """
				{"name": "%s", "homeRegion": "%s", "gemeinden": ["%s", "%s"], "mobility": "CAR",
				 "topics": ["AUTHORITY"], "languages": [{"code": "%s", "level": "NATIVE"}, {"code": "de", "level": "B2"}],
				 "availability": [{"day": "THURSDAY", "starts": "08:00", "ends": "18:00"}],
				 "certificateInspectedOn": "%s", "certificateNoRelevantEntry": true}"""
			.formatted(name, home, QUAKENBRUECK, home, language, BerlinTime.today().minusYears(1));
	}

	/** Creates a guide and walks it to active; its id. */
	public static UUID activeGuide(Http coordinator, String name, String home, String language) {
		UUID id = created(
				coordinator.send("POST", "/api/v1/guides", "application/json", guideBody(name, home, language)));
		for (String state : List.of("FIRST_CONVERSATION", "TRAINED", "CERTIFICATE_INSPECTED", "ACTIVE")) {
			HttpResponse<String> moved = coordinator.send("POST", "/api/v1/guides/" + id + "/state", "application/json",
					"{\"state\": \"" + state + "\"}");
			assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
		}
		return id;
	}

	/** Creates a request in Quakenbrück on the day, 9–11, in the language; its id. */
	public static UUID request(Http coordinator, LocalDate day, String language, String contact) {
		return created(coordinator.send("POST", "/api/v1/guide-requests", "application/json", """
				{"topic": "AUTHORITY", "languages": ["%s"], "gemeinde": "%s", "place": "Rathaus", "date": "%s",
				 "starts": "09:00", "ends": "11:00", "contactReference": "%s", "brief": "Termin beim Amt"}"""
			.formatted(language, QUAKENBRUECK, day, contact)));
	}

	/** The id of a created record (201). */
	public static UUID created(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return UUID.fromString((String) json(response).get("id"));
	}

	public static Map<String, Object> json(HttpResponse<String> response) {
		return JSON.readValue(response.body(), new TypeReference<Map<String, Object>>() {
		});
	}

	public static List<Map<String, Object>> jsonList(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readValue(response.body(), new TypeReference<List<Map<String, Object>>>() {
		});
	}

}
