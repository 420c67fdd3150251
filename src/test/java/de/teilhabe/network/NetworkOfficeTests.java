package de.teilhabe.network;

import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.network.NetworkFixtures.LANDKREIS;

/**
 * What the network's page tests share: the platform (the subclass is an
 * {@code @IntegrationTest}), its database, the {@link NetworkFixtures} and a signed-in
 * user of the office (role STRATEGY) of the Landkreis, new for every test.
 */
public abstract class NetworkOfficeTests {

	@LocalServerPort
	protected int port;

	@Autowired
	protected ApplicationContext context;

	@Autowired
	protected JdbcClient jdbc;

	protected NetworkFixtures fixtures;

	protected Http office;

	@BeforeEach
	protected void officeOfTheLandkreis() {
		this.fixtures = new NetworkFixtures(this.context, this.port);
		this.office = this.fixtures.user(LANDKREIS, Role.STRATEGY);
	}

}
