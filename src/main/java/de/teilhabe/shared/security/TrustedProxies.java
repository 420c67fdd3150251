package de.teilhabe.shared.security;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.catalina.valves.RemoteIpValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Honours {@code X-Forwarded-For}, {@code -Proto}, {@code -Host} and {@code -Port} from
 * the reverse proxies listed in {@code teilhabe.trusted-proxies} only (exact addresses,
 * comma-separated; default none). From any other address these headers are ignored, so
 * that nobody can pose as another client (login throttling) or as a secure request.
 * Unlike {@code server.forward-headers-strategy=native}, which trusts every private
 * address, nothing is trusted unless configured.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

	private static final Logger log = LoggerFactory.getLogger(TrustedProxies.class);

	private final List<String> addresses;

	TrustedProxies(@Value("${teilhabe.trusted-proxies:}") String addresses) {
		this.addresses = Arrays.stream(addresses.split(",")).map(String::strip).filter((a) -> !a.isEmpty()).toList();
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		if (this.addresses.isEmpty()) {
			return;
		}
		RemoteIpValve valve = new RemoteIpValve();
		valve.setInternalProxies(addressPattern(this.addresses));
		valve.setTrustedProxies(null);
		valve.setRemoteIpHeader("X-Forwarded-For");
		valve.setProtocolHeader("X-Forwarded-Proto");
		valve.setHostHeader("X-Forwarded-Host");
		valve.setPortHeader("X-Forwarded-Port");
		valve.setChangeLocalName(true);
		factory.addEngineValves(valve);
		log.info("Forwarded headers are honoured from the trusted proxies {}", this.addresses);
	}

	/** A pattern that matches exactly the given addresses. */
	static String addressPattern(List<String> addresses) {
		return addresses.stream().map(Pattern::quote).collect(Collectors.joining("|"));
	}

}
