/**
 * The German administrative hierarchy (Land, Regierungsbezirk, Kreis, Gemeindeverband,
 * Gemeinde) keyed by AGS/ARS, and the tenants: the Träger of an integration office.
 * Public API: {@link de.teilhabe.region.Regions}, {@link de.teilhabe.region.Tenants},
 * {@link de.teilhabe.region.Languages} (the reference list of languages, picked by name),
 * {@link de.teilhabe.region.PublicPages} (the set-up of every public page),
 * {@link de.teilhabe.region.DemoLandkreisTask} (the base of the demo tasks of the demo
 * Landkreis).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regions and tenants")
package de.teilhabe.region;
