/**
 * The privacy hooks every module implements (the privacy module runs them; it cannot be a
 * dependency of the modules below it): {@link de.teilhabe.shared.privacy.RetentionRule},
 * {@link de.teilhabe.shared.privacy.DataSubjectExporter},
 * {@link de.teilhabe.shared.privacy.DataSubjectEraser},
 * {@link de.teilhabe.shared.privacy.DataSubjectFinder} and
 * {@link de.teilhabe.shared.privacy.ConsentOwner} (the subject types of each: a
 * {@link de.teilhabe.shared.privacy.DataSubjectTypes}).
 */
package de.teilhabe.shared.privacy;
