package de.teilhabe.platform;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every page and the platform's own endpoints promise: health, error answers,
 * language switch, and the common layout (skip link, landmarks, Demo banner).
 */
@IntegrationTest
class PlatformWebTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void healthIsUpWithTheStartupTasksDone() {
		HttpResponse<String> anonymous = new Http(this.port).get("/actuator/health");
		assertThat(anonymous.statusCode()).isEqualTo(200);
		assertThat(anonymous.body()).contains("\"status\":\"UP\"");
		HttpResponse<String> admin = Http.loggedIn(this.port, "admin", "demo").get("/actuator/health");
		assertThat(admin.body()).containsPattern("\"setup\":\\{\"details\":\\{[^}]*\\},\"status\":\"UP\"\\}")
			.contains("tenants")
			.contains("users");
	}

	@Test
	void sessionCleanupWaitsForTheMigrations() {
		ConfigurableListableBeanFactory beans = ((ConfigurableApplicationContext) this.context).getBeanFactory();
		String[] names = beans.getBeanNamesForType(JdbcIndexedSessionRepository.class);
		assertThat(names).hasSize(1);
		assertThat(beans.getDependenciesForBean(names[0])).contains("flywayInitializer");
	}

	@Test
	void unknownPageIsAFriendlyGerman404ForEveryone() {
		for (Http http : List.of(new Http(this.port), Http.loggedIn(this.port, "strategie", "demo"))) {
			HttpResponse<String> response = http.get("/gibt-es-nicht/seite");
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
			assertThat(response.body())
				.contains("<h1", "Seite nicht gefunden", "Zur Startseite", "lang=\"de\"", "class=\"demo-banner\"",
						"class=\"skip-link\"", "<main id=\"main\"", "/gibt-es-nicht/seite?lang=en")
				.doesNotContain("Whitelabel", "Exception");
		}
	}

	@Test
	void knownPathWithAnotherMethodStaysDenied() {
		Http strategie = Http.loggedIn(this.port, "strategie", "demo");
		HttpResponse<String> response = strategie
			.send(strategie.request("/").header("X-CSRF-TOKEN", strategie.csrfFrom("/")).DELETE().build());
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void unknownApiPathIsProblemJson() {
		for (Http http : List.of(new Http(this.port), Http.withToken(this.port, "demo-token-strategie"))) {
			HttpResponse<String> response = http.get("/api/v1/gibt-es-nicht");
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.body()).contains("\"status\":404");
		}
	}

	@Test
	void englishChosenOnceStaysForTheNextPages() {
		Http http = Http.loggedIn(this.port, "beratung", "demo");
		assertThat(http.get("/").body()).contains("Willkommen", "lang=\"de\"");
		HttpResponse<String> switched = http.get("/?lang=en");
		assertThat(switched.body()).contains("Welcome", "lang=\"en\"", "Skip to content");
		assertThat(switched.headers().allValues("Set-Cookie")).anyMatch((c) -> c.startsWith("teilhabe-lang=en"));
		assertThat(http.get("/").body()).contains("Welcome", "Sign out").doesNotContain("Willkommen");
		assertThat(http.get("/gibt-es-nicht").body()).contains("Page not found");
		assertThat(http.get("/?lang=de").body()).contains("Willkommen");
	}

	@Test
	void everyPageHasSkipLinkLandmarksAndDemoBanner() {
		Map<Role, Http> sessions = new EnumMap<>(Role.class);
		List<String> pages = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (String endpoint : EndpointRoleMatrixTest.registeredEndpoints(this.context)) {
			String path = endpoint.substring(endpoint.indexOf(' ') + 1);
			if (!endpoint.startsWith("GET ") || path.contains("{") || path.startsWith("/api/")
					|| path.startsWith("/v3/") || path.startsWith("/swagger-ui") || path.equals("/error")) {
				continue;
			}
			HttpResponse<String> page = firstPageShown(path, sessions);
			if (page == null) {
				continue;
			}
			pages.add(path);
			String body = page.body();
			for (String expected : List.of("class=\"skip-link\" href=\"#main\"", "<header", "<main id=\"main\"",
					"<footer", "class=\"demo-banner\"", "<h1", "<title>")) {
				if (!body.contains(expected)) {
					problems.add(path + " lacks " + expected);
				}
			}
		}
		assertThat(pages).contains("/", "/login");
		assertThat(problems).as(() -> String.join("\n", problems)).isEmpty();
	}

	/** The page as the first one who may see it (anonymous, then each role) sees it. */
	private HttpResponse<String> firstPageShown(String path, Map<Role, Http> sessions) {
		HttpResponse<String> response = new Http(this.port).get(path);
		for (Role role : Role.values()) {
			if (isHtmlPage(response)) {
				return response;
			}
			Http http = sessions.computeIfAbsent(role,
					(r) -> Http.loggedIn(this.port, EndpointRoleMatrixTest.DEMO_USERS.get(r), "demo"));
			response = http.get(path);
		}
		return isHtmlPage(response) ? response : null;
	}

	private static boolean isHtmlPage(HttpResponse<String> response) {
		return response.statusCode() == 200
				&& response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
	}

}
