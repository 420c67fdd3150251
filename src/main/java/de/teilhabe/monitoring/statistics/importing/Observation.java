package de.teilhabe.monitoring.statistics.importing;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One cell of official statistics.
 *
 * @param seriesCode the series it belongs to
 * @param regionKey AGS/ARS-style region key ({@code 03}, {@code 031}, {@code 03459},
 * {@code 03241001}, {@code DG}); always a string
 * @param period when
 * @param dimensions dimension name to value (e.g. Geschlecht → weiblich), in file order
 * @param value the number, or {@code null} when the source gives none (never a made-up 0)
 * @param symbol the value symbol of official statistics, or {@code null} for a plain
 * number
 * @param quality quality letter ({@code p r s e}), or {@code null}
 * @param note the source's comment on the cell (COMMENT_OBS), or {@code null}
 * @param line the physical line of the file the row starts on
 */
public record Observation(String seriesCode, String regionKey, Period period, Map<String, String> dimensions,
		BigDecimal value, ValueSymbol symbol, Character quality, String note, long line) {

}
