package de.teilhabe.network.transfer;

import java.util.List;

import de.teilhabe.shared.table.UploadedTable;

/**
 * The organisation fields a column of an imported list can be mapped to, with the header
 * names that are guessed to mean them (besides the field's label in German and English).
 */
public enum ImportField {

	NAME("name", "organisation", "organisationsname", "einrichtung", "traeger", "verein", "bezeichnung"),
	KIND("kind", "art", "typ", "type", "organisationsart", "kategorie"),
	STREET("street", "strasse", "adresse", "anschrift", "address", "hausnummer"),
	POSTCODE("postcode", "plz", "postleitzahl", "zip", "postalcode"), CITY("city", "ort", "stadt", "town", "wohnort"),
	REGIONS("regions", "gemeinde", "gemeinden", "ags", "gemeindeschluessel", "municipality", "municipalities"),
	WEBSITE("website", "homepage", "internet", "url", "webseite", "internetseite"),
	EMAIL("email", "mail", "emailadresse"), PHONE("phone", "telefon", "tel", "telefonnummer", "telephone"),
	LANGUAGES("languages", "sprachen", "sprache", "language"),
	TARGET_GROUPS("targetGroups", "zielgruppen", "zielgruppe", "targetgroup"),
	FIELDS_OF_WORK("fieldsOfWork", "arbeitsfelder", "arbeitsfeld", "themen", "handlungsfelder"),
	TAGS("tags", "schlagworte", "stichworte", "schlagwort", "tag");

	private final String formField;

	private final List<String> synonyms;

	ImportField(String formField, String... synonyms) {
		this.formField = formField;
		this.synonyms = List.of(synonyms);
	}

	/** The field of the organisation form it fills. */
	public String formField() {
		return this.formField;
	}

	boolean meant(String normalisedHeader) {
		return this.synonyms.contains(normalisedHeader) || normalise(this.formField).equals(normalisedHeader);
	}

	/** The field of a form field name, or null. */
	static ImportField ofFormField(String formField) {
		for (ImportField field : values()) {
			if (field.formField.equals(formField)) {
				return field;
			}
		}
		return null;
	}

	/** Lower case, umlauts folded, everything but letters and digits removed. */
	static String normalise(String text) {
		return UploadedTable.normalise(text);
	}

}
