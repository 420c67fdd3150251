package de.teilhabe.privacy.subject;

import java.util.List;

import de.teilhabe.shared.privacy.DataSubjectEraser.LegalHold;

/**
 * An erasure was refused: a module named a legal hold on the subject's data (e.g. a
 * counselling case still open). Nothing was erased.
 */
class ErasureHeldException extends RuntimeException {

	private final transient List<LegalHold> holds;

	ErasureHeldException(List<LegalHold> holds) {
		super("erasure held: " + holds.size() + " hold(s)");
		this.holds = List.copyOf(holds);
	}

	List<LegalHold> holds() {
		return this.holds;
	}

}
