package de.teilhabe.shared.privacy;

/**
 * One named part of a data-subject export (DSGVO Art. 15), e.g. the consents or the
 * counselling cases of a person.
 *
 * @param name a stable, human-readable section name, e.g. {@code consents}
 * @param data the data: records, maps, lists and plain values that serialise to JSON
 */
public record DataSubjectSection(String name, Object data) {
}
