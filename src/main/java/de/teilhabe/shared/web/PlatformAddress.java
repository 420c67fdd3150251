package de.teilhabe.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where the platform is reached, for links in mails: {@code teilhabe.base-url} (without a
 * trailing slash), else this server ({@code http://localhost:<port>}).
 */
@Component
public class PlatformAddress {

	private final Environment environment;

	private final String baseUrl;

	public PlatformAddress(Environment environment, @Value("${teilhabe.base-url:}") String baseUrl) {
		this.environment = environment;
		this.baseUrl = baseUrl.strip();
	}

	/**
	 * The address without a trailing slash, e.g. {@code https://teilhabe.example.org}.
	 */
	public String base() {
		if (!this.baseUrl.isEmpty()) {
			return this.baseUrl.endsWith("/") ? this.baseUrl.substring(0, this.baseUrl.length() - 1) : this.baseUrl;
		}
		return "http://localhost:" + this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080"));
	}

}
