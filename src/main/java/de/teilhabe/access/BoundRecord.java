package de.teilhabe.access;

import java.util.UUID;

import de.teilhabe.shared.security.BindableRecords.Kind;

/**
 * A record of another module a user account is bound to: the organisation a PARTNER acts
 * for, the guide profile of a GUIDE.
 *
 * @param kind which binding
 * @param id the record's id in the module that owns it
 */
public record BoundRecord(Kind kind, UUID id) {
}
