package de.teilhabe.shared.crypto;

import java.util.UUID;

/**
 * A stored value could not be decrypted: it was copied from another row, column or
 * tenant, changed in the database, or its key is no longer in the key file.
 */
public class FieldDecryptionException extends RuntimeException {

	FieldDecryptionException(EncryptedColumn column, UUID rowId, Throwable cause) {
		super("The value of " + column.qualifiedName() + " in row " + rowId + " cannot be decrypted", cause);
	}

}
