package de.teilhabe.region;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A region of the German administrative hierarchy (reference data, no tenant's). Keys are
 * strings of digits, never numbers: leading zeros matter.
 *
 * @param key the region key: 2 digits (Land), 3 (Regierungsbezirk), 5 (Kreis), 9
 * (Gemeindeverband) or 8 (Gemeinde, the AGS)
 * @param ags the Amtlicher Gemeindeschlüssel or its prefix for the level (equal to the
 * key), null for a Gemeindeverband, which the AGS does not address
 * @param ars the Amtlicher Regionalschlüssel: 12 digits for a Gemeinde, 9 for a
 * Gemeindeverband, the key itself above
 * @param name the official name, e.g. "Melle, Stadt"
 * @param level the level
 * @param parentKey Gemeinde and Gemeindeverband: the Kreis; Kreis: the Regierungsbezirk
 * if the Land has them, else the Land; Regierungsbezirk: the Land; Land: null
 * @param verbandKey of a Gemeinde: its Gemeindeverband (Samtgemeinde, Amt, ...), null for
 * a verbandsfreie Gemeinde or a kreisfreie Stadt
 * @param population inhabitants (summed from the Gemeinden above that level)
 * @param male male inhabitants
 * @param female female inhabitants
 * @param area area in km² (summed from the Gemeinden above that level)
 * @param kindCode the Destatis "Textkennzeichen", e.g. {@code 52}; null for Land and
 * Regierungsbezirk
 * @param kind its meaning, e.g. "Samtgemeinde", "kreisfreie Stadt", "Landkreis"
 * @param postcode of a Gemeinde: the postcode of its administration
 * @param latitude of a Gemeinde: its centre
 * @param longitude of a Gemeinde: its centre
 * @param urbanisationCode of a Gemeinde: the Verstädterung (Degree of urbanisation) code,
 * {@code 01}–{@code 03}
 * @param urbanisation its meaning, e.g. "dicht besiedelt"
 * @param gebietsstand the territorial status date of the edition
 */
public record Region(String key, String ags, String ars, String name, RegionLevel level, String parentKey,
		String verbandKey, Long population, Long male, Long female, BigDecimal area, String kindCode, String kind,
		String postcode, BigDecimal latitude, BigDecimal longitude, String urbanisationCode, String urbanisation,
		LocalDate gebietsstand) {

	/**
	 * The official name turned into what it is, as pages and reports show it: „Osnabrück,
	 * Stadt“ → „Stadt Osnabrück“, the Landkreis „Osnabrück“ → „Landkreis Osnabrück“.
	 */
	public String label() {
		int comma = this.name.lastIndexOf(", ");
		if (comma > 0) {
			return this.name.substring(comma + 2) + " " + this.name.substring(0, comma);
		}
		if (this.level == RegionLevel.KREIS && ("Landkreis".equals(this.kind) || "Kreis".equals(this.kind))
				&& !this.name.startsWith(this.kind)) {
			return this.kind + " " + this.name;
		}
		return this.name;
	}

}
