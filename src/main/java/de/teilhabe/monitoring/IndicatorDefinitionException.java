package de.teilhabe.monitoring;

/**
 * An invalid indicator definition: names the field (e.g.
 * {@code computation.first.numerator.series}) and says why.
 */
public class IndicatorDefinitionException extends RuntimeException {

	private final String field;

	private final boolean conflict;

	public IndicatorDefinitionException(String field, String message) {
		this(field, message, false);
	}

	/**
	 * @param conflict true when the definition is well-formed but cannot be accepted
	 * (code taken, series unknown): 422 rather than 400
	 */
	public IndicatorDefinitionException(String field, String message, boolean conflict) {
		super(message);
		this.field = field;
		this.conflict = conflict;
	}

	public String field() {
		return this.field;
	}

	public boolean conflict() {
		return this.conflict;
	}

}
