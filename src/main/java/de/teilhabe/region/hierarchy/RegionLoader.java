package de.teilhabe.region.hierarchy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import de.teilhabe.region.Region;
import de.teilhabe.shared.startup.StartupTask;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped Gemeindeverzeichnis into the {@code region} table at start, in every
 * mode, once per edition (edition = Gebietsstand + hash of the file): a start on a
 * database that holds this edition does nothing; another edition is replaced. Uses
 * PostgreSQL's COPY (about 12 700 regions in well under a second).
 */
@Component
class RegionLoader implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(RegionLoader.class);

	private static final String COLUMNS = "key, level, ags, ars, name, search_name, parent_key, verband_key, "
			+ "population, male, female, area, kind_code, kind, postcode, latitude, longitude, urbanisation_code, "
			+ "urbanisation, gebietsstand";

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final Clock clock;

	RegionLoader(JdbcClient jdbc, DataSource dataSource, Clock clock) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "regions";
	}

	@Override
	public void run() {
		byte[] file = readFile();
		String edition = "gv-isys-" + Gemeindeverzeichnis.GEBIETSSTAND + "-" + sha256(file).substring(0, 16);
		// several instances may start at once: one loads, the others then find it loaded
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('region-load'))").query(Object.class).single();
		boolean loaded = this.jdbc.sql("SELECT count(*) FROM region_edition WHERE edition = ?")
			.param(edition)
			.query(Integer.class)
			.single() > 0;
		if (loaded) {
			log.info("Regions of edition {} already loaded", edition);
			return;
		}
		long started = System.nanoTime();
		List<Region> regions = Gemeindeverzeichnis.read(new ByteArrayInputStream(file),
				Gemeindeverzeichnis.GEBIETSSTAND);
		long parsed = System.nanoTime();
		this.jdbc.sql("DELETE FROM region").update();
		this.jdbc.sql("DELETE FROM region_edition").update();
		copy(regions);
		this.jdbc
			.sql("INSERT INTO region_edition (edition, gebietsstand, population_date, regions, loaded_at) "
					+ "VALUES (?, ?, ?, ?, ?)")
			.params(edition, Gemeindeverzeichnis.GEBIETSSTAND, Gemeindeverzeichnis.POPULATION_DATE, regions.size(),
					OffsetDateTime.now(this.clock))
			.update();
		log.info("Loaded {} regions of edition {} (Gebietsstand {}): read in {} ms, stored in {} ms", regions.size(),
				edition, Gemeindeverzeichnis.GEBIETSSTAND, (parsed - started) / 1_000_000,
				(System.nanoTime() - parsed) / 1_000_000);
	}

	private void copy(List<Region> regions) {
		StringBuilder csv = new StringBuilder(regions.size() * 160);
		for (Region region : regions) {
			Object[] values = { region.key(), region.level().name(), region.ags(), region.ars(), region.name(),
					SearchNames.fold(region.name()), region.parentKey(), region.verbandKey(), region.population(),
					region.male(), region.female(), region.area(), region.kindCode(), region.kind(), region.postcode(),
					region.latitude(), region.longitude(), region.urbanisationCode(), region.urbanisation(),
					region.gebietsstand() };
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					csv.append(',');
				}
				if (values[i] != null) { // an unquoted empty field is NULL in COPY's csv
											// format
					csv.append('"').append(values[i].toString().replace("\"", "\"\"")).append('"');
				}
			}
			csv.append('\n');
		}
		// the connection of the start-up task's transaction
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY region (" + COLUMNS + ") FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Loading the regions failed: " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	private static byte[] readFile() {
		try (InputStream in = new ClassPathResource(Gemeindeverzeichnis.RESOURCE).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The Gemeindeverzeichnis is missing: " + Gemeindeverzeichnis.RESOURCE, ex);
		}
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
