/**
 * Beirat für Migration: the council's office (issue 18). Legislative terms (Wahlperioden)
 * with their elections, persons and their memberships in the council and its working
 * groups, meetings with agenda items, papers (Vorlagen, Anträge, Anfragen,
 * Stellungnahmen) with files and consultations, shaped after OParl 1.1 ({@code model},
 * tables {@code council_*}); the public OParl 1.1 read API under {@code /oparl/v1.1/}
 * ({@code oparl}, anonymous, public data only); demo data of the Landkreis
 * ({@code demo}). The committees the office only sits on (kind {@code NETWORK}) live here
 * too ({@code committee}): the network's pages and staff API keep them through
 * {@link de.teilhabe.council.Committees} and name their member organisations through
 * {@link de.teilhabe.council.CommitteeOrganisations}; they are never in OParl. See
 * docs/council.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Beirat für Migration")
package de.teilhabe.council;
