package de.teilhabe.guides.importing;

import java.util.List;
import java.util.Locale;

import de.teilhabe.shared.table.UploadedTable;

/**
 * The columns of a guide list, each with the field of the guide form it fills and the
 * headers that name it: the German header of the template, its English header, and a few
 * other spellings. Headers are compared {@link UploadedTable#normalise normalised} (case,
 * umlauts, spaces and punctuation ignored).
 */
public enum GuideImportColumn {

	NAME("name", "Name", "Name", "vollername", "fullname"),
	EMAIL("email", "E-Mail", "E-mail", "mail", "emailadresse", "emailaddress"),
	PHONE("phone", "Telefon", "Phone", "telefonnummer", "tel", "telephone", "phonenumber"),
	HOME_REGION("homeRegion", "Wohnort", "Place of residence", "wohnortgemeinde", "residence", "home",
			"homemunicipality"),
	GEMEINDEN("gemeinden", "Gemeinden", "Municipalities", "gemeinde", "einsatzgebiet", "einsatzgemeinden",
			"municipality", "areas"),
	LANGUAGES("languages", "Sprachen", "Languages", "sprache", "language"),
	TOPICS("topics", "Themen", "Topics", "thema", "topic"), MOBILITY("mobility", "Mobilität", "Mobility", "unterwegs"),
	STATE("state", "Status", "Status", "stand", "state"),
	CERTIFICATE_INSPECTED_ON("certificateInspectedOn", "Führungszeugnis eingesehen am",
			"Police certificate inspected on", "fuehrungszeugnis", "certificateinspectedon", "policecertificate"),
	CERTIFICATE_NO_RELEVANT_ENTRY("certificateNoRelevantEntry", "ohne Eintrag", "No relevant entry",
			"ohnerelevanteneintrag", "keinrelevantereintrag", "noentry", "norelevantentry"),
	ASSIGNMENTS_PER_WEEK("assignmentsPerWeek", "Einsätze pro Woche", "Assignments per week", "begleitungenprowoche",
			"einsaetze", "perweek");

	private final String formField;

	private final String german;

	private final String english;

	private final List<String> spellings;

	GuideImportColumn(String formField, String german, String english, String... spellings) {
		this.formField = formField;
		this.german = german;
		this.english = english;
		this.spellings = List.of(spellings);
	}

	/** The field of the guide form it fills. */
	public String formField() {
		return this.formField;
	}

	/** Its header in the template: German, or English for an English reader. */
	public String header(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.english : this.german;
	}

	/** The column a header names, or null. */
	static GuideImportColumn of(String header) {
		String normalised = UploadedTable.normalise(header);
		for (GuideImportColumn column : values()) {
			if (UploadedTable.normalise(column.german).equals(normalised)
					|| UploadedTable.normalise(column.english).equals(normalised)
					|| column.spellings.contains(normalised)) {
				return column;
			}
		}
		return null;
	}

	/**
	 * The column of a form field ({@code languages[1].level} is the column languages).
	 */
	static GuideImportColumn ofFormField(String field) {
		int end = field.length();
		for (char stop : new char[] { '[', '.' }) {
			int at = field.indexOf(stop);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		String root = field.substring(0, end);
		for (GuideImportColumn column : values()) {
			if (column.formField.equals(root)) {
				return column;
			}
		}
		return null;
	}

}
