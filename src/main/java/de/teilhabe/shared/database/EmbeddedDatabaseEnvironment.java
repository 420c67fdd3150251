package de.teilhabe.shared.database;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides the platform mode before the application context starts. Without
 * {@code spring.datasource.url}, starts the embedded PostgreSQL (in demo mode unless
 * {@code teilhabe.demo=false}) and points the datasource at it: migrations as the owner
 * role, the application as a role without further rights ({@link EmbeddedDatabaseRoles}).
 * With an external database there is no demo.
 */
public class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

	static final String SOURCE_NAME = "teilhabeEmbeddedDatabase";

	private final Log log;

	/**
	 * @param logs logs that are written once logging is initialised (this runs before)
	 */
	public EmbeddedDatabaseEnvironment(DeferredLogFactory logs) {
		this.log = logs.getLog(EmbeddedPostgres.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getPropertySources().contains(SOURCE_NAME)) {
			return;
		}
		Map<String, Object> properties = new HashMap<>();
		if (environment.containsProperty("spring.datasource.url")) {
			properties.put("teilhabe.embedded-database", "false");
			properties.put("teilhabe.demo", "false");
		}
		else {
			boolean demo = environment.getProperty("teilhabe.demo", Boolean.class, true);
			if (demo) {
				refusePublicAddress(environment.getProperty("server.address"));
			}
			Path dataDir = Path.of(environment.getProperty("teilhabe.data-dir", "./data"));
			boolean clean = environment.getProperty("teilhabe.embedded.clean", Boolean.class, false);
			// in the background: the context starts meanwhile, its data sources wait
			EmbeddedPostgres server = EmbeddedPostgres.startOnce(dataDir, clean, this.log,
					EmbeddedDatabaseRoles::prepare);
			properties.put("spring.datasource.url", server.jdbcUrl());
			properties.put("spring.datasource.username", EmbeddedDatabaseRoles.APPLICATION);
			properties.put("spring.datasource.password", "");
			properties.put("spring.flyway.user", EmbeddedDatabaseRoles.OWNER);
			properties.put("spring.flyway.password", "");
			properties.put("teilhabe.embedded-database", "true");
			properties.put("teilhabe.demo", String.valueOf(demo));
			if (demo && !environment.containsProperty("server.address")) {
				properties.put("server.address", "127.0.0.1");
			}
		}
		// addFirst: the mode is decided here and cannot be overridden by a later property
		// source
		environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, properties));
	}

	/**
	 * Demo mode publishes its logins and passwords (README, login page): it listens on a
	 * loopback address only. Checked before anything starts.
	 * @param address the configured {@code server.address}, null for the default
	 * (127.0.0.1 in demo mode)
	 * @throws IllegalStateException for any other address
	 */
	static void refusePublicAddress(String address) {
		if (address == null || address.isBlank() || isLoopback(address.strip())) {
			return;
		}
		throw new IllegalStateException("Demo mode is refused on the address " + address.strip()
				+ ": its logins and passwords are public, so it listens on the loopback address only "
				+ "(127.0.0.1, the default in demo mode). To serve other machines, start in production mode "
				+ "(teilhabe.demo=false or an external database, see docs/operations.md).");
	}

	private static boolean isLoopback(String address) {
		try {
			InetAddress[] resolved = InetAddress.getAllByName(address);
			return Arrays.stream(resolved).allMatch(InetAddress::isLoopbackAddress);
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
