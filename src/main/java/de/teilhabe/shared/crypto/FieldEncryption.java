package de.teilhabe.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadKey;
import com.google.crypto.tink.prf.Prf;
import com.google.crypto.tink.prf.PrfSet;
import de.teilhabe.shared.PlatformMode;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Encrypts and decrypts single column values and computes their blind indexes: the one
 * place where modules touch keys.
 * <ul>
 * <li>{@link #encrypt} seals a value with the primary AES-256-GCM key; the associated
 * data is the value's table, column, tenant and row, so a ciphertext copied to another
 * row, column or tenant does not decrypt ({@link FieldDecryptionException}).</li>
 * <li>{@link #blindIndex} is the value's keyed index (HMAC-SHA256 of the normalised
 * value, its table, column and tenant) to store beside the ciphertext;
 * {@link #blindIndexesForLookup} gives the indexes under every key of the keyset, so a
 * lookup ({@code WHERE email_index = ANY(?)}) finds rows also while the job has not yet
 * recomputed them after a rotation of the blind-index key.</li>
 * </ul>
 * Null stays null. Ciphertexts start with Tink's five-byte key prefix (the key's ID),
 * blind indexes with the four-byte ID of their key: the re-encryption job finds the
 * values of older keys by it.
 * <p>
 * The key file is read (and in demo mode generated) on a thread of its own while the rest
 * of the application starts: Tink's set-up loads several hundred classes. The start still
 * fails when the key file cannot be used ({@link #afterSingletonsInstantiated()} waits
 * for it before the platform starts serving).
 */
@Component
public class FieldEncryption implements SmartInitializingSingleton {

	private static final int INDEX_LENGTH = 32;

	private final Path keyFile;

	private final boolean demo;

	/** Null until the key file has been read; then replaced only by {@link #reload()}. */
	private volatile Keys keys;

	private final CompletableFuture<Keys> loading;

	FieldEncryption(PlatformMode mode, Environment environment) {
		this.demo = mode.isDemo();
		this.keyFile = FieldKeyFile.locate(environment, this.demo);
		this.loading = new CompletableFuture<>();
		Thread loader = new Thread(() -> {
			try {
				this.loading.complete(Keys.of(FieldKeyFile.load(this.keyFile, this.demo)));
			}
			catch (Throwable ex) {
				this.loading.completeExceptionally(ex);
			}
		}, "field-keys");
		loader.setDaemon(true);
		loader.start();
	}

	/**
	 * Waits for the key file, so that a start whose keys cannot be used fails before it
	 * serves.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		keys();
	}

	private Keys keys() {
		Keys current = this.keys;
		if (current == null) {
			try {
				current = this.loading.join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof RuntimeException cause) {
					throw cause;
				}
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				throw ex;
			}
			synchronized (this) {
				if (this.keys == null) {
					this.keys = current;
				}
				current = this.keys;
			}
		}
		return current;
	}

	/**
	 * The ciphertext of a value.
	 * @param column the registered column
	 * @param tenantId the row's tenant
	 * @param rowId the row's ID
	 * @param value the plaintext; null gives null
	 */
	public byte[] encrypt(EncryptedColumn column, UUID tenantId, UUID rowId, String value) {
		if (value == null) {
			return null;
		}
		try {
			return keys().aead.encrypt(value.getBytes(StandardCharsets.UTF_8), associatedData(column, tenantId, rowId));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("a value of " + column.qualifiedName() + " could not be encrypted", ex);
		}
	}

	/**
	 * The plaintext of a ciphertext written by {@link #encrypt} for the same column,
	 * tenant and row.
	 * @param ciphertext null gives null
	 * @throws FieldDecryptionException for a ciphertext of another row, column or tenant,
	 * one changed in the database, or one whose key is no longer in the key file
	 */
	public String decrypt(EncryptedColumn column, UUID tenantId, UUID rowId, byte[] ciphertext) {
		if (ciphertext == null) {
			return null;
		}
		try {
			return new String(keys().aead.decrypt(ciphertext, associatedData(column, tenantId, rowId)),
					StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new FieldDecryptionException(column, rowId, ex);
		}
	}

	/**
	 * The blind index of a value under the primary key, to store with the row.
	 * @param value null gives null
	 */
	public byte[] blindIndex(EncryptedColumn column, UUID tenantId, String value) {
		if (value == null) {
			return null;
		}
		Keys current = keys();
		return index(current.prf.get(current.prfPrimaryId), current.prfPrimaryId, column, tenantId, value);
	}

	/**
	 * The blind indexes of a value under every key of the keyset (the primary first), for
	 * an equality lookup that finds rows whatever key indexed them.
	 */
	public List<byte[]> blindIndexesForLookup(EncryptedColumn column, UUID tenantId, String value) {
		Keys current = keys();
		List<byte[]> indexes = new ArrayList<>();
		indexes.add(blindIndex(column, tenantId, value));
		current.prf.forEach((id, prf) -> {
			if (id != current.prfPrimaryId) {
				indexes.add(index(prf, id, column, tenantId, value));
			}
		});
		return indexes;
	}

	/** The key prefix that ciphertexts of the primary key start with. */
	byte[] primaryCiphertextPrefix() {
		return keys().aeadPrefix.clone();
	}

	/**
	 * The prefix that blind indexes of the primary key start with: an index starting
	 * otherwise was computed with an older key (e.g. for a module that recomputes derived
	 * indexes itself after a rotation).
	 */
	public byte[] primaryBlindIndexPrefix() {
		return ByteBuffer.allocate(4).putInt(keys().prfPrimaryId).array();
	}

	/**
	 * Reads the key file again (after a rotation, {@link FieldKeyTool}); the keys in use
	 * change in one step.
	 */
	void reload() {
		keys();
		this.keys = Keys.of(FieldKeyFile.load(this.keyFile, this.demo));
	}

	private static byte[] index(Prf prf, int keyId, EncryptedColumn column, UUID tenantId, String value) {
		if (column.blindIndexColumn() == null) {
			throw new IllegalArgumentException(column.qualifiedName() + " is registered without a blind index");
		}
		String normalised = column.normalisation().apply(value);
		byte[] input = ("teilhabe.blind-index.v1|" + column.table() + "|" + column.blindIndexColumn() + "|" + tenantId
				+ "|" + normalised)
			.getBytes(StandardCharsets.UTF_8);
		try {
			return ByteBuffer.allocate(4 + INDEX_LENGTH).putInt(keyId).put(prf.compute(input, INDEX_LENGTH)).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("no blind index for " + column.qualifiedName(), ex);
		}
	}

	/**
	 * Table, column, tenant and row, unambiguous: the names are identifiers and the IDs
	 * UUIDs, none of them contains the separator.
	 */
	private static byte[] associatedData(EncryptedColumn column, UUID tenantId, UUID rowId) {
		if (tenantId == null || rowId == null) {
			throw new IllegalArgumentException("a field value is bound to its tenant and row: both are required");
		}
		return ("teilhabe.field.v1|" + column.table() + "|" + column.column() + "|" + tenantId + "|" + rowId)
			.getBytes(StandardCharsets.UTF_8);
	}

	/** The primitives of one version of the key file. */
	private record Keys(Aead aead, byte[] aeadPrefix, Map<Integer, Prf> prf, int prfPrimaryId) {

		static Keys of(FieldKeyset keyset) {
			try {
				PrfSet prfSet = keyset.blindIndex().getPrimitive(RegistryConfiguration.get(), PrfSet.class);
				return new Keys(keyset.aead().getPrimitive(RegistryConfiguration.get(), Aead.class),
						((AeadKey) keyset.aead().getPrimary().getKey()).getOutputPrefix().toByteArray(),
						Map.copyOf(prfSet.getPrfs()), prfSet.getPrimaryId());
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("the field encryption keys cannot be used", ex);
			}
		}

	}

}
