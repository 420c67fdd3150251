package de.teilhabe.monitoring;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.shared.security.Actor;

/**
 * The indicators of the Integrationsmonitoring: the catalogue a tenant sees (the shipped
 * Integrationsmonitoring Niedersachsen set, read-only, and the tenant's own indicators)
 * and their values per region and period, computed from the imported statistics and
 * stored (recomputed automatically after every import and rollback, see
 * {@link IndicatorsChanged}). Every method takes the tenant whose view is asked for; a
 * tenant never sees another tenant's own indicators or values. See docs/indicators.md.
 */
public interface Indicators {

	/**
	 * The catalogue visible to the tenant: shipped indicators and the tenant's own,
	 * ordered by theme code and indicator code.
	 */
	List<IndicatorDefinition> catalogue(UUID tenantId);

	/**
	 * The catalogue visible to the tenant grouped by theme (themes in code order, shipped
	 * themes first; own indicators carry the theme their author chose).
	 */
	Map<IndicatorTheme, List<IndicatorDefinition>> catalogueByTheme(UUID tenantId);

	/** One indicator visible to the tenant by its code (the tenant's own first). */
	Optional<IndicatorDefinition> find(UUID tenantId, String code);

	/**
	 * The values of an indicator for one region, one per period, oldest first, for the
	 * default variant (the definition's {@code defaultDimensions}) unless dimensions are
	 * given; given dimensions replace the default's values of the same names.
	 * @param from first period (inclusive), or null
	 * @param to last period (inclusive), or null
	 * @throws de.teilhabe.shared.web.NotFoundException unknown code
	 * @throws de.teilhabe.shared.web.BadRequestException malformed region key or unknown
	 * dimension
	 */
	List<IndicatorValue> values(UUID tenantId, String code, String regionKey, String from, String to,
			Map<String, String> dimensions);

	/**
	 * The values of an indicator for several regions at once (one query: a report reads a
	 * Kreis with all its Gemeinden), every period, ordered by region and period, for the
	 * default variant unless dimensions are given (as for {@link #values}). Keys that
	 * have no values (or are unknown) are simply absent from the answer.
	 * @throws de.teilhabe.shared.web.NotFoundException unknown code
	 * @throws de.teilhabe.shared.web.BadRequestException unknown dimension
	 */
	List<IndicatorValue> values(UUID tenantId, String code, Collection<String> regionKeys,
			Map<String, String> dimensions);

	/**
	 * When the statistics series the indicators read were last imported or published (the
	 * newest of them, the tenant's own series before a shared one of the same code), or
	 * empty when they have none.
	 */
	Optional<Instant> dataAsOf(UUID tenantId, Collection<String> codes);

	/** The periods for which the indicator has values (any region), oldest first. */
	List<String> periods(UUID tenantId, String code);

	/**
	 * The variants of an indicator: per dimension the values that occur (empty for an
	 * indicator without dimensions).
	 */
	Map<String, List<String>> dimensions(UUID tenantId, String code);

	/**
	 * A ranking: the values of an indicator for one period for the regions one level
	 * below {@code parentKey}: all Kreise of a Land ({@code 03}) or of a statistical
	 * region ({@code 031}), the Gemeinden of a Kreis ({@code 03459}) and the tenant's own
	 * statistical areas in it ({@code 03404-01}), or the statistical areas of a Gemeinde.
	 * Only regions with a stored entry appear (a missing or secret value appears with
	 * value null); ordered by value, best first (per the polarity; neutral: descending),
	 * null values last.
	 * @throws de.teilhabe.shared.web.NotFoundException unknown code
	 * @throws de.teilhabe.shared.web.BadRequestException malformed region key
	 */
	List<IndicatorValue> ranking(UUID tenantId, String code, String period, String parentKey,
			Map<String, String> dimensions);

	/**
	 * Defines an own indicator of the actor's tenant (STRATEGY, ADMIN) and computes its
	 * values at once; publishes {@link IndicatorsChanged}.
	 * @throws IndicatorDefinitionException naming the field when the definition is
	 * invalid
	 */
	IndicatorDefinition define(Actor actor, NewIndicator indicator);

	/**
	 * Changes an own indicator of the actor's tenant (STRATEGY, ADMIN): the definition as
	 * for {@link #define}, under the same code (the indicator's code cannot change), and
	 * its values recomputed in the same transaction; publishes {@link IndicatorsChanged}.
	 * @throws de.teilhabe.shared.web.NotFoundException no indicator of that code for the
	 * tenant (another tenant's own included)
	 * @throws org.springframework.web.server.ResponseStatusException 409 for a shipped
	 * indicator (the shipped catalogue is read-only)
	 * @throws IndicatorDefinitionException naming the field when the definition is
	 * invalid or names another code
	 */
	IndicatorDefinition update(Actor actor, String code, NewIndicator indicator);

	/**
	 * Deletes an own indicator of the actor's tenant (STRATEGY, ADMIN) with its values;
	 * publishes {@link IndicatorsChanged}.
	 * @throws de.teilhabe.shared.web.NotFoundException no indicator of that code for the
	 * tenant
	 * @throws org.springframework.web.server.ResponseStatusException 409 for a shipped
	 * indicator
	 */
	void delete(Actor actor, String code);

	/**
	 * Computes the values an indicator would have, without storing anything (the live
	 * preview of the definition and the edit form): for one region, default variant.
	 * Whether the code is still free is not checked (the edit form previews under the
	 * indicator's own code; creating checks it).
	 * @throws IndicatorDefinitionException naming the field when the definition is
	 * invalid
	 */
	List<IndicatorValue> preview(UUID tenantId, NewIndicator indicator, String regionKey);

}
