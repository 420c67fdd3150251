package de.teilhabe.region;

import java.util.List;
import java.util.Optional;

import de.teilhabe.shared.web.BadRequestException;

/**
 * The German administrative hierarchy: Land › Regierungsbezirk › Kreis › Gemeindeverband
 * › Gemeinde, from the Destatis Gemeindeverzeichnis. Reference data: the same for every
 * tenant, read-only.
 * <p>
 * Every method that takes a key accepts 2, 3, 5, 8 or 9 digits, and a 12-digit ARS of a
 * Gemeinde; it throws {@link IllegalArgumentException} (with a message saying why) for
 * anything else, see {@link #checkKey(String)}.
 */
public interface Regions {

	/**
	 * A region by its key. A 12-digit ARS and the 9-digit Verband key of a verbandsfreie
	 * Gemeinde or kreisfreie Stadt (which the file lists as a Gemeindeverband of its own)
	 * resolve to the Gemeinde.
	 */
	Optional<Region> find(String key);

	/**
	 * The next level down: a Land's Regierungsbezirke (or its Kreise where it has none),
	 * a Regierungsbezirk's Kreise, a Kreis's Gemeinden, a Gemeindeverband's member
	 * Gemeinden; empty for a Gemeinde or an unknown key.
	 */
	List<Region> children(String key);

	/** The Gemeindeverbände of a Kreis (empty for other levels). */
	List<Region> verbaende(String kreisKey);

	/** Every Gemeinde inside a region (the Gemeinde itself for a Gemeinde). */
	List<Region> gemeinden(String key);

	/** The chain of parents from the Land down to the region's parent. */
	List<Region> ancestors(String key);

	/**
	 * Regions by name, case-insensitive and tolerant of umlauts ("Osnabrueck" finds
	 * "Osnabrück"), best matches first; a query of digits searches keys.
	 * @param query at least 2 characters
	 * @param level only this level, or null for all
	 * @param limit at most this many (1–100)
	 */
	List<Region> search(String query, RegionLevel level, int limit);

	/** The Gemeinde of a 12-digit Amtlicher Regionalschlüssel. */
	Optional<Region> resolveArs(String ars);

	/** The Länder. */
	List<Region> laender();

	/** The source and edition of the regions, for attribution lines. */
	RegionSource source();

	/**
	 * Why a key is malformed, or null if it is well-formed (digits only; 2, 3, 5, 8, 9 or
	 * 12 of them).
	 */
	static String checkKey(String key) {
		BadRequestException problem = keyProblem(key);
		return (problem != null) ? problem.getMessage() : null;
	}

	/**
	 * Why a key is malformed, as the 400 answer in the reader's language, or null if it
	 * is well-formed.
	 */
	static BadRequestException keyProblem(String key) {
		if (key == null || key.isEmpty()) {
			return new BadRequestException("region.key.required");
		}
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			if (c < '0' || c > '9') {
				return new BadRequestException("region.key.notDigits", key, String.valueOf(c));
			}
		}
		int length = key.length();
		if (RegionLevel.ofKeyLength(length) == null && length != 12) {
			return new BadRequestException("region.key.length", key, length);
		}
		return null;
	}

}
