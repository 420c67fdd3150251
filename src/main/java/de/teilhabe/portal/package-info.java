/**
 * The public multilingual portal (Wegweiser, issue 19): a page tree per tenant with a
 * version of each page per language and the translation status of each ({@code page});
 * its public rendering under {@code /p/{slug}/{language}/…}, its topics on the tenant's
 * public start page and the public JSON API
 * {@code /api/v1/public/{slug}/{language}/pages} ({@code publicsite}); the office's
 * editing with the translation queue ({@code office}); demo pages of the Landkreis
 * ({@code demo}). No public API yet: no other module calls it. See docs/portal.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Wegweiser (Portal)")
package de.teilhabe.portal;
