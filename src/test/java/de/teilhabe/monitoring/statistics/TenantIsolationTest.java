package de.teilhabe.monitoring.statistics;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import de.teilhabe.access.token.ApiTokens;
import de.teilhabe.access.user.UserStore;
import de.teilhabe.monitoring.StatisticsHttp;
import de.teilhabe.monitoring.StatisticsUsers;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant's uploads are its own: the other tenant gets 404 for its imports and series
 * and never sees them in lists; the shared reference data is visible to both.
 */
@IntegrationTest
class TenantIsolationTest {

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

	@Test
	void uploadsStayWithTheirTenantAndSharedDataIsSeenByBoth() {
		StatisticsHttp landkreis = StatisticsHttp.withToken(this.port, "strategie");
		StatisticsHttp stadt = new StatisticsHttp(Http.withToken(this.port, StatisticsUsers.create(this.users,
				this.tokens, this.tenants, this.passwords, "stadt-osnabrueck", Role.STRATEGY)));
		StatisticsHttp stadtAdmin = StatisticsHttp.withToken(this.port, "stadt-admin");

		String code = StatisticsHttp.uniqueCode("landkreis-own");
		Map<String, Object> upload = landkreis.uploadOk("indicator_" + code + ".csv",
				"Year,GeoCode,Value\n2019,K03459,42\n".getBytes(StandardCharsets.UTF_8), null, 201);
		String importId = (String) upload.get("importId");

		for (StatisticsHttp other : new StatisticsHttp[] { stadt, stadtAdmin }) {
			assertThat(other.http().get("/api/v1/statistics/imports/" + importId).statusCode()).isEqualTo(404);
			assertThat(other.http().get("/api/v1/statistics/series/" + code).statusCode()).isEqualTo(404);
			assertThat(other.http().get("/api/v1/statistics/series/" + code + "/observations").statusCode())
				.isEqualTo(404);
			assertThat(other.getList("/api/v1/statistics/imports")).noneMatch((i) -> importId.equals(i.get("id")));
			assertThat(other.getList("/api/v1/statistics/series")).noneMatch((s) -> code.equals(s.get("code")));
			// the shared Integrationsmonitoring Niedersachsen is there for everybody
			assertThat(other.getJson("/api/v1/statistics/series/1-2-1")).extractingByKey("series")
				.satisfies((s) -> assertThat(s.toString()).contains("shared=true"));
		}
		assertThat(stadt.http()
			.send("POST", "/api/v1/statistics/imports/" + importId + "/rollback", null, null)
			.statusCode()).isEqualTo(404);
		assertThat(landkreis.getJson("/api/v1/statistics/series/" + code)).isNotEmpty();

		// and the other way round: the Stadt's own upload of the same code is its own
		// series
		Map<String, Object> stadtUpload = stadt.uploadOk("indicator_" + code + ".csv",
				"Year,GeoCode,Value\n2019,K03404,7\n".getBytes(StandardCharsets.UTF_8), null, 201);
		assertThat(stadtUpload).containsEntry("observationsStored", 1).containsEntry("observationsUpdated", 0);
		assertThat(
				landkreis.getJson("/api/v1/statistics/series/" + code + "/observations").get("observations").toString())
			.contains("03459")
			.doesNotContain("03404");
		assertThat(landkreis.http().get("/api/v1/statistics/imports/" + stadtUpload.get("importId")).statusCode())
			.isEqualTo(404);
	}

}
