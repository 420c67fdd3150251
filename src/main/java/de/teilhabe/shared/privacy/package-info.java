/**
 * The privacy hooks every module implements (the privacy module runs them; it cannot be a
 * dependency of the modules below it): {@link de.teilhabe.shared.privacy.RetentionRule},
 * {@link de.teilhabe.shared.privacy.DataSubjectExporter},
 * {@link de.teilhabe.shared.privacy.DataSubjectEraser} and
 * {@link de.teilhabe.shared.privacy.DataSubjectFinder}.
 */
package de.teilhabe.shared.privacy;
