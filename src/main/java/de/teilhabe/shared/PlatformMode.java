package de.teilhabe.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this instance runs in demo mode (embedded database, demo tenants and logins)
 * and whether its database is the embedded one.
 */
@Component
public class PlatformMode {

	private final boolean demo;

	private final boolean embeddedDatabase;

	public PlatformMode(@Value("${teilhabe.demo:false}") boolean demo,
			@Value("${teilhabe.embedded-database:false}") boolean embeddedDatabase) {
		this.demo = demo;
		this.embeddedDatabase = embeddedDatabase;
	}

	public boolean isDemo() {
		return this.demo;
	}

	public boolean isEmbeddedDatabase() {
		return this.embeddedDatabase;
	}

}
