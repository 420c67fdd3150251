package de.teilhabe.shared.database;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Demo mode, whose logins are public, listens on a loopback address only.
 */
class DemoAddressTest {

	@Test
	void loopbackAddressesAreAccepted() {
		for (String address : new String[] { null, "", "127.0.0.1", "127.0.0.2", "::1", "localhost" }) {
			assertThatNoException().as(String.valueOf(address))
				.isThrownBy(() -> EmbeddedDatabaseEnvironment.refusePublicAddress(address));
		}
	}

	@Test
	void anyOtherAddressIsRefusedWithAClearMessage() {
		for (String address : new String[] { "0.0.0.0", "::", "192.0.2.10", "example.invalid" }) {
			assertThatIllegalStateException().as(address)
				.isThrownBy(() -> EmbeddedDatabaseEnvironment.refusePublicAddress(address))
				.withMessageContaining("Demo mode is refused on the address " + address)
				.withMessageContaining("teilhabe.demo=false");
		}
	}

}
