package de.teilhabe.counselling.client;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The phonetic key of a name part written in Latin script, made for names from Arabic,
 * Persian, Kurdish, Turkish, Tigrinya and Slavic languages that reach the office in many
 * transliterations (Mohammed, Muhammad, Mohamad; Yusuf, Youssef, Jusuf; Hussein, Husain,
 * Hossein; Schewtschenko, Shevchenko). Soundex and Kölner Phonetik are tuned to English
 * and German spellings of English and German names and merge too much (Soundex keeps only
 * four characters); this key follows the ways the same sound is transliterated:
 * <ol>
 * <li>lower case, diacritics removed (Çelik = Celik, Aydın = Aydin), ß = ss, letters
 * only;</li>
 * <li>spellings of one sound made one: dsch, dj, dzh, zh = j; tsch, tch = ch; sch, sh =
 * s; ch, kh = h (Chaled, Khaled, Haled); ph = f; gh = g; th = t; dh = d; ck, q, c = k; w
 * = v; x = ks; z = s; j and y = i (Yusuf, Jusuf);</li>
 * <li>the first letter kept (a first vowel as {@code a}: Omar = Umar, Ibrahim = Ebrahim),
 * every later vowel dropped (the short vowels Arabic and Persian do not write are the
 * main source of variants), an {@code h} at the end dropped (Fatimah = Fatima);</li>
 * <li>doubled letters made one (Mohammed = Mohamed, Hassan = Hasan).</li>
 * </ol>
 * Mohammed, Muhammad, Mohamad and Mohamed all give {@code mhmd}; Yusuf, Youssef and Jusuf
 * {@code asf}; Hussein, Husain and Hossein {@code hsn}. The key is never stored: the
 * client store keeps only its keyed hash (HMAC with the blind-index key). It merges more
 * than the names it was made for (Hassan and Husain both give {@code hsn}, Mahmoud and
 * Mohammed {@code mhmd}), so a search ranks the candidates by their decrypted names
 * afterwards.
 */
public final class TransliterationKey {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");

	private static final Pattern PARTS = Pattern.compile("[\\s\\-‐‑'’`ʼʻ.,]+");

	private static final String[][] SPELLINGS = { { "dsch", "j" }, { "tsch", "ch" }, { "tch", "ch" }, { "dzh", "j" },
			{ "dj", "j" }, { "zh", "j" }, { "sch", "s" }, { "sh", "s" }, { "kh", "h" }, { "ch", "h" }, { "ph", "f" },
			{ "gh", "g" }, { "th", "t" }, { "dh", "d" }, { "ck", "k" }, { "q", "k" }, { "c", "k" }, { "w", "v" },
			{ "x", "ks" }, { "z", "s" }, { "j", "i" }, { "y", "i" } };

	private TransliterationKey() {
	}

	/**
	 * The parts of a name (split at spaces, hyphens and apostrophes: Al-Hassan gives al
	 * and hassan), each in plain lower-case letters without diacritics; empty parts left
	 * out.
	 */
	public static List<String> parts(String name) {
		List<String> parts = new ArrayList<>();
		if (name == null) {
			return parts;
		}
		for (String part : PARTS.split(name.strip())) {
			String plain = plain(part);
			if (!plain.isEmpty()) {
				parts.add(plain);
			}
		}
		return parts;
	}

	/** The distinct keys of the parts of one or more names. */
	public static Set<String> keys(String... names) {
		Set<String> keys = new LinkedHashSet<>();
		for (String name : names) {
			for (String part : parts(name)) {
				keys.add(of(part));
			}
		}
		return keys;
	}

	/** The key of one part as {@link #parts} gives it (plain lower-case letters). */
	public static String of(String part) {
		String spelled = part;
		for (String[] spelling : SPELLINGS) {
			spelled = spelled.replace(spelling[0], spelling[1]);
		}
		if (spelled.isEmpty()) {
			return spelled;
		}
		StringBuilder key = new StringBuilder();
		char first = spelled.charAt(0);
		key.append(isVowel(first) ? 'a' : first);
		for (int i = 1; i < spelled.length(); i++) {
			char letter = spelled.charAt(i);
			if (isVowel(letter) || (letter == 'h' && i == spelled.length() - 1 && spelled.length() > 2)) {
				continue;
			}
			if (key.charAt(key.length() - 1) != letter) {
				key.append(letter);
			}
		}
		return key.toString();
	}

	/** Lower case, diacritics removed, letters a–z only. */
	static String plain(String text) {
		String lower = text.toLowerCase(Locale.ROOT)
			.replace("ß", "ss")
			.replace("æ", "ae")
			.replace("ø", "o")
			.replace("ł", "l")
			.replace("ı", "i")
			.replace("đ", "d");
		String decomposed = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD)).replaceAll("");
		return NOT_LETTER.matcher(decomposed).replaceAll("");
	}

	private static boolean isVowel(char letter) {
		return letter == 'a' || letter == 'e' || letter == 'i' || letter == 'o' || letter == 'u';
	}

}
