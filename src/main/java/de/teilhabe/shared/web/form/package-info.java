/**
 * The one way to write an office form (and the same body of the write API): a record with
 * Jakarta Bean Validation constraints whose messages come from the message bundles, bound
 * by Spring's data binding ({@link de.teilhabe.shared.web.form.FormBinder}); repeated
 * parts are indexed rows ({@code partners[0].name}). Pages show the errors with the
 * fragments of {@code templates/shared/form.html}. See docs/architecture.md, section
 * Forms and lists.
 */
package de.teilhabe.shared.web.form;
