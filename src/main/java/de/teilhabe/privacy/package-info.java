/**
 * DSGVO base: consent records, the retention framework, and the data-subject export (Art.
 * 15) and erasure (Art. 17) that run the hooks modules implement
 * ({@link de.teilhabe.shared.privacy.RetentionRule},
 * {@link de.teilhabe.shared.privacy.DataSubjectExporter},
 * {@link de.teilhabe.shared.privacy.DataSubjectEraser}). Public API:
 * {@link de.teilhabe.privacy.Consents}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package de.teilhabe.privacy;
