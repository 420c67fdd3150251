/**
 * Field encryption for single columns of personal or special-category data: AEAD
 * (AES-256-GCM, Google Tink) whose associated data binds a ciphertext to its table,
 * column, tenant and row, keyed blind indexes (HMAC-SHA256) for equality lookups, and key
 * rotation with a job that re-encrypts every registered column.
 * <p>
 * The API: {@link de.teilhabe.shared.crypto.FieldEncryption} (encrypt, decrypt, blind
 * indexes), {@link de.teilhabe.shared.crypto.EncryptedColumn} (a module registers each of
 * its encrypted columns as a bean of this type),
 * {@link de.teilhabe.shared.crypto.BlindIndexNormalisation} and
 * {@link de.teilhabe.shared.crypto.FieldKeyTool} (the operator's command to generate and
 * rotate the key file). See docs/architecture.md, Field encryption.
 */
package de.teilhabe.shared.crypto;
