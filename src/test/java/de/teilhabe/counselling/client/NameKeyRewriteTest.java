package de.teilhabe.counselling.client;

import java.util.List;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.counselling.CounsellingFixtures;
import de.teilhabe.shared.crypto.FieldEncryption;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.counselling.CounsellingFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a rotation of the blind-index key the hashed name keys of a client are written
 * again under the primary key from its decrypted names: here the client's hashes are made
 * those of a key the keyset no longer holds (another key id), so the search no longer
 * finds the client; the rewrite makes them the primary key's again and the search finds
 * it; a second run has nothing to do for it.
 */
@IntegrationTest
class NameKeyRewriteTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	NameKeyRewrite rewrite;

	@Autowired
	FieldEncryption fields;

	@Test
	void nameKeysOfAnOlderKeyAreWrittenAgainUnderThePrimaryKey() {
		CounsellingFixtures fixtures = new CounsellingFixtures(this.context, this.port);
		TestUser counsellor = fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		Http api = fixtures.api(counsellor);
		String last = uniqueName("Schluesselwechsel");
		UUID client = CounsellingFixtures.create(api, CounsellingFixtures.body("Yusuf", last, 1979));
		assertThat(api.get("/api/v1/counselling/clients?q=Youssef%20" + last).body()).contains(client.toString());

		int keys = fixtures.jdbc()
			.sql("UPDATE counselling_client_name_key SET key_hash = '\\xffffff7f'::bytea || substring(key_hash FROM 5) "
					+ "WHERE client_id = ?")
			.param(client)
			.update();
		assertThat(keys).isPositive();
		assertThat(api.get("/api/v1/counselling/clients?q=Youssef%20" + last).body()).doesNotContain(client.toString());

		assertThat(this.rewrite.rewrite()).isGreaterThanOrEqualTo(1);
		List<byte[]> hashes = fixtures.jdbc()
			.sql("SELECT key_hash FROM counselling_client_name_key WHERE client_id = ?")
			.param(client)
			.query(byte[].class)
			.list();
		assertThat(hashes).hasSize(keys)
			.allSatisfy((hash) -> assertThat(java.util.Arrays.copyOf(hash, 4))
				.isEqualTo(this.fields.primaryBlindIndexPrefix()));
		assertThat(api.get("/api/v1/counselling/clients?q=Youssef%20" + last).body()).contains(client.toString());
		assertThat(this.rewrite.rewrite()).isZero();
	}

}
