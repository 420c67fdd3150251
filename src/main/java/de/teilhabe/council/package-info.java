/**
 * Beirat für Migration: the council's office (issue 18). Legislative terms (Wahlperioden)
 * with their elections, persons and their memberships in the council and its working
 * groups, meetings with agenda items, papers (Vorlagen, Anträge, Anfragen,
 * Stellungnahmen) with files and consultations, shaped after OParl 1.1 ({@code model},
 * tables {@code council_*}); the public OParl 1.1 read API under {@code /oparl/v1.1/}
 * ({@code oparl}, anonymous, public data only); demo data of the Landkreis
 * ({@code demo}). No public API yet: no other module calls it. See docs/council.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Beirat für Migration")
package de.teilhabe.council;
