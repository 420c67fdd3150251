package de.teilhabe.network;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.access.UserDirectory;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users, organisations and helpers of the network tests: every test makes its own data
 * with unique names.
 */
public final class NetworkFixtures {

	public static final String LANDKREIS = AccessFixtures.LANDKREIS;

	public static final String STADT = AccessFixtures.STADT;

	private final AccessFixtures access;

	private final UserDirectory directory;

	private final int port;

	public NetworkFixtures(ApplicationContext context, int port) {
		this.access = AccessFixtures.of(context);
		this.directory = context.getBean(UserDirectory.class);
		this.port = port;
	}

	public AccessFixtures access() {
		return this.access;
	}

	public static String unique(String prefix) {
		return AccessFixtures.unique(prefix);
	}

	/** A signed-in session of a new user with these roles in the tenant. */
	public Http user(String tenant, Role... roles) {
		TestUser user = this.access.create(tenant, "net", roles);
		return Http.loggedIn(this.port, user.username(), AccessFixtures.PASSWORD);
	}

	/** A new PARTNER user bound to the organisation. */
	public TestUser partner(String tenant, UUID organisationId) {
		TestUser user = this.access.create(tenant, "partner", Role.PARTNER);
		assertThat(this.directory.bindOrganisation(user.tenantId(), user.id(), organisationId))
			.as("an organisation of the user's tenant")
			.isTrue();
		return user;
	}

	public Http login(TestUser user) {
		return Http.loggedIn(this.port, user.username(), AccessFixtures.PASSWORD);
	}

	/**
	 * Creates an organisation through the form (as office) and answers its id; field
	 * value pairs in {@code more} replace the defaults.
	 */
	public static UUID createOrganisation(Http office, String name, String... more) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		List<String> defaults = List.of("kind", "MSO", "name", name, "city", "Bramsche", "postcode", "49565",
				"languages", "de, ar", "regions", "03459014", "fieldsOfWork", "FAMILY", "ignoreDuplicates", "true");
		for (int i = 0; i < defaults.size(); i += 2) {
			fields.put(defaults.get(i), defaults.get(i + 1));
		}
		for (int i = 0; i < more.length; i += 2) {
			fields.put(more[i], more[i + 1]);
		}
		List<String> pairs = new ArrayList<>();
		fields.forEach((field, value) -> {
			pairs.add(field);
			pairs.add(value);
		});
		HttpResponse<String> response = post(office, "/network/organisations/new", "/network/organisations",
				pairs.toArray(String[]::new));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return idFrom(AccessFixtures.location(response), "/network/organisations/");
	}

	/** Creates an offer of an organisation as office and answers its id. */
	public static UUID createOffer(Http office, UUID organisationId, String title) {
		HttpResponse<String> response = post(office, "/network/organisations/" + organisationId + "/offers/new",
				"/network/organisations/" + organisationId + "/offers", "kind", "LANGUAGE_COURSE", "title", title,
				"languages", "de, uk", "regionKey", "03459014", "schedule", "Mo 18–20 Uhr");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return idFrom(AccessFixtures.location(response), "/network/offers/");
	}

	public static HttpResponse<String> post(Http http, String formPage, String action, String... pairs) {
		return AccessFixtures.post(http, formPage, action, pairs);
	}

	public static UUID idFrom(String location, String prefix) {
		int start = location.indexOf(prefix);
		assertThat(start).as(location).isGreaterThanOrEqualTo(0);
		String rest = location.substring(start + prefix.length());
		return UUID.fromString(rest.length() > 36 ? rest.substring(0, 36) : rest);
	}

}
