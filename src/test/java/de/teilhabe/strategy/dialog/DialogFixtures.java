package de.teilhabe.strategy.dialog;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Helpers of the Integrationsdialog's tests: dialogs and workshops made through the
 * pages, capture opened, statements sent through the join page (also for the module's
 * browser tests). Every test makes its own data with unique names.
 */
public final class DialogFixtures {

	static final String LANDKREIS = AccessFixtures.LANDKREIS;

	static final String STADT = AccessFixtures.STADT;

	/** The adopted concept version of the demo Landkreis. */
	static final String CONCEPT_2018 = "Migrations- und Integrationskonzept 2018–2022";

	private static final Pattern JOIN_CODE = Pattern.compile("id=\"join-code\">([A-Z0-9]{4})-([A-Z0-9]{4})<");

	private final AccessFixtures access;

	private final int port;

	DialogFixtures(ApplicationContext context, int port) {
		this.access = AccessFixtures.of(context);
		this.port = port;
	}

	AccessFixtures access() {
		return this.access;
	}

	Http user(String tenant, Role... roles) {
		TestUser user = this.access.create(tenant, "dialog", roles);
		return Http.loggedIn(this.port, user.username(), AccessFixtures.PASSWORD);
	}

	Http anonymous() {
		return new Http(this.port);
	}

	static String unique(String prefix) {
		return AccessFixtures.unique(prefix);
	}

	/** A new dialog of the Landkreis informing its 2018–2022 concept. */
	public static UUID dialog(Http office, String title) {
		HttpResponse<String> created = AccessFixtures.post(office, "/strategy/dialogs/new", "/strategy/dialogs",
				"title", title, "startedOn", "2017-04-03", "concept", CONCEPT_2018, "description", "Test");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		return id(created, "/strategy/dialogs/");
	}

	/** A new workshop of a dialog with a stakeholder group. */
	public static UUID workshop(Http office, UUID dialog, String title, String group) {
		HttpResponse<String> created = AccessFixtures.post(office, "/strategy/dialogs/" + dialog + "/workshops/new",
				"/strategy/dialogs/" + dialog + "/workshops", "title", title, "date", "2017-05-16", "time", "18:00",
				"place", "Kreishaus Osnabrück", "group", group, "capacity", "60", "facilitators", "Team Integration",
				"participantCount", "40");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		return id(created, "/strategy/workshops/");
	}

	/** Opens capture and answers the join code shown on the facilitator's screen. */
	public static String openCapture(Http office, UUID workshop) {
		HttpResponse<String> opened = AccessFixtures.post(office, "/strategy/workshops/" + workshop,
				"/strategy/workshops/" + workshop + "/capture/open");
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(302);
		String screen = office.get("/strategy/workshops/" + workshop + "/capture").body();
		Matcher code = JOIN_CODE.matcher(screen);
		assertThat(code.find()).as(screen).isTrue();
		return code.group(1) + code.group(2);
	}

	static HttpResponse<String> closeCapture(Http office, UUID workshop) {
		return AccessFixtures.post(office, "/strategy/workshops/" + workshop + "/capture",
				"/strategy/workshops/" + workshop + "/capture/close");
	}

	/**
	 * A statement sent from a phone as a normal form POST (the join page's CSRF token).
	 */
	public static HttpResponse<String> send(Http phone, String code, String csrf, String type, String text,
			String field) {
		return phone.postForm("/w/" + code,
				java.util.Map.of("type", type, "text", text, "field", field, "smallGroup", "Tisch 1"), csrf);
	}

	/** The same as htmx sends it (HX-Request), answered with the panel only. */
	static HttpResponse<String> sendWithHtmx(Http phone, String code, String csrf, String type, String text,
			String field) {
		String body = "type=" + enc(type) + "&text=" + enc(text) + "&field=" + enc(field) + "&smallGroup=&_csrf="
				+ enc(csrf);
		return phone.send(phone.request("/w/" + code)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("HX-Request", "true")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	static UUID id(HttpResponse<String> response, String prefix) {
		String location = AccessFixtures.location(response);
		int start = location.indexOf(prefix);
		assertThat(start).as(location).isGreaterThanOrEqualTo(0);
		return UUID.fromString(location.substring(start + prefix.length(), start + prefix.length() + 36));
	}

	long statements(UUID workshop) {
		return this.access.jdbc()
			.sql("SELECT count(*) FROM strategy_statement WHERE workshop_id = ?")
			.param(workshop)
			.query(Long.class)
			.single();
	}

}
