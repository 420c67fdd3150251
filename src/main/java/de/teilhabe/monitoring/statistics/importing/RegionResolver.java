package de.teilhabe.monitoring.statistics.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the region codes of statistics files into the platform's region keys: a pure
 * function of the code, the region name on the row, and a {@link RegionLookup}.
 * <ul>
 * <li>{@code K03459}, {@code RH03459}, {@code 03459} → {@code 03459} (Kreis)</li>
 * <li>{@code K030} → {@code 03} (the Land); {@code K031}..{@code K034} → {@code 031}..
 * {@code 034} (statistical regions)</li>
 * <li>{@code K03241001} → {@code 03241001} (Gemeinde); {@code K03241999} →
 * {@code 03241999}, a statistical area of its own ("Region Hannover ohne
 * Landeshauptstadt")</li>
 * <li>12-digit ARS → the Gemeinde's AGS (Land, RB, Kreis + last three digits)</li>
 * <li>{@code DG}, {@code d} → {@code DG} (Deutschland)</li>
 * <li>any other code the lookup knows as it is (a tenant's statistical area such as
 * {@code 03404-01}) → itself</li>
 * <li>empty code → the Land of the file; a spreadsheet error ({@code #NV},
 * {@code #BEZUG!}) → the region of that name when the name is unambiguous</li>
 * </ul>
 */
public final class RegionResolver {

	private static final Pattern PREFIXED = Pattern.compile("(?:K|RH)?(\\d+)", Pattern.CASE_INSENSITIVE);

	private static final int MAX_CACHED_CODES = 10_000;

	private final RegionLookup lookup;

	private final String defaultRegion;

	/**
	 * Resolutions by code (not by name); a resolver serves one file's reader (one
	 * thread).
	 */
	private final Map<String, Resolution> byCode = new HashMap<>();

	/**
	 * @param lookup the known regions
	 * @param defaultRegion the region of rows without a code (the Land of the file, e.g.
	 * {@code 03})
	 */
	public RegionResolver(RegionLookup lookup, String defaultRegion) {
		this.lookup = lookup;
		this.defaultRegion = defaultRegion;
	}

	public String defaultRegion() {
		return this.defaultRegion;
	}

	/**
	 * Resolves a region code with an optional region name from the same row.
	 * @param code the code cell ({@code K03459}, {@code #NV}, empty, ...)
	 * @param name the name cell, or {@code null} if the file has no name column
	 * @return the key or the reason it cannot be found
	 */
	public Resolution resolve(String code, String name) {
		String text = (code == null) ? "" : code.strip();
		if (text.isEmpty()) {
			return Resolution.of(this.defaultRegion);
		}
		if (text.startsWith("#")) {
			return byName(text, name);
		}
		// a file names a few hundred regions in up to millions of rows: each code is
		// resolved once (also gives the rows of a region the same key object, whose
		// hash the import's per-cell maps then compute once)
		Resolution known = this.byCode.get(text);
		if (known == null) {
			known = byCode(text);
			if (this.byCode.size() < MAX_CACHED_CODES) {
				this.byCode.put(text, known);
			}
		}
		return known;
	}

	private Resolution byCode(String text) {
		if (text.equalsIgnoreCase("DG") || text.equalsIgnoreCase("d")) {
			return known("DG", text);
		}
		Matcher matcher = PREFIXED.matcher(text);
		if (!matcher.matches()) {
			if (this.lookup.exists(text)) {
				// a key of its own, e.g. a tenant's statistical area 03404-01
				return Resolution.of(text);
			}
			return Resolution.rejected(Reason.of("region.notACode", text));
		}
		String key = normalise(matcher.group(1));
		if (key == null) {
			return Resolution.rejected(Reason.of("region.digits", text, matcher.group(1).length()));
		}
		return known(key, text);
	}

	/**
	 * Resolves a GENESIS regional attribute by its variable: GEODL1 Deutschland, GEOBL1
	 * Land (2 digits), GEORB1 Regierungsbezirk (3), GEOLK4 Kreis (5), GEOVB4
	 * Gemeindeverband (9), GEOGM4 Gemeinde (8-digit AGS or 12-digit ARS).
	 * @param variableCode e.g. {@code GEOLK4}
	 * @param attributeCode e.g. {@code 03459}
	 * @return the key or the reason
	 */
	public Resolution resolveGenesis(String variableCode, String attributeCode) {
		String variable = variableCode.strip().toUpperCase(Locale.ROOT);
		String code = (attributeCode == null) ? "" : attributeCode.strip();
		if (variable.startsWith("GEODL")) {
			return known("DG", code);
		}
		int[] lengths;
		String level;
		if (variable.startsWith("GEOBL")) {
			lengths = new int[] { 2 };
			level = "land";
		}
		else if (variable.startsWith("GEORB")) {
			lengths = new int[] { 3 };
			level = "regierungsbezirk";
		}
		else if (variable.startsWith("GEOLK")) {
			lengths = new int[] { 5 };
			level = "kreis";
		}
		else if (variable.startsWith("GEOVB")) {
			lengths = new int[] { 9 };
			level = "gemeindeverband";
		}
		else if (variable.startsWith("GEOGM")) {
			lengths = new int[] { 8, 12 };
			level = "gemeinde";
		}
		else {
			return Resolution.rejected(Reason.of("region.notARegionalVariable", variableCode));
		}
		boolean lengthFits = false;
		for (int length : lengths) {
			lengthFits |= code.length() == length;
		}
		if (!lengthFits || !code.chars().allMatch(Character::isDigit)) {
			return Resolution.rejected(Reason.of("region.notA." + level, variable, code));
		}
		return known(normalise(code), code);
	}

	/** Digits of a code to a region key, or {@code null} for an impossible length. */
	static String normalise(String digits) {
		return switch (digits.length()) {
			// K030 is the Land itself; K031..K034 are the statistical regions
			case 3 -> digits.endsWith("0") ? digits.substring(0, 2) : digits;
			case 2, 5, 8, 9 -> digits;
			// ARS: Land (2) RB (1) Kreis (2) Verband (4) Gemeinde (3) → AGS
			case 12 -> digits.substring(0, 5) + digits.substring(9);
			default -> null;
		};
	}

	private Resolution known(String key, String code) {
		if (this.lookup.exists(key)) {
			return Resolution.of(key);
		}
		return Resolution
			.rejected(key.equals(code) ? Reason.of("region.unknown", key) : Reason.of("region.unknownFrom", key, code));
	}

	private Resolution byName(String code, String name) {
		if (name == null) {
			return Resolution.rejected(Reason.of("region.spreadsheetErrorWithoutName", code));
		}
		String trimmed = name.strip();
		List<String> keys = this.lookup.findByName(trimmed);
		if (keys.isEmpty()) {
			return Resolution.rejected(Reason.of("region.spreadsheetErrorUnknownName", code, trimmed));
		}
		String key = sameAreaOrNull(keys);
		if (key == null) {
			return Resolution
				.rejected(Reason.of("region.spreadsheetErrorAmbiguousName", code, trimmed, String.join(", ", keys)));
		}
		return Resolution.of(key);
	}

	/**
	 * One key, or several of the same name nested in the shortest (a kreisfreie Stadt is
	 * Kreis, Verband and Gemeinde at once): the shortest; otherwise {@code null}.
	 */
	private static String sameAreaOrNull(List<String> keys) {
		String shortest = keys.get(0);
		for (String key : keys) {
			if (key.length() < shortest.length()) {
				shortest = key;
			}
		}
		for (String key : keys) {
			if (!key.startsWith(shortest)) {
				return null;
			}
		}
		return shortest;
	}

	/**
	 * A resolved key or the reason there is none.
	 *
	 * @param key the region key or {@code null}
	 * @param reason why it was rejected, or {@code null}
	 */
	public record Resolution(String key, Reason reason) {

		static Resolution of(String key) {
			return new Resolution(key, null);
		}

		static Resolution rejected(Reason reason) {
			return new Resolution(null, reason);
		}

		public boolean resolved() {
			return this.key != null;
		}

	}

}
