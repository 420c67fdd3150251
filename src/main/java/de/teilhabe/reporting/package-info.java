/**
 * Berichtswesen: the tenant's report "Migration und Integration" generated from the
 * shipped and imported data instead of written by hand. Report definitions with their
 * chapters ({@code definition}), background runs with progress, cancel and kept versions
 * ({@code run}), and the rendering of a definition into HTML and PDF/UA ({@code render}).
 * Reads {@link de.teilhabe.monitoring.Indicators}, the regions and the strategy module's
 * goals and measures through their public APIs; renders with the shared document, chart
 * and table services. See docs/reporting.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Berichtswesen")
package de.teilhabe.reporting;
