/**
 * The committees the office sits on or takes part in (kind {@code NETWORK} of
 * {@code council_committee}: Arbeitskreise, Netzwerktreffen, Fachausschüsse of the
 * Kreistag, with the office's role there), their memberships (organisations of the
 * network, persons by name) and meetings (place as text): the store behind
 * {@link de.teilhabe.council.Committees} and the privacy hooks of members named as
 * persons. The office's bookkeeping, not bodies of the Beirat: never in OParl nor on the
 * council's pages. The pages stay at {@code /network/committees/**} (the network calls
 * the facade).
 */
package de.teilhabe.council.committee;
