package de.teilhabe.monitoring;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A {@link Publication} that cannot be stored; nothing of it was. A mistake of the
 * publishing module's code, not of a user: its message names every wrong field.
 */
public class InvalidPublicationException extends IllegalArgumentException {

	private final List<Problem> problems;

	public InvalidPublicationException(List<Problem> problems) {
		super("Invalid publication: "
				+ problems.stream().map((p) -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	/** Every problem, by field (e.g. {@code code}, {@code cells[3].regionKey}). */
	public List<Problem> problems() {
		return this.problems;
	}

	/** A wrong field and what is wrong with it. */
	public record Problem(String field, String message) {

	}

}
