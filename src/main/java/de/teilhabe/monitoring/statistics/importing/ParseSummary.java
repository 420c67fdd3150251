package de.teilhabe.monitoring.statistics.importing;

import java.nio.charset.Charset;
import java.util.List;

/**
 * What a parse found, besides what went to the sink.
 *
 * @param format the detected format
 * @param charset the detected encoding
 * @param delimiter the detected field delimiter
 * @param rowsRead data rows read (header, metadata and footer lines excluded)
 * @param observations observations passed to the sink
 * @param rejected rejected rows passed to the sink
 * @param notes source notes from the file (title, footnotes, copyright lines)
 */
public record ParseSummary(StatisticsFormat format, Charset charset, char delimiter, long rowsRead, long observations,
		long rejected, List<String> notes) {

	public ParseSummary {
		notes = List.copyOf(notes);
	}

}
