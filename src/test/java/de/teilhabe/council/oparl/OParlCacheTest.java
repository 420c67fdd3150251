package de.teilhabe.council.oparl;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body's OParl answers are kept (the same bytes with a strong ETag, 304 when the client
 * has them, CORS header on both), per address asked for (ids name the host), and made
 * again as soon as the council's data changes.
 */
@IntegrationTest
class OParlCacheTest {

	private static final String MEETINGS = "/oparl/v1.1/bodies/landkreis-osnabrueck/meetings?limit=100";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Test
	void answersAreKeptWithETagsPerHostAndMadeAgainAfterAChange() throws Exception {
		Http http = new Http(this.port);
		HttpResponse<String> first = http.get(MEETINGS);
		assertThat(first.statusCode()).isEqualTo(200);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(first.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		HttpResponse<String> again = http.get(MEETINGS);
		assertThat(again.body()).isEqualTo(first.body());
		HttpResponse<String> unchanged = http.get(MEETINGS, Map.of("If-None-Match", etag));
		assertThat(unchanged.statusCode()).isEqualTo(304);
		assertThat(unchanged.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");

		// asked at another host name: ids name that host, not the one kept first
		HttpResponse<String> localhost = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + MEETINGS)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(localhost.body()).contains("\"id\":\"http://localhost:" + this.port + "/oparl/")
			.doesNotContain("127.0.0.1");

		UUID meeting = this.jdbc.sql("""
				SELECT m.id FROM council_meeting m JOIN tenant t ON t.id = m.tenant_id
				WHERE t.slug = 'landkreis-osnabrueck' AND NOT m.deleted ORDER BY m.id LIMIT 1""")
			.query(UUID.class)
			.single();
		String name = this.jdbc.sql("SELECT name FROM council_meeting WHERE id = ?")
			.param(meeting)
			.query(String.class)
			.single();
		try {
			this.tx.executeWithoutResult((status) -> this.jdbc.sql("UPDATE council_meeting SET name = ? WHERE id = ?")
				.params(name + " (Zwischenspeicher)", meeting)
				.update());
			HttpResponse<String> changed = http.get(MEETINGS, Map.of("If-None-Match", etag));
			assertThat(changed.statusCode()).isEqualTo(200);
			assertThat(changed.body()).contains(name + " (Zwischenspeicher)");
		}
		finally {
			this.tx.executeWithoutResult((status) -> this.jdbc.sql("UPDATE council_meeting SET name = ? WHERE id = ?")
				.params(name, meeting)
				.update());
		}
		// a refusal is not kept
		assertThat(http.get("/oparl/v1.1/bodies/landkreis-osnabrueck/meetings?limit=0").statusCode()).isEqualTo(400);
		assertThat(http.get("/oparl/v1.1/bodies/landkreis-osnabrueck/meetings?limit=0").statusCode()).isEqualTo(400);
	}

}
