package de.teilhabe.shared.crypto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Where the key file is: {@code teilhabe.crypto.key-file} (environment
 * {@code TEILHABE_FIELD_KEY_FILE}); in demo mode without it {@code field-keys.json} in
 * the data folder, generated on the first start. A production start without a key file is
 * refused before anything else starts (this post-processor runs before the embedded
 * database is started): personal data is never stored under a key that no operator keeps.
 */
public class FieldKeyFile implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY = "teilhabe.crypto.key-file";

	static final String DEMO_FILE_NAME = "field-keys.json";

	private static final Log log = LogFactory.getLog(FieldKeyFile.class);

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		locate(environment, isDemo(environment));
	}

	/**
	 * The platform mode as {@code EmbeddedDatabaseEnvironment} decides it, which runs
	 * after this check: demo without an external database unless switched off.
	 */
	private static boolean isDemo(Environment environment) {
		return !environment.containsProperty("spring.datasource.url")
				&& environment.getProperty("teilhabe.demo", Boolean.class, true);
	}

	/**
	 * The key file to use.
	 * @throws IllegalStateException in production mode without a configured file, and for
	 * a configured file that does not exist
	 */
	static Path locate(Environment environment, boolean demo) {
		String configured = environment.getProperty(PROPERTY, "").strip();
		if (configured.isEmpty()) {
			if (!demo) {
				throw new IllegalStateException("Production mode is refused without a key file for field encryption: "
						+ "set " + PROPERTY + " (or TEILHABE_FIELD_KEY_FILE) to the key file, made once with "
						+ "'java -cp teilhabe.jar -Dloader.main=de.teilhabe.shared.crypto.FieldKeyTool "
						+ "org.springframework.boot.loader.launch.PropertiesLauncher generate /path/field-keys.json', "
						+ "and keep a backup of it apart from the database backups (docs/operations.md, "
						+ "Field encryption keys). Without it no encrypted value can be read.");
			}
			return Path.of(environment.getProperty("teilhabe.data-dir", "./data")).resolve(DEMO_FILE_NAME);
		}
		Path file = Path.of(configured);
		if (!Files.isReadable(file)) {
			throw new IllegalStateException("The key file for field encryption " + file.toAbsolutePath() + " ("
					+ PROPERTY + ") does not exist or cannot be read. Restore it from its backup; "
					+ "a new key file cannot read the values encrypted so far (docs/operations.md, "
					+ "Field encryption keys).");
		}
		return file;
	}

	/**
	 * Reads the key file; in demo mode a missing one is generated (permissions 600).
	 */
	static synchronized FieldKeyset load(Path file, boolean demo) {
		if (demo && !Files.exists(file)) {
			FieldKeyset generated = FieldKeyset.generate();
			generated.writeNew(file);
			log.info("Generated the demo key file for field encryption " + file.toAbsolutePath());
			return generated;
		}
		warnIfOthersMayRead(file);
		return FieldKeyset.read(file);
	}

	private static void warnIfOthersMayRead(Path file) {
		try {
			Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
			if (permissions.stream().anyMatch((permission) -> !FieldKeyset.OWNER_ONLY.contains(permission))) {
				log.warn("The key file " + file.toAbsolutePath() + " may be read by others than its owner ("
						+ java.nio.file.attribute.PosixFilePermissions.toString(permissions)
						+ "): chmod 600 it (docs/operations.md, Field encryption keys)");
			}
		}
		catch (UnsupportedOperationException | IOException ex) {
			// not a POSIX file system: nothing to check
		}
	}

	/** Before {@code EmbeddedDatabaseEnvironment}: a refused start starts no database. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 1;
	}

}
