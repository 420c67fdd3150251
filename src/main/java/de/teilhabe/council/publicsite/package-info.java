/**
 * The council's public pages under {@code /p/{slug}/{language}/beirat} (anonymous,
 * read-only, only the public parts): the Beirat with its members and working groups, its
 * meetings by year, one meeting with its public agenda (results and minutes once
 * published), one public paper with its files and consultations, downloads of public
 * files, the iCalendar feed of meetings and the next meetings on the tenant's public
 * start page. Served through the public pages' cache ({@code region.PublicPages}). See
 * docs/council-public.md.
 */
package de.teilhabe.council.publicsite;
