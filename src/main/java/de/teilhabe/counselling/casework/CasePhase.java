package de.teilhabe.counselling.casework;

import java.util.Optional;

/**
 * The phases of a case management (Fallmanagement), in their order: intake, assessment,
 * plan (the Förderplan with its goals), follow-up, closure.
 */
public enum CasePhase {

	/** Erstgespräch: the request and whether case management fits. */
	INTAKE,
	/** Assessment of the situation, resources and needs. */
	ASSESSMENT,
	/** The Förderplan: goals agreed with the client. */
	PLAN,
	/** Follow-up of the goals (Umsetzung und Monitoring). */
	FOLLOW_UP,
	/** Closure: the goals reviewed, the case ready to be closed. */
	CLOSURE;

	/** The phase after this one, none after the closure. */
	public Optional<CasePhase> next() {
		return (ordinal() + 1 < values().length) ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
	}

	/** The phase before this one, none before the intake. */
	public Optional<CasePhase> previous() {
		return (ordinal() > 0) ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
	}

}
