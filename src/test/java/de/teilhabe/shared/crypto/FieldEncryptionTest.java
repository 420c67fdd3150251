package de.teilhabe.shared.crypto;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.privacy.ConsentRecord;
import de.teilhabe.privacy.Consents;
import de.teilhabe.privacy.PrivacyFixtures;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.jobs.JobLock;
import de.teilhabe.support.DatabaseSuperuser;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Field encryption against a table that only this test creates (like a module's table of
 * contact persons with an encrypted, looked-up e-mail address), with a key file of its
 * own so that its rotations change nothing for other tests: no plaintext in the table, a
 * ciphertext decrypts only in its own row, blind indexes find normalised values within
 * their tenant, and after a rotation old values still decrypt and are found until the job
 * has moved them, in batches, to the new keys.
 */
@IntegrationTest
class FieldEncryptionTest {

	static final String TABLE = "crypto_test_contact";

	static final EncryptedColumn EMAIL = EncryptedColumn.of(TABLE, "email_sealed")
		.withBlindIndex("email_index", BlindIndexNormalisation.EMAIL)
		.replacingPlaintext("email");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment environment;

	@Autowired
	JobLock jobLock;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationContext context;

	Path keyFile;

	FieldEncryption encryption;

	FieldReencryption job;

	@BeforeEach
	void setUp() throws Exception {
		String application = this.jdbc.sql("SELECT current_user").query(String.class).single();
		DatabaseSuperuser.inOneTransaction(this.environment, (superuser) -> {
			superuser.sql("""
					CREATE TABLE IF NOT EXISTS crypto_test_contact (tenant_id UUID NOT NULL, id UUID NOT NULL,
					  email TEXT, email_sealed BYTEA, email_index BYTEA, PRIMARY KEY (tenant_id, id))""").update();
			superuser.sql("GRANT SELECT, INSERT, UPDATE, DELETE ON crypto_test_contact TO " + application).update();
			// owned like every table by the migrations' account: its grants after a later
			// context's migrations walk all tables and may not meet one they cannot grant
			// on
			String owner = superuser.sql("SELECT tableowner FROM pg_tables WHERE tablename = 'flyway_schema_history'")
				.query(String.class)
				.single();
			superuser.sql("ALTER TABLE crypto_test_contact OWNER TO " + owner).update();
		});
		// rows of the previous test are under that test's keys; the job walks the table
		this.jdbc.sql("DELETE FROM crypto_test_contact").update();
		Path folder = Path.of("target/crypto-tests");
		Files.createDirectories(folder);
		this.keyFile = folder.resolve(UUID.randomUUID() + ".json");
		assertThat(tool("generate", this.keyFile)).isZero();
		this.encryption = new FieldEncryption(new PlatformMode(false, true),
				new MockEnvironment().withProperty("teilhabe.crypto.key-file", this.keyFile.toString()));
		this.job = new FieldReencryption(List.of(EMAIL), this.encryption, this.jobLock, this.jdbc, this.transactions,
				2);
	}

