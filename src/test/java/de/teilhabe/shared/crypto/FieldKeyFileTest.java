package de.teilhabe.shared.crypto;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Where the keys come from: production refuses to start without a key file, demo mode
 * generates one in the data folder readable by its owner only; the operator's tool never
 * overwrites a key file and keeps the old keys on a rotation.
 */
class FieldKeyFileTest {

	@Test
	void productionWithoutAKeyFileIsRefusedWithAClearMessage() {
		assertThatIllegalStateException()
			.isThrownBy(() -> FieldKeyFile.locate(new MockEnvironment().withProperty("teilhabe.crypto.key-file", ""),
					false))
			.withMessageContaining("Production mode is refused without a key file for field encryption")
			.withMessageContaining("TEILHABE_FIELD_KEY_FILE")
			.withMessageContaining("FieldKeyTool")
			.withMessageContaining("backup");
		assertThatIllegalStateException()
			.isThrownBy(() -> FieldKeyFile.locate(
					new MockEnvironment().withProperty("teilhabe.crypto.key-file", "/nowhere/field-keys.json"), false))
			.withMessageContaining("/nowhere/field-keys.json")
			.withMessageContaining("does not exist");
	}

	@Test
	void demoModeGeneratesAKeyFileInTheDataFolderForItsOwnerOnly() throws Exception {
		Path dataFolder = Path.of("target/crypto-tests/data-" + UUID.randomUUID());
		Path file = FieldKeyFile.locate(new MockEnvironment().withProperty("teilhabe.data-dir", dataFolder.toString()),
				true);
		assertThat(file).isEqualTo(dataFolder.resolve("field-keys.json"));
		FieldKeyset generated = FieldKeyFile.load(file, true);
		assertThat(FieldEncryptionTest.permissions(file)).isEqualTo("rw-------");
		FieldKeyset again = FieldKeyFile.load(file, true);
		assertThat(again.aead().equalsKeyset(generated.aead())).as("read again, not generated anew").isTrue();
	}

	@Test
	void theToolNeverOverwritesAKeyFileAndKeepsOldKeysOnARotation() throws Exception {
		Path file = Path.of("target/crypto-tests/tool-" + UUID.randomUUID() + ".json");
		assertThat(FieldEncryptionTest.tool("generate", file)).isZero();
		String first = Files.readString(file);
		assertThat(FieldEncryptionTest.tool("generate", file)).isEqualTo(1);
		assertThat(Files.readString(file)).isEqualTo(first);

		assertThat(FieldEncryptionTest.tool("rotate", file)).isZero();
		FieldKeyset rotated = FieldKeyset.read(file);
		assertThat(rotated.aead().size()).isEqualTo(2);
		assertThat(rotated.blindIndex().size()).isEqualTo(1);
		assertThat(FieldEncryptionTest.permissions(file)).isEqualTo("rw-------");
		assertThat(FieldEncryptionTest.tool("rotate-blind-index", file)).isZero();
		assertThat(FieldKeyset.read(file).blindIndex().size()).isEqualTo(2);
		assertThat(FieldEncryptionTest.tool("shred", file)).isEqualTo(2);
	}

}
