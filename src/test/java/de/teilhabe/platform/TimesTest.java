package de.teilhabe.platform;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import de.teilhabe.monitoring.StatisticsHttp;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times are shown in the platform's time zone (teilhabe.time-zone, Europe/Berlin by
 * default), summer and winter time included, whatever the server's zone.
 */
@IntegrationTest
class TimesTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void importTimesAreBerlinTimes() {
		String fileName = "zeiten-" + System.nanoTime() + ".csv";
		StatisticsHttp.withToken(this.port, "strategie")
			.upload(fileName, "kein Format\n".getBytes(StandardCharsets.UTF_8), null);
		String id = this.jdbc.sql("SELECT id::text FROM statistics_import WHERE file_name = ?")
			.param(fileName)
			.query(String.class)
			.single();
		Http strategie = Http.loggedIn(this.port, "strategie", "demo");

		setStart(id, "2026-07-01T10:00:00Z"); // CEST: UTC+2
		assertThat(strategie.get("/statistics/imports/" + id).body()).contains("01.07.2026 12:00:00")
			.doesNotContain("01.07.2026 10:00:00");

		setStart(id, "2026-01-15T23:30:00Z"); // CET: UTC+1, the next day
		assertThat(strategie.get("/statistics/imports").body()).contains("16.01.2026 00:30")
			.doesNotContain("15.01.2026 23:30");
	}

	private void setStart(String id, String at) {
		this.jdbc.sql("UPDATE statistics_import SET started_at = ? WHERE id = ?::uuid")
			.params(OffsetDateTime.parse(at), id)
			.update();
	}

}
