/**
 * Beratungsstelle für Zugewanderte: clients of the counselling service (issue 16), with
 * privacy by design. Names, contact data, special-category fields and notes are encrypted
 * per field ({@link de.teilhabe.shared.crypto.FieldEncryption}); a name is found through
 * keyed hashes of phonetic keys that tolerate transliteration ({@code client}); the
 * responsible counsellor and named deputies read and edit, another counsellor of the team
 * only through a break-glass access with a reason that the data protection officer
 * reviews ({@code access}); every read is recorded in the
 * {@link de.teilhabe.access.AuditLog}. Demo data in {@code demo}. No public API yet: the
 * module publishes nothing and other modules do not call it. See docs/counselling.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Beratungsstelle für Zugewanderte")
package de.teilhabe.counselling;
