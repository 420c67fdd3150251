/**
 * The office's forms of the council's people ({@code /council/terms},
 * {@code /council/persons}, {@code /council/memberships},
 * {@code /council/working-groups}; COUNCIL_OFFICE only): legislative terms with their
 * elections and results, persons, memberships with the Nachrücker in one step, and
 * working groups. Every change is audited and sets {@code modified_at} (OParl clients
 * synchronise by it); deleting sets the tombstone flag. See docs/council-members.md.
 */
package de.teilhabe.council.member;
