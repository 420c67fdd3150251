package de.teilhabe.platform;

import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions live in the database; a page view does not rewrite the session row when it was
 * written moments ago (see SessionDataSourceConfiguration), but a change of the session
 * still is.
 */
@IntegrationTest
class SessionTouchTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void pageViewsWithinThirtySecondsLeaveTheSessionRowAlone() {
		Http http = Http.loggedIn(this.port, "beirat", "demo");
		assertThat(http.get("/").statusCode()).isEqualTo(200);
		long[] before = sessionRow("beirat");

		for (int i = 0; i < 3; i++) {
			assertThat(http.get("/").statusCode()).isEqualTo(200);
		}

		assertThat(sessionRow("beirat")).containsExactly(before);
	}

	@Test
	void aSessionTouchedLongAgoIsWrittenAgain() {
		Http http = Http.loggedIn(this.port, "koordination", "demo");
		this.jdbc
			.sql("UPDATE spring_session SET last_access_time = last_access_time - 60000, "
					+ "expiry_time = expiry_time - 60000 WHERE principal_name = 'koordination'")
			.update();
		long[] aged = sessionRow("koordination");

		assertThat(http.get("/").statusCode()).isEqualTo(200);

		long[] after = sessionRow("koordination");
		assertThat(after[0]).isGreaterThan(aged[0]);
		assertThat(after[1]).isGreaterThan(aged[1]);
	}

	/** last access and expiry of the user's newest session */
	private long[] sessionRow(String username) {
		return this.jdbc
			.sql("SELECT last_access_time, expiry_time FROM spring_session WHERE principal_name = ? "
					+ "ORDER BY creation_time DESC LIMIT 1")
			.param(username)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

}
