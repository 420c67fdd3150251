package de.teilhabe.monitoring.statistics.importing;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The real public data the platform ships as reference data
 * ({@code src/main/resources/reference}: the Gemeindeverzeichnis and the
 * Integrationsmonitoring Niedersachsen, each with its attribution): the tests read it
 * from the classpath, so that a clone of the repository alone runs them.
 */
public final class ReferenceData {

	private ReferenceData() {
	}

	/**
	 * The folder {@code reference/} of the classpath, e.g.
	 * {@code target/classes/reference}.
	 */
	public static Path path() {
		URL folder = ReferenceData.class.getResource("/reference");
		if (folder == null || !"file".equals(folder.getProtocol())) {
			throw new IllegalStateException("reference data not found on the classpath as a folder: " + folder);
		}
		try {
			return Path.of(folder.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
