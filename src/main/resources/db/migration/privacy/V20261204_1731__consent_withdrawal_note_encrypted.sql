-- The note on a consent withdrawal may tell why a person withdrew (an illness, a move): it is encrypted
-- (shared.crypto, AES-256-GCM bound to table, column, tenant and row). Notes written before stay in withdrawal_note
-- until the re-encryption job encrypts them into withdrawal_note_sealed and clears the plaintext.
ALTER TABLE consent_record ADD COLUMN withdrawal_note_sealed BYTEA;
