package de.teilhabe.shared.database;

import java.nio.file.Path;
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
 * {@code teilhabe.demo=false}) and points the datasource at it; with an external database
 * there is no demo.
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
			Path dataDir = Path.of(environment.getProperty("teilhabe.data-dir", "./data"));
			boolean clean = environment.getProperty("teilhabe.embedded.clean", Boolean.class, false);
			EmbeddedPostgres server = EmbeddedPostgres.startOnce(dataDir, clean, this.log);
			properties.put("spring.datasource.url", server.jdbcUrl());
			properties.put("spring.datasource.username", "postgres");
			properties.put("spring.datasource.password", "");
			properties.put("teilhabe.embedded-database", "true");
			boolean demo = environment.getProperty("teilhabe.demo", Boolean.class, true);
			properties.put("teilhabe.demo", String.valueOf(demo));
			if (demo && !environment.containsProperty("server.address")) {
				properties.put("server.address", "127.0.0.1");
			}
		}
		// addFirst: the mode is decided here and cannot be overridden by a later property
		// source
		environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, properties));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
