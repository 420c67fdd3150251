/**
 * Integrationskonzept, Integrationsdialog, Integrationskonferenz and
 * Integrationscontrolling: versions of the tenant's integration concept with their
 * Leitlinien and Handlungsfelder ({@code concept}), the dialog's workshops with live
 * capture of statements and the priorities heatmap ({@code dialog}), SMART goals with
 * their controlling status computed from monitoring's indicators ({@code goal}), and the
 * measures planned at the Integrationskonferenz ({@code measure}). Reads indicators
 * through {@link de.teilhabe.monitoring.Indicators} and hears
 * {@link de.teilhabe.monitoring.IndicatorsChanged}; reads organisations through
 * {@link de.teilhabe.network.Organisations}. See docs/strategy.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integrationskonzept und -controlling")
package de.teilhabe.strategy;
