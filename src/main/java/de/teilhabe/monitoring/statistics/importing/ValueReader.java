package de.teilhabe.monitoring.statistics.importing;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a value cell: numbers with decimal comma or point, thousands separators where the
 * format's convention makes them unambiguous ({@code 1.218.330}, {@code 1 218 330},
 * {@code 1,218,330}), scientific notation, a leading {@code +}, surrounding spaces, and
 * the value symbols of official statistics.
 */
public final class ValueReader {

	private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)?[eE][+-]?\\d{1,4}");

	private static final Pattern SPACE_GROUPED = Pattern.compile("\\d{1,3}(?: \\d{3})+(?:[.,]\\d+)?");

	private static final Pattern PLAIN = Pattern.compile("\\d+(?:[.,]\\d+)?|[.,]\\d+");

	private static final Pattern PARENTHESISED = Pattern.compile("\\(\\s*(.*?)\\s*\\)");

	private ValueReader() {
	}

	/**
	 * Reads a value cell.
	 * @param raw the cell as in the file
	 * @param style the format's number convention
	 * @return the value, or {@code null} when the cell is neither a number nor a symbol
	 */
	public static CellValue read(String raw, NumberStyle style) {
		String text = normaliseSpaces(raw);
		if (text.isEmpty()) {
			return CellValue.symbol(ValueSymbol.MISSING);
		}
		if (!(style.zeroIsSymbol() && text.equals("0"))) {
			BigDecimal plain = plainNumber(text, style.decimal());
			if (plain != null) {
				return CellValue.of(plain);
			}
		}
		ValueSymbol symbol = symbol(text);
		if (symbol == ValueSymbol.NOTHING) {
			return new CellValue(BigDecimal.ZERO, ValueSymbol.NOTHING);
		}
		if (symbol != null) {
			return CellValue.symbol(symbol);
		}
		var parenthesised = PARENTHESISED.matcher(text);
		if (parenthesised.matches()) {
			String inner = parenthesised.group(1);
			if (inner.isEmpty()) {
				return CellValue.symbol(ValueSymbol.LIMITED_RELIABILITY);
			}
			BigDecimal value = number(inner, style);
			return (value != null) ? new CellValue(value, ValueSymbol.LIMITED_RELIABILITY) : null;
		}
		if (style.zeroIsSymbol() && text.equals("0")) {
			return new CellValue(BigDecimal.ZERO, ValueSymbol.LESS_THAN_HALF);
		}
		BigDecimal value = number(text, style);
		return (value != null) ? CellValue.of(value) : null;
	}

	/**
	 * An unsigned number with at most one decimal separator between digits ({@code 217},
	 * {@code 12.5}): most cells of every file, read without the patterns below (they cost
	 * about a tenth of a file's parsing); {@code null} for anything else.
	 */
	private static BigDecimal plainNumber(String text, char decimal) {
		int separator = -1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == decimal && separator < 0 && i > 0 && i < text.length() - 1) {
				separator = i;
			}
			else if (c < '0' || c > '9') {
				return null;
			}
		}
		return new BigDecimal((separator < 0 || decimal == '.') ? text : text.replace(decimal, '.'));
	}

	private static ValueSymbol symbol(String text) {
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "-", "–" -> ValueSymbol.NOTHING;
			case "." -> ValueSymbol.SECRET;
			case "...", "…" -> ValueSymbol.LATER;
			case "/" -> ValueSymbol.NOT_RELIABLE;
			case "x" -> ValueSymbol.BLOCKED;
			case "*" -> ValueSymbol.ANONYMISED;
			default -> null;
		};
	}

	/**
	 * Reads a number, or returns {@code null} if the text is not one.
	 * @param raw the text
	 * @param style the number convention
	 * @return the number or {@code null}
	 */
	public static BigDecimal number(String raw, NumberStyle style) {
		String text = normaliseSpaces(raw);
		if (text.isEmpty()) {
			return null;
		}
		boolean negative = false;
		char first = text.charAt(0);
		if (first == '+' || first == '-' || first == '−') {
			negative = first != '+';
			text = text.substring(1).strip();
		}
		String canonical = canonical(text, style);
		if (canonical == null) {
			return null;
		}
		BigDecimal value = new BigDecimal(canonical);
		return negative ? value.negate() : value;
	}

	/** Turns the text into {@link BigDecimal} syntax, or {@code null}. */
	private static String canonical(String text, NumberStyle style) {
		if (SCIENTIFIC.matcher(text).matches()) {
			return text.replace(',', '.');
		}
		if (SPACE_GROUPED.matcher(text).matches()) {
			text = text.replace(" ", "");
		}
		char decimal = style.decimal();
		char grouping = style.grouping();
		int lastDecimal = text.lastIndexOf(decimal);
		String integer = (lastDecimal < 0) ? text : text.substring(0, lastDecimal);
		String fraction = (lastDecimal < 0) ? "" : text.substring(lastDecimal + 1);
		if (integer.indexOf(grouping) >= 0) {
			if (isGrouped(integer, grouping) && (lastDecimal < 0 || isDigits(fraction))) {
				return integer.replace(String.valueOf(grouping), "") + (fraction.isEmpty() ? "" : "." + fraction);
			}
			// a single grouping character that is not a thousands group is read as the
			// other convention's decimal separator (e.g. "8.5" in a decimal-comma file)
			if (lastDecimal < 0 && PLAIN.matcher(text).matches()) {
				return text.replace(grouping, '.');
			}
			return null;
		}
		if (!PLAIN.matcher(text).matches()) {
			return null;
		}
		String result = text.replace(decimal, '.');
		return result.startsWith(".") ? "0" + result : result;
	}

	private static boolean isGrouped(String integer, char grouping) {
		String[] groups = integer.split(Pattern.quote(String.valueOf(grouping)), -1);
		if (groups[0].isEmpty() || groups[0].length() > 3 || !isDigits(groups[0])) {
			return false;
		}
		for (int i = 1; i < groups.length; i++) {
			if (groups[i].length() != 3 || !isDigits(groups[i])) {
				return false;
			}
		}
		return true;
	}

	private static boolean isDigits(String text) {
		if (text.isEmpty()) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	/** Strips and turns no-break and narrow no-break spaces into plain ones. */
	private static String normaliseSpaces(String raw) {
		if (raw == null) {
			return "";
		}
		return raw.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
	}

}
