package de.teilhabe.monitoring.statistics.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Set;

import de.teilhabe.monitoring.statistics.imports.StatisticsImports;
import de.teilhabe.shared.startup.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Imports the shipped Integrationsmonitoring Niedersachsen ({@code reference/
 * integrationsmonitoring-ni/data/*.csv}) at start as shared reference data, in every
 * mode; a file already imported with the same checksum is skipped.
 */
@Component
class ReferenceStatistics implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(ReferenceStatistics.class);

	static final String DATA = "classpath:reference/integrationsmonitoring-ni/data/*.csv";

	private final StatisticsImports imports;

	private final JdbcClient jdbc;

	ReferenceStatistics(StatisticsImports imports, JdbcClient jdbc) {
		this.imports = imports;
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "reference statistics";
	}

	@Override
	public Set<String> after() {
		// region keys are resolved against the regions; the recomputation after its
		// commit sums higher regions with the indicator hierarchy; an import left
		// running by a killed instance is marked failed first, so its file is imported
		// again
		return Set.of("regions", "indicator region hierarchy", "interrupted statistics imports");
	}

	/**
	 * Nobody needs the reference statistics at the first second: the platform serves
	 * while they are imported, and the monitoring pages say that figures are being
	 * prepared.
	 */
	@Override
	public boolean whileServing() {
		return true;
	}

	@Override
	public void run() {
		// several instances may start at once: one imports, the others then skip
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('statistics-reference'))").query(Object.class).single();
		Resource[] files;
		try {
			files = new PathMatchingResourcePatternResolver().getResources(DATA);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Arrays.sort(files, Comparator.comparing(Resource::getFilename));
		int imported = 0;
		long observations = 0;
		for (Resource file : files) {
			byte[] content;
			try (InputStream in = file.getInputStream()) {
				content = in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			var report = this.imports.importShared(file.getFilename(), content, sha256(content));
			if (report.isPresent()) {
				imported++;
				observations += report.get().observationsStored() + report.get().observationsUpdated();
			}
		}
		log.info("Reference statistics: {} of {} files imported ({} observations), the others unchanged", imported,
				files.length, observations);
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
