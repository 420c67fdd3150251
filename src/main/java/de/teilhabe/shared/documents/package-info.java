/**
 * Documents as PDF for every module: {@link de.teilhabe.shared.documents.Documents}
 * renders a Thymeleaf template (or XHTML) into a tagged PDF/UA-1 file with embedded fonts
 * (Latin, Cyrillic, Arabic and Ethiopic script), the document's language and title, a
 * running header with the tenant's name and logo
 * ({@link de.teilhabe.shared.documents.Letterhead}) and page numbers.
 */
package de.teilhabe.shared.documents;
