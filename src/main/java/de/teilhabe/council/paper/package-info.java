/**
 * The office's papers ({@code /council/papers}, COUNCIL_OFFICE only): the list with its
 * filters, one paper with its consultations and files, the forms of papers and
 * consultations, and PDF uploads checked by their content ({@link PdfCheck}) and stored
 * in {@code council_file}. See docs/council-members.md.
 */
package de.teilhabe.council.paper;
