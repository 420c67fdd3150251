/**
 * The office runs its meetings ({@code /council/meetings/…}, COUNCIL_OFFICE only): plans
 * a meeting (committee, time in Europe/Berlin, place), sets its agenda (items in order,
 * public or not, numbered {@code Ö 1…}/{@code N 1…}, a paper linked by a consultation),
 * sends the invitation with the agenda as PDF by e-mail within the standing orders'
 * invitation period, records attendance and the minutes per item, and publishes the
 * minutes (then OParl shows results, resolution texts and the minutes file). See
 * docs/council-meetings.md.
 */
package de.teilhabe.council.meeting;