	@Test
	void theTableHoldsNoPlaintextAndACiphertextDecryptsOnlyInItsOwnRow() {
		UUID tenant = UUID.randomUUID();
		UUID ina = insert(tenant, "ina.muster@example.org");
		UUID otto = insert(tenant, "otto.beispiel@example.org");

		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM crypto_test_contact WHERE tenant_id = ?
				AND (position(convert_to('ina.muster', 'UTF8') IN email_sealed) > 0
				     OR encode(email_sealed, 'escape') LIKE '%example.org%' OR email IS NOT NULL)""")
			.param(tenant)
			.query(Long.class)
			.single()).as("no plaintext in the table").isZero();
		assertThat(read(tenant, ina)).isEqualTo("ina.muster@example.org");
		assertThat(read(tenant, otto)).isEqualTo("otto.beispiel@example.org");

		byte[] inasCiphertext = sealed(tenant, ina);
		assertThatExceptionOfType(FieldDecryptionException.class).as("copied to another row")
			.isThrownBy(() -> this.encryption.decrypt(EMAIL, tenant, otto, inasCiphertext))
			.withMessageContaining("crypto_test_contact.email_sealed")
			.withMessageNotContaining("ina");
		assertThatExceptionOfType(FieldDecryptionException.class).as("the same row ID in another tenant")
			.isThrownBy(() -> this.encryption.decrypt(EMAIL, UUID.randomUUID(), ina, inasCiphertext));
		assertThatExceptionOfType(FieldDecryptionException.class).as("another column of the row")
			.isThrownBy(() -> this.encryption.decrypt(EncryptedColumn.of(TABLE, "phone_sealed"), tenant, ina,
					inasCiphertext));
		byte[] changed = inasCiphertext.clone();
		changed[changed.length - 1] ^= 1;
		assertThatExceptionOfType(FieldDecryptionException.class).as("changed in the database")
			.isThrownBy(() -> this.encryption.decrypt(EMAIL, tenant, ina, changed));
		assertThat(this.encryption.encrypt(EMAIL, tenant, ina, "ina.muster@example.org")).as("random nonce")
			.isNotEqualTo(inasCiphertext);
	}

	@Test
	void theBlindIndexFindsNormalisedValuesWithinTheirTenantOnly() {
		UUID tenant = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		UUID ina = insert(tenant, "Ina.Muster@Example.org");
		insert(other, "ina.muster@example.org");
		insert(tenant, "ina.mustermann@example.org");

		assertThat(lookup(tenant, "  ina.muster@EXAMPLE.org ")).containsExactly(ina);
		assertThat(lookup(tenant, "ina.muster@example.de")).isEmpty();
		assertThat(this.encryption.blindIndex(EMAIL, tenant, "ina.muster@example.org"))
			.as("the same value in another tenant has another index")
			.isNotEqualTo(this.encryption.blindIndex(EMAIL, other, "ina.muster@example.org"));
	}

	@Test
	void afterARotationOldValuesDecryptAndAreFoundUntilTheJobMovesThemToTheNewKeysInBatches() {
		UUID tenant = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		Map<UUID, String> values = new java.util.LinkedHashMap<>();
		for (int i = 0; i < 5; i++) {
			String email = "person" + i + "@example.org";
			values.put(insert(tenant, email), email);
		}
		UUID elsewhere = insert(other, "person0@example.org");
		UUID before = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO crypto_test_contact (tenant_id, id, email) VALUES (?, ?, ?)")
			.params(tenant, before, "Noch.Klartext@example.org")
			.update();
		byte[] oldPrefix = this.encryption.primaryCiphertextPrefix();
		byte[] oldIndexPrefix = this.encryption.primaryBlindIndexPrefix();

		assertThat(tool("rotate", this.keyFile)).isZero();
		assertThat(tool("rotate-blind-index", this.keyFile)).isZero();
		this.encryption.reload();
		assertThat(this.encryption.primaryCiphertextPrefix()).isNotEqualTo(oldPrefix);
		assertThat(this.encryption.primaryBlindIndexPrefix()).isNotEqualTo(oldIndexPrefix);

		values.forEach((id, email) -> assertThat(read(tenant, id)).as("old key still decrypts").isEqualTo(email));
		UUID first = values.keySet().iterator().next();
		assertThat(lookup(tenant, "PERSON0@example.org")).as("found by the index of the old key")
			.containsExactly(first);

		FieldReencryption.Outcome outcome = this.job.reencrypt(EMAIL);
		assertThat(outcome.failed()).isZero();
		assertThat(outcome.reencrypted()).as("five rows, the other tenant's row and the plaintext row").isEqualTo(7);

		byte[] newPrefix = this.encryption.primaryCiphertextPrefix();
		byte[] newIndexPrefix = this.encryption.primaryBlindIndexPrefix();
		for (UUID id : values.keySet()) {
			assertThat(Arrays.copyOf(sealed(tenant, id), newPrefix.length)).isEqualTo(newPrefix);
			assertThat(Arrays.copyOf(index(tenant, id), 4)).isEqualTo(newIndexPrefix);
			assertThat(read(tenant, id)).isEqualTo(values.get(id));
		}
		assertThat(read(other, elsewhere)).isEqualTo("person0@example.org");
		assertThat(read(tenant, before)).isEqualTo("Noch.Klartext@example.org");
		assertThat(this.jdbc.sql("SELECT email FROM crypto_test_contact WHERE tenant_id = ? AND id = ?")
			.params(tenant, before)
			.query(String.class)
			.optional()).as("the former plaintext is cleared").isEmpty();
		assertThat(lookup(tenant, "person0@example.org")).containsExactly(first);
		assertThat(lookup(tenant, " noch.klartext@EXAMPLE.org")).containsExactly(before);
		assertThat(this.job.reencrypt(EMAIL).reencrypted()).as("nothing left for a second run").isZero();
	}

	@Test
	void aValueThatNoKeyDecryptsIsLeftAsItIsAndCounted() {
		UUID tenant = UUID.randomUUID();
		UUID copied = insert(tenant, "a@example.org");
		UUID source = insert(tenant, "b@example.org");
		this.jdbc.sql("UPDATE crypto_test_contact SET email_sealed = ? WHERE tenant_id = ? AND id = ?")
			.params(sealed(tenant, source), tenant, copied)
			.update();
		assertThat(tool("rotate", this.keyFile)).isZero();
		this.encryption.reload();

		FieldReencryption.Outcome outcome = this.job.reencrypt(EMAIL);
		assertThat(outcome.failed()).isEqualTo(1);
		assertThat(outcome.reencrypted()).isEqualTo(1);
		assertThat(read(tenant, source)).isEqualTo("b@example.org");
	}

	/**
	 * The registered column of the consent records (privacy): a note written before the
	 * encryption is read as plaintext until the application's job encrypts it.
	 */
	@Test
	void aWithdrawalNoteFromBeforeTheEncryptionIsEncryptedByTheJobOfTheRegisteredColumns() {
		PrivacyFixtures fixtures = PrivacyFixtures.of(this.context);
		UUID tenant = fixtures.tenant(PrivacyFixtures.LANDKREIS);
		ConsentRecord consent = fixtures.consent(tenant, "client", "c-" + UUID.randomUUID(), fixtures.purpose(tenant));
		this.jdbc.sql("UPDATE consent_record SET withdrawn_at = now(), withdrawal_note = ? WHERE id = ?")
			.params("Vermerk von vorher: Umzug nach Bremen", consent.id())
			.update();
		Consents consents = this.context.getBean(Consents.class);
		assertThat(consents.find(tenant, consent.id()).orElseThrow().withdrawalNote())
			.isEqualTo("Vermerk von vorher: Umzug nach Bremen");

		EncryptedColumn registered = this.context.getBeansOfType(EncryptedColumn.class)
			.values()
			.stream()
			.filter((column) -> column.table().equals("consent_record"))
			.findFirst()
			.orElseThrow();
		assertThat(this.context.getBean(FieldReencryption.class).reencrypt(registered).reencrypted()).isPositive();

		Map<String, Object> raw = this.jdbc
			.sql("SELECT withdrawal_note, withdrawal_note_sealed FROM consent_record WHERE id = ?")
			.param(consent.id())
			.query()
			.singleRow();
		assertThat(raw.get("withdrawal_note")).isNull();
		assertThat((byte[]) raw.get("withdrawal_note_sealed")).isNotEmpty();
		assertThat(consents.find(tenant, consent.id()).orElseThrow().withdrawalNote())
			.isEqualTo("Vermerk von vorher: Umzug nach Bremen");
	}

	private UUID insert(UUID tenant, String email) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO crypto_test_contact (tenant_id, id, email_sealed, email_index) VALUES (?, ?, ?, ?)")
			.params(tenant, id, this.encryption.encrypt(EMAIL, tenant, id, email),
					this.encryption.blindIndex(EMAIL, tenant, email))
			.update();
		return id;
	}

	/** As a module reads: the ciphertext, or the former plaintext not yet encrypted. */
	private String read(UUID tenant, UUID id) {
		Map<String, Object> row = this.jdbc
			.sql("SELECT email, email_sealed FROM crypto_test_contact WHERE tenant_id = ? AND id = ?")
			.params(tenant, id)
			.query()
			.singleRow();
		byte[] sealed = (byte[]) row.get("email_sealed");
		return (sealed != null) ? this.encryption.decrypt(EMAIL, tenant, id, sealed) : (String) row.get("email");
	}

	private List<UUID> lookup(UUID tenant, String email) {
		return this.jdbc.sql("SELECT id FROM crypto_test_contact WHERE tenant_id = ? AND email_index = ANY(?)")
			.params(tenant, this.encryption.blindIndexesForLookup(EMAIL, tenant, email).toArray(byte[][]::new))
			.query(UUID.class)
			.list();
	}

	private byte[] sealed(UUID tenant, UUID id) {
		return this.jdbc.sql("SELECT email_sealed FROM crypto_test_contact WHERE tenant_id = ? AND id = ?")
			.params(tenant, id)
			.query(byte[].class)
			.single();
	}

	private byte[] index(UUID tenant, UUID id) {
		return this.jdbc.sql("SELECT email_index FROM crypto_test_contact WHERE tenant_id = ? AND id = ?")
			.params(tenant, id)
			.query(byte[].class)
			.single();
	}

	static int tool(String command, Path file) {
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		PrintStream print = new PrintStream(output);
		return FieldKeyTool.run(new String[] { command, file.toString() }, print, print);
	}

	static String permissions(Path file) throws java.io.IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
	}

}
