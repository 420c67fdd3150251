/**
 * Integrationsmonitoring: official statistics imported from the published file formats
 * (Open SDG, GENESIS flat file and classic table, BA export) as series of observations
 * ({@code statistics.importing} parsers, {@code statistics.imports} storage, API, pages
 * and rollback, {@code statistics.series} series browser, {@code statistics.areas} region
 * keys and a tenant's statistical areas, {@code statistics.reference} the shipped
 * Integrationsmonitoring Niedersachsen), and, later, the indicators computed from them.
 * See docs/statistics-import.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integrationsmonitoring")
package de.teilhabe.monitoring;
