package de.teilhabe.shared.privacy;

import java.util.Set;

/**
 * The subject types a privacy hook knows: shared by the hooks so that one class can
 * implement several of them for its subject types.
 */
public interface DataSubjectTypes {

	/** The subject types this hook knows. */
	Set<String> subjectTypes();

	/** Whether this hook may hold data on subjects of the given type. */
	default boolean supports(String subjectType) {
		return subjectTypes().contains(subjectType);
	}

}
