/**
 * DSGVO base: consent records, the retention framework, and the hooks for data-subject
 * export (Art. 15) and erasure (Art. 17) that modules implement. Public API:
 * {@link de.teilhabe.privacy.Consents}, {@link de.teilhabe.privacy.RetentionRule},
 * {@link de.teilhabe.privacy.DataSubjectRights}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package de.teilhabe.privacy;
