package de.teilhabe.shared.privacy;

import java.util.Optional;
import java.util.Set;

/**
 * Implemented by every module that holds personal data: exports what it holds about a
 * person (DSGVO Art. 15). Declare it as a Spring bean; the privacy module runs all of
 * them for an export request and audits it. Filter on {@link DataSubject#tenantId()}:
 * another tenant's subject must yield nothing.
 */
public interface DataSubjectExporter extends DataSubjectTypes {

	/**
	 * The subject types this exporter knows (offered as a choice on the privacy page).
	 */
	@Override
	Set<String> subjectTypes();

	/**
	 * What this module holds about the subject.
	 * @return a section, or empty if it holds nothing about this subject of this tenant
	 */
	Optional<DataSubjectSection> export(DataSubject subject);

}
