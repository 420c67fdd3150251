/**
 * The office's pages ({@code /council/…}, COUNCIL_OFFICE only): the council with its
 * terms and members, the meetings, a meeting with its whole agenda (the non-public part
 * included, marked as such), and the next meeting on the start page. Read-only so far.
 */
package de.teilhabe.council.office;
