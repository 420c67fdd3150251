package de.teilhabe.monitoring.statistics.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps everything a parser emits, for assertions on small files.
 */
final class CollectingSink implements ImportSink {

	final List<SeriesDefinition> series = new ArrayList<>();

	final List<Observation> observations = new ArrayList<>();

	final List<Reasons.Rejection> rejected = new ArrayList<>();

	ParseSummary summary;

	@Override
	public void series(SeriesDefinition definition) {
		this.series.add(definition);
	}

	@Override
	public void observation(Observation observation) {
		this.observations.add(observation);
	}

	@Override
	public void rejected(RejectedRow row) {
		this.rejected.add(Reasons.Rejection.of(row));
	}

	static StatisticsFileReader reader() {
		return new StatisticsFileReader(GemeindeverzeichnisLookup.load(), ImportSettings.defaults());
	}

	/** Parses a test resource under {@code monitoring/}. */
	static CollectingSink parseResource(String path) {
		try (InputStream in = CollectingSink.class.getResourceAsStream("/monitoring/" + path)) {
			return parse(path.substring(path.lastIndexOf('/') + 1), in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static CollectingSink parse(String name, InputStream in) {
		CollectingSink sink = new CollectingSink();
		sink.summary = reader().read(name, in, sink);
		return sink;
	}

	static CollectingSink parse(String name, String content, Charset charset) {
		return parse(name, new java.io.ByteArrayInputStream(content.getBytes(charset)));
	}

	Observation observationAt(long line) {
		return this.observations.stream().filter((o) -> o.line() == line).findFirst().orElseThrow();
	}

	Reasons.Rejection rejectionAt(long line) {
		return this.rejected.stream().filter((r) -> r.line() == line).findFirst().orElseThrow();
	}

}
