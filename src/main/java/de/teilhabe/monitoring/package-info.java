/**
 * Integrationsmonitoring: official statistics imported from the published file formats
 * (Open SDG, GENESIS flat file and classic table, BA export) as series of observations,
 * and, later, the indicators computed from them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integrationsmonitoring")
package de.teilhabe.monitoring;
