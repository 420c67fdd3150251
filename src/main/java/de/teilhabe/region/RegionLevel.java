package de.teilhabe.region;

/**
 * The levels of the German administrative hierarchy, from the top down, with the length
 * of their keys.
 */
public enum RegionLevel {

	/** Bundesland, 2-digit key (e.g. {@code 03} Niedersachsen). */
	LAND(2),
	/**
	 * Regierungsbezirk, 3-digit key (Land + Bezirk); in Niedersachsen the four
	 * "Statistische Regionen" {@code 031}–{@code 034}.
	 */
	REGIERUNGSBEZIRK(3),
	/** Kreis: Landkreis or kreisfreie Stadt, 5-digit key (e.g. {@code 03459}). */
	KREIS(5),
	/**
	 * Gemeindeverband (Samtgemeinde, Amt, Verbandsgemeinde, ...), 9-digit key (Kreis +
	 * Verband, e.g. {@code 034595401} Samtgemeinde Artland).
	 */
	GEMEINDEVERBAND(9),
	/** Gemeinde, 8-digit AGS (e.g. {@code 03459024} Melle). */
	GEMEINDE(8);

	private final int keyLength;

	RegionLevel(int keyLength) {
		this.keyLength = keyLength;
	}

	public int keyLength() {
		return this.keyLength;
	}

	/** The level whose keys have this length, or null. */
	public static RegionLevel ofKeyLength(int length) {
		for (RegionLevel level : values()) {
			if (level.keyLength == length) {
				return level;
			}
		}
		return null;
	}

}
