package de.teilhabe.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Set;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The key file: two Tink keysets in one JSON object, {@code aead} (AES-256-GCM, the
 * values) and {@code blindIndex} (HMAC-SHA256 PRF, the blind indexes), each a Tink JSON
 * keyset with its primary key and the older keys that still decrypt. Written with
 * permissions 600 (owner read and write only), replaced atomically.
 *
 * @param aead the keyset that encrypts and decrypts values
 * @param blindIndex the keyset that computes blind indexes
 */
record FieldKeyset(KeysetHandle aead, KeysetHandle blindIndex) {

	static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static {
		try {
			AeadConfig.register();
			PrfConfig.register();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Tink could not be initialised", ex);
		}
	}

	/** A new key file content: one key in each keyset. */
	static FieldKeyset generate() {
		try {
			return new FieldKeyset(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM),
					KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("no key could be generated", ex);
		}
	}

	/**
	 * This keyset with a new primary AES-256-GCM key; the older keys stay and decrypt
	 * what they encrypted.
	 */
	FieldKeyset withNewAeadKey() {
		return new FieldKeyset(withNewPrimary(this.aead, true), this.blindIndex);
	}

	/**
	 * This keyset with a new primary blind-index key; the older keys stay, so lookups
	 * still find rows whose index the job has not recomputed yet.
	 */
	FieldKeyset withNewBlindIndexKey() {
		return new FieldKeyset(this.aead, withNewPrimary(this.blindIndex, false));
	}

	private static KeysetHandle withNewPrimary(KeysetHandle keyset, boolean aead) {
		try {
			return KeysetHandle.newBuilder(keyset)
				.addEntry(KeysetHandle
					.generateEntryFromParameters(
							aead ? PredefinedAeadParameters.AES256_GCM : PredefinedPrfParameters.HMAC_SHA256_PRF)
					.withRandomId()
					.makePrimary())
				.build();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("no key could be added", ex);
		}
	}

	static FieldKeyset read(Path file) {
		try {
			JsonNode tree = JSON.readTree(Files.readString(file));
			return new FieldKeyset(parse(tree, "aead"), parse(tree, "blindIndex"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The key file " + file + " could not be read", ex);
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			throw new IllegalStateException("The key file " + file + " is not a Teilhabe key file (" + ex.getMessage()
					+ "); make one with FieldKeyTool generate (docs/operations.md, Field encryption keys)", ex);
		}
	}

	private static KeysetHandle parse(JsonNode tree, String name) throws GeneralSecurityException {
		JsonNode keyset = tree.get(name);
		if (keyset == null || !keyset.isObject()) {
			throw new GeneralSecurityException("no keyset " + name);
		}
		return TinkJsonProtoKeysetFormat.parseKeyset(JSON.writeValueAsString(keyset), InsecureSecretKeyAccess.get());
	}

	/** Writes a new key file; refuses to overwrite one. */
	void writeNew(Path file) {
		if (Files.exists(file)) {
			throw new UncheckedIOException(new FileAlreadyExistsException(file.toString()));
		}
		replace(file);
	}

	/**
	 * Writes the key file through a temporary file in the same folder with permissions
	 * 600, moved over the old one in one step: a crash never leaves half a key file.
	 */
	void replace(Path file) {
		try {
			ObjectNode tree = JSON.createObjectNode();
			tree.set("aead",
					JSON.readTree(TinkJsonProtoKeysetFormat.serializeKeyset(this.aead, InsecureSecretKeyAccess.get())));
			tree.set("blindIndex", JSON
				.readTree(TinkJsonProtoKeysetFormat.serializeKeyset(this.blindIndex, InsecureSecretKeyAccess.get())));
			Path folder = file.toAbsolutePath().getParent();
			Files.createDirectories(folder);
			Path temporary = Files.createTempFile(folder, ".field-keys", ".tmp",
					PosixFilePermissions.asFileAttribute(OWNER_ONLY));
			try {
				Files.writeString(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n");
				try {
					Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				}
				catch (AtomicMoveNotSupportedException ex) {
					Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
				}
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The key file " + file + " could not be written", ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The keys could not be serialised", ex);
		}
	}

}
