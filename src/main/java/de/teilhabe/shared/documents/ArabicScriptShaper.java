package de.teilhabe.shared.documents;

import java.util.HashMap;
import java.util.Map;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;

/**
 * Shapes text in Arabic script into the presentation forms of its joined letters
 * (isolated, final, initial, medial, and the lam-alef ligatures), for every letter that
 * Unicode gives presentation forms: the Arabic letters and the letters of Farsi, Dari,
 * Pashto, Sorani Kurdish and Urdu (پ چ ژ گ ک ی ڕ ڵ ۆ ێ …). ICU's {@code ArabicShaping},
 * which openhtmltopdf's right-to-left support uses, shapes only the letters of the
 * presentation forms B block: Farsi's letters stayed unjoined, and so did their
 * neighbours. The joining types come from ICU's Unicode data, the forms from the
 * compatibility decompositions of the presentation forms; reordering stays ICU's.
 */
class ArabicScriptShaper extends ICUBidiReorderer {

	private static final int ISOLATED = 0;

	private static final int FINAL = 1;

	private static final int INITIAL = 2;

	private static final int MEDIAL = 3;

	private static final char LAM = '\u0644';

	/** Letter × form (letter * 4 + form) → its presentation form. */
	private static final Map<Integer, Character> FORMS = new HashMap<>();

	/** Alef after lam × form (isolated or final) → the lam-alef ligature. */
	private static final Map<Integer, Character> LAM_ALEF = new HashMap<>();

	/** A presentation form → the letters it stands for. */
	private static final Map<Character, String> LETTERS = new HashMap<>();

	static {
		Normalizer2 nfkc = Normalizer2.getNFKCInstance();
		for (int code = 0xFB50; code <= 0xFEFF; code++) {
			if (code >= 0xFE00 && code < 0xFE70) {
				continue;
			}
			int form = switch (UCharacter.getIntPropertyValue(code, UProperty.DECOMPOSITION_TYPE)) {
				case UCharacter.DecompositionType.ISOLATED -> ISOLATED;
				case UCharacter.DecompositionType.FINAL -> FINAL;
				case UCharacter.DecompositionType.INITIAL -> INITIAL;
				case UCharacter.DecompositionType.MEDIAL -> MEDIAL;
				default -> -1;
			};
			String letters = nfkc.getRawDecomposition(code);
			if (form < 0 || letters == null) {
				continue;
			}
			if (letters.length() == 1 && isArabicLetter(letters.charAt(0))) {
				FORMS.putIfAbsent(letters.charAt(0) * 4 + form, (char) code);
				LETTERS.put((char) code, letters);
			}
			else if (letters.length() == 2 && letters.charAt(0) == LAM && (form == ISOLATED || form == FINAL)) {
				LAM_ALEF.putIfAbsent(letters.charAt(1) * 4 + form, (char) code);
				LETTERS.put((char) code, letters);
			}
		}
	}

	@Override
	public String shapeText(String text) {
		if (text == null || text.chars().noneMatch(ArabicScriptShaper::isArabicLetter)) {
			return text;
		}
		StringBuilder shaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char letter = text.charAt(i);
			if (!FORMS.containsKey(letter * 4 + ISOLATED)) {
				shaped.append(letter);
				continue;
			}
			int before = neighbour(text, i, -1);
			boolean joinsBefore = before >= 0 && joinsFollowing(text.charAt(before)) && joinsPreceding(letter);
			int after = neighbour(text, i, 1);
			if (letter == LAM && after >= 0) {
				Character ligature = LAM_ALEF.get(text.charAt(after) * 4 + (joinsBefore ? FINAL : ISOLATED));
				if (ligature != null) {
					shaped.append(ligature);
					// marks on the lam follow the ligature
					shaped.append(text, i + 1, after);
					i = after;
					continue;
				}
			}
			boolean joinsAfter = after >= 0 && joinsFollowing(letter) && joinsPreceding(text.charAt(after));
			int form = joinsBefore ? (joinsAfter ? MEDIAL : FINAL) : (joinsAfter ? INITIAL : ISOLATED);
			Character presentation = FORMS.get(letter * 4 + form);
			shaped.append((presentation != null) ? presentation : letter);
		}
		return shaped.toString();
	}

	@Override
	public String deshapeText(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder letters = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char character = text.charAt(i);
			letters.append(LETTERS.getOrDefault(character, String.valueOf(character)));
		}
		return letters.toString();
	}

	/**
	 * The index of the next character in a direction that is not a mark (transparent to
	 * joining), or -1.
	 */
	private static int neighbour(String text, int index, int step) {
		for (int i = index + step; i >= 0 && i < text.length(); i += step) {
			if (joiningType(text.charAt(i)) != UCharacter.JoiningType.TRANSPARENT) {
				return i;
			}
		}
		return -1;
	}

	/** Whether a character joins the one after it (in logical order). */
	private static boolean joinsFollowing(char character) {
		int type = joiningType(character);
		return type == UCharacter.JoiningType.DUAL_JOINING || type == UCharacter.JoiningType.JOIN_CAUSING
				|| type == UCharacter.JoiningType.LEFT_JOINING;
	}

	/** Whether a character joins the one before it (in logical order). */
	private static boolean joinsPreceding(char character) {
		int type = joiningType(character);
		return type == UCharacter.JoiningType.DUAL_JOINING || type == UCharacter.JoiningType.JOIN_CAUSING
				|| type == UCharacter.JoiningType.RIGHT_JOINING;
	}

	private static int joiningType(char character) {
		return UCharacter.getIntPropertyValue(character, UProperty.JOINING_TYPE);
	}

	private static boolean isArabicLetter(int character) {
		return (character >= 0x0600 && character <= 0x06FF) || (character >= 0x0750 && character <= 0x077F)
				|| (character >= 0x08A0 && character <= 0x08FF);
	}

}
