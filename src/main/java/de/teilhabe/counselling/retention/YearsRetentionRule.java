package de.teilhabe.counselling.retention;

import java.time.Instant;
import java.util.UUID;

import de.teilhabe.shared.privacy.RetentionRule;

/**
 * A retention rule of the Beratungsstelle with its period of
 * {@code teilhabe.counselling.retention.years} years ({@link RetentionSettings}): the
 * name, the texts {@code <texts>.description} and {@code <texts>.period} (with the years
 * as argument) and the tenant's records only (the nightly job's pass without a tenant
 * touches nothing: every record of the Beratungsstelle belongs to a tenant).
 */
public abstract class YearsRetentionRule implements RetentionRule {

	private final String name;

	private final String texts;

	private final RetentionSettings settings;

	/**
	 * @param name the rule's name
	 * @param texts the prefix of its message keys ({@code .description}, {@code .period})
	 * @param settings the period in years
	 */
	protected YearsRetentionRule(String name, String texts, RetentionSettings settings) {
		this.name = name;
		this.texts = texts;
		this.settings = settings;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public String description() {
		return this.texts + ".description";
	}

	@Override
	public String period() {
		return this.texts + ".period";
	}

	@Override
	public Object[] periodArguments() {
		return new Object[] { years() };
	}

	@Override
	public int apply(UUID tenantId, Instant now) {
		return (tenantId != null) ? applyTo(tenantId, now) : 0;
	}

	/** The period in years. */
	protected int years() {
		return this.settings.years();
	}

	/**
	 * Applies the rule to one tenant's records.
	 * @return how many records were deleted or anonymised
	 */
	protected abstract int applyTo(UUID tenantId, Instant now);

}
