package de.teilhabe.network.form;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import de.teilhabe.region.Language;
import de.teilhabe.region.Languages;
import de.teilhabe.shared.web.form.FormBinder;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The languages of the network's records: stored as ISO 639 codes of the region module's
 * reference list, chosen and read by name. Templates use it as {@code @networkLanguages}.
 */
@Component("networkLanguages")
public class NetworkLanguages {

	/**
	 * The code in lower case if the reference list has it, else null (for form checks).
	 */
	public static String parse(String code) {
		return Languages.find(code).map(Language::code).orElse(null);
	}

	/** The choices of a language picker, by name in the user's language. */
	public List<Language> choices() {
		return Languages.sortedByName(LocaleContextHolder.getLocale());
	}

	/**
	 * The choices plus any chosen code outside the list (stored before it existed), so
	 * that saving a form never drops a language silently: the check names it instead.
	 */
	public List<Language> choices(Collection<String> chosen) {
		List<Language> choices = new ArrayList<>(choices());
		if (chosen != null) {
			Locale locale = LocaleContextHolder.getLocale();
			chosen.stream()
				.filter((code) -> parse(code) == null)
				.map((code) -> new Language(code, Languages.displayName(code, locale),
						Languages.displayName(code, locale), code, Language.Direction.LTR))
				.forEach(choices::add);
		}
		return choices;
	}

	/** The names of the codes, e.g. Arabisch – العربية, Deutsch; a dash for none. */
	public String names(Collection<String> codes) {
		return (codes == null || codes.isEmpty()) ? "–"
				: Languages.displayNames(codes, LocaleContextHolder.getLocale());
	}

	/** The names of a stored form value (codes separated by commas). */
	public String namesOf(String value) {
		return names(FormBinder.split(value));
	}

}
