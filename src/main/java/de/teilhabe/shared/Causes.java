package de.teilhabe.shared;

import java.util.function.Predicate;

/** Looks through an exception's chain of causes. */
public final class Causes {

	private Causes() {
	}

	/** Whether the exception or one of its causes is of the kind. */
	public static boolean anyMatches(Throwable ex, Predicate<Throwable> kind) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (kind.test(cause)) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
