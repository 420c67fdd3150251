package de.teilhabe.network.transfer;

import java.util.List;

import de.teilhabe.network.organisation.ContactPerson;
import de.teilhabe.shared.time.ICalendars;

/**
 * Contact persons as vCard 4.0 (RFC 6350): text values escaped (backslash, comma,
 * semicolon, line breaks), lines folded at 75 octets without splitting a character, CRLF
 * line ends. Only persons with a valid consent are written.
 */
final class VCards {

	private VCards() {
	}

	/** The cards of the persons whose consent is valid, one after the other. */
	static String of(List<ContactPerson> contacts, String organisationName) {
		StringBuilder cards = new StringBuilder();
		contacts.stream()
			.filter(ContactPerson::consentValid)
			.forEach((contact) -> card(cards, contact, organisationName));
		return cards.toString();
	}

	private static void card(StringBuilder out, ContactPerson contact, String organisationName) {
		line(out, "BEGIN:VCARD");
		line(out, "VERSION:4.0");
		line(out, "FN:" + escape(contact.name()));
		line(out, "ORG:" + escape(organisationName));
		if (contact.function() != null) {
			line(out, "TITLE:" + escape(contact.function()));
		}
		if (contact.email() != null) {
			line(out, "EMAIL;TYPE=work:" + escape(contact.email()));
		}
		if (contact.phone() != null) {
			line(out, "TEL;TYPE=work;VALUE=text:" + escape(contact.phone()));
		}
		line(out, "END:VCARD");
	}

	/** A text value with the characters RFC 6350 (3.4) reserves escaped. */
	static String escape(String value) {
		return value.replace("\\", "\\\\")
			.replace(",", "\\,")
			.replace(";", "\\;")
			.replace("\r\n", "\n")
			.replace("\r", "\n")
			.replace("\n", "\\n");
	}

	/**
	 * Appends a content line, folded (CRLF and a space) so no line exceeds 75 octets (the
	 * same rule as iCalendar's).
	 */
	static void line(StringBuilder out, String line) {
		ICalendars.appendFolded(out, line);
	}

}
