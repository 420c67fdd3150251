package de.teilhabe.monitoring.indicators;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import de.teilhabe.access.token.ApiTokens;
import de.teilhabe.access.user.UserStore;
import de.teilhabe.monitoring.IndicatorsChanged;
import de.teilhabe.monitoring.StatisticsHttp;
import de.teilhabe.monitoring.StatisticsUsers;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import de.teilhabe.support.PublishedEvents;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import publishes {@link IndicatorsChanged} naming the indicators whose values
 * changed, for the importing tenant. The events are caught by a listener added to the
 * shared context's event multicaster for the action only ({@link PublishedEvents}).
 */
@IntegrationTest
class IndicatorEventsTest {

	@LocalServerPort
	int port;

	@Autowired
	UserStore users;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Tenants tenants;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	AbstractApplicationContext context;

	@Test
	void anImportNamesTheIndicatorsWhoseValuesChanged() {
		StatisticsHttp http = new StatisticsHttp(Http.withToken(this.port, StatisticsUsers.create(this.users,
				this.tokens, this.tenants, this.passwords, "landkreis-osnabrueck", Role.STRATEGY)));
		UUID tenantId = this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id();
		String suffix = Long.toString(System.nanoTime(), 36);
		String changing = "evc-" + suffix;
		String staying = "evs-" + suffix;
		http.uploadOk("indicator_" + changing + ".csv",
				"Year,GeoCode,Value\n2023,K03459,10\n".getBytes(StandardCharsets.UTF_8), null, 201);
		http.uploadOk("indicator_" + staying + ".csv",
				"Year,GeoCode,Value\n2023,K03459,5\n".getBytes(StandardCharsets.UTF_8), null, 201);
		define(http, "evd-" + suffix, changing);
		define(http, "evt-" + suffix, staying);

		List<IndicatorsChanged> events = eventsDuring(() -> http.uploadOk("indicator_" + changing + ".csv",
				"Year,GeoCode,Value\n2023,K03459,12\n".getBytes(StandardCharsets.UTF_8), null, 201));
		List<IndicatorsChanged> mine = events.stream().filter((e) -> tenantId.equals(e.tenantId())).toList();
		assertThat(mine).singleElement().satisfies((e) -> assertThat(e.codes()).containsExactly("evd-" + suffix));
	}

	@Test
	void changingAndDeletingAnOwnIndicatorNameIt() {
		StatisticsHttp http = new StatisticsHttp(Http.withToken(this.port, StatisticsUsers.create(this.users,
				this.tokens, this.tenants, this.passwords, "landkreis-osnabrueck", Role.ADMIN)));
		UUID tenantId = this.tenants.findBySlug("landkreis-osnabrueck").orElseThrow().id();
		String code = "eve-" + Long.toString(System.nanoTime(), 36);
		define(http, code, "1-2-1");
		List<IndicatorsChanged> events = eventsDuring(() -> {
			assertThat(http.http()
				.send("PUT", "/api/v1/indicators/" + code, "application/json",
						"""
								{"titleDe":"Geändert","themeCode":"1","definition":"d","unit":"Anzahl","precision":0,
								 "polarity":"NEUTRAL","computation":{"kind":"DIRECT","first":{"numerator":{"series":"1-1-1"}}}}""")
				.statusCode()).isEqualTo(200);
			assertThat(http.http().send("DELETE", "/api/v1/indicators/" + code, null, null).statusCode())
				.isEqualTo(204);
		});
		assertThat(events.stream().filter((e) -> tenantId.equals(e.tenantId()) && e.codes().contains(code))).hasSize(2);
	}

	/** The events published while the action runs. */
	private List<IndicatorsChanged> eventsDuring(Runnable action) {
		return PublishedEvents.during(this.context, IndicatorsChanged.class, action);
	}

	private static void define(StatisticsHttp http, String code, String series) {
		HttpResponse<String> response = http.http()
			.send("POST", "/api/v1/indicators", "application/json", """
					{"code":"%s","titleDe":"Ereignis","themeCode":"1","definition":"d","unit":"Anzahl","precision":0,
					 "polarity":"NEUTRAL","computation":{"kind":"DIRECT","first":{"numerator":{"series":"%s"}}}}"""
				.formatted(code, series));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

}
