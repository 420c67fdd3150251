package de.teilhabe.monitoring;

/**
 * An invalid indicator definition: names the field (e.g.
 * {@code computation.first.numerator.series}) and says why.
 */
public class IndicatorDefinitionException extends RuntimeException {

	private final String field;

	private final boolean conflict;

	private final String value;

	public IndicatorDefinitionException(String field, String message) {
		this(field, message, false);
	}

	/**
	 * @param conflict true when the definition is well-formed but cannot be accepted
	 * (code taken, series unknown): 422 rather than 400
	 */
	public IndicatorDefinitionException(String field, String message, boolean conflict) {
		this(field, message, conflict, null);
	}

	/**
	 * @param value what the field named that cannot be accepted (a series code, a
	 * dimension), shown to the reader with the message
	 */
	public IndicatorDefinitionException(String field, String message, boolean conflict, String value) {
		super(message);
		this.field = field;
		this.conflict = conflict;
		this.value = value;
	}

	public String field() {
		return this.field;
	}

	public boolean conflict() {
		return this.conflict;
	}

	/** What the field named that cannot be accepted, or „“. */
	public String value() {
		return (this.value != null) ? this.value : "";
	}

}
