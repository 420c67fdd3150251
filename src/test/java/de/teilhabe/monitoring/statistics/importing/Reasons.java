package de.teilhabe.monitoring.statistics.importing;

import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Puts rejection reasons into English words with the platform's own message bundle, so
 * that parser tests assert the text a user reads.
 */
final class Reasons {

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasename("i18n/monitoring");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	private Reasons() {
	}

	static String english(Reason reason) {
		return english(RejectedRow.of(0, null, reason)).reason();
	}

	static RejectedRow english(RejectedRow row) {
		return row.inLanguage(MESSAGES, Locale.ENGLISH);
	}

	static String german(Reason reason) {
		return RejectedRow.of(0, null, reason).inLanguage(MESSAGES, Locale.GERMAN).reason();
	}

	/** A rejection as a test expects it: where, and why in English words. */
	record Rejection(long line, String column, String reason) {

		static Rejection of(RejectedRow row) {
			RejectedRow english = english(row);
			return new Rejection(english.line(), english.column(), english.reason());
		}

	}

}
