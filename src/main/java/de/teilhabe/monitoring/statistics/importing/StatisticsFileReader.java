package de.teilhabe.monitoring.statistics.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Reads one statistics file of any supported format, plain or as a zip archive holding
 * one file, and streams what it finds to an {@link ImportSink}. Memory use does not grow
 * with the file: only the first 64 KiB are looked at twice (for encoding, delimiter and
 * format), every row is handed on and forgotten.
 */
public final class StatisticsFileReader {

	private static final Set<String> FLAT_FILE_COLUMNS = Set.of("statistics_code", "statistics_label", "time_code",
			"time_label", "value_unit", "value_variable_code", "value_variable_label", "value_q");

	private static final Set<String> OPEN_SDG_COLUMNS = Set.of("year", "value", "geocode", "comment_obs", "units");

	private static final Set<String> BA_METADATA = Set.of("berichtsjahr", "gebietsstand", "datenstand", "indikator");

	private final RegionResolver regions;

	private final ImportSettings settings;

	public StatisticsFileReader(RegionLookup lookup, ImportSettings settings) {
		this.settings = settings;
		this.regions = new RegionResolver(lookup, settings.defaultRegion());
	}

	/**
	 * Reads the file.
	 * @param fileName the uploaded file's name (gives Open SDG files their series code)
	 * @param in the content; not closed
	 * @param sink receives series, observations and rejected rows
	 * @return the summary
	 * @throws StatisticsFileException when the file as a whole cannot be read; the sink
	 * must then discard what it received
	 */
	public ParseSummary read(String fileName, InputStream in, ImportSink sink) {
		try {
			BufferedInputStream buffered = new BufferedInputStream(in, TextSniffer.HEAD_BYTES + 1);
			buffered.mark(4);
			byte[] magic = buffered.readNBytes(4);
			buffered.reset();
			if (magic.length == 0) {
				throw new StatisticsFileException(StatisticsFileException.Kind.EMPTY, "The file is empty.",
						"monitoring.fileError.detail.empty");
			}
			if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
				return readZip(buffered, sink);
			}
			return readText(fileName, buffered, sink);
		}
		catch (IOException ex) {
			throw new StatisticsFileException(StatisticsFileException.Kind.UNREADABLE,
					"The file could not be read: " + ex.getMessage(), "monitoring.fileError.detail.unreadable",
					ex.getMessage());
		}
	}

	private ParseSummary readZip(InputStream in, ImportSink sink) throws IOException {
		ZipInputStream zip = new ZipInputStream(in);
		try {
			ZipEntry entry = nextFile(zip);
			if (entry == null) {
				throw new StatisticsFileException(StatisticsFileException.Kind.EMPTY, "The zip archive holds no file.",
						"monitoring.fileError.detail.zipEmpty");
			}
			String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
			InputStream content = new LimitedInputStream(zip, this.settings.maxUncompressedBytes());
			BufferedInputStream buffered = new BufferedInputStream(content, TextSniffer.HEAD_BYTES + 1);
			buffered.mark(4);
			byte[] magic = buffered.readNBytes(4);
			buffered.reset();
			if (magic.length >= 2 && magic[0] == 'P' && magic[1] == 'K') {
				throw new StatisticsFileException(StatisticsFileException.Kind.BINARY,
						"The zip archive holds another archive; it must hold one CSV file.",
						"monitoring.fileError.detail.zipNested");
			}
			ParseSummary summary = readText(name, buffered, sink);
			if (nextFile(zip) != null) {
				throw new StatisticsFileException(StatisticsFileException.Kind.UNREADABLE,
						"The zip archive holds more than one file; it must hold exactly one CSV file.",
						"monitoring.fileError.detail.zipSeveral");
			}
			return summary;
		}
		catch (ZipException ex) {
			throw new StatisticsFileException(StatisticsFileException.Kind.UNREADABLE,
					"The zip archive is damaged: " + ex.getMessage(), "monitoring.fileError.detail.zipDamaged",
					ex.getMessage());
		}
	}

	private static ZipEntry nextFile(ZipInputStream zip) throws IOException {
		ZipEntry entry = zip.getNextEntry();
		while (entry != null && entry.isDirectory()) {
			entry = zip.getNextEntry();
		}
		return entry;
	}

	private ParseSummary readText(String fileName, BufferedInputStream in, ImportSink sink) throws IOException {
		TextSniffer.Head head = TextSniffer.sniff(in);
		List<List<String>> headRows = headRows(head);
		StatisticsFormat format = detect(headRows);
		in.skipNBytes(head.bomLength());
		Reader reader = new InputStreamReader(in, head.charset());
		CsvReader<CsvRecord> csv = CsvReader.builder()
			.fieldSeparator(head.delimiter())
			.allowExtraFields(true)
			.allowMissingFields(true)
			.skipEmptyLines(true)
			.ofCsvRecord(reader);
		CountingSink counting = new CountingSink(sink);
		FormatParser parser = switch (format) {
			case OPEN_SDG -> new OpenSdgParser(fileName, this.regions, this.settings);
			case GENESIS_FLAT -> new GenesisFlatParser(this.regions);
			case GENESIS_TABLE -> new GenesisTableParser(this.regions);
			case BA_EXPORT -> new BaExportParser(this.regions);
		};
		try {
			FormatParser.Result result = parser.parse(csv, counting);
			return new ParseSummary(format, head.charset(), head.delimiter(), result.rowsRead(), counting.observations,
					counting.rejected, result.notes());
		}
		catch (CsvParseException ex) {
			throw causeOr(ex, "The file's CSV structure is broken: " + ex.getMessage(), ex.getMessage());
		}
		catch (UncheckedIOException ex) {
			throw causeOr(ex, "The file could not be read: " + ex.getCause().getMessage(), ex.getCause().getMessage());
		}
	}

	/**
	 * The file-level error (e.g. the zip bomb guard) the CSV reader wrapped, or else one.
	 */
	private static StatisticsFileException causeOr(Throwable wrapper, String message, String reason) {
		for (Throwable cause = wrapper; cause != null; cause = cause.getCause()) {
			if (cause instanceof StatisticsFileException fileError) {
				return fileError;
			}
		}
		return new StatisticsFileException(StatisticsFileException.Kind.UNREADABLE, message,
				"monitoring.fileError.detail.unreadable", reason);
	}

	private static List<List<String>> headRows(TextSniffer.Head head) {
		List<List<String>> rows = new ArrayList<>();
		try (CsvReader<CsvRecord> csv = CsvReader.builder()
			.fieldSeparator(head.delimiter())
			.allowExtraFields(true)
			.allowMissingFields(true)
			.ofCsvRecord(head.text())) {
			for (CsvRecord record : csv) {
				rows.add(record.getFields().stream().map(String::strip).toList());
				if (rows.size() >= 40) {
					break;
				}
			}
		}
		catch (CsvParseException | IOException ex) {
			throw new StatisticsFileException(StatisticsFileException.Kind.UNREADABLE,
					"The file's CSV structure is broken: " + ex.getMessage(), "monitoring.fileError.detail.csvBroken",
					ex.getMessage());
		}
		return rows;
	}

	/** The format, from the first rows. */
	static StatisticsFormat detect(List<List<String>> rows) {
		if (rows.isEmpty()) {
			throw new StatisticsFileException(StatisticsFileException.Kind.EMPTY, "The file holds no data.",
					"monitoring.fileError.detail.noData");
		}
		List<String> first = rows.get(0);
		List<String> lower = first.stream().map((cell) -> cell.toLowerCase(Locale.ROOT)).toList();
		if (first.get(0).startsWith("GENESIS-Tabelle")) {
			return StatisticsFormat.GENESIS_TABLE;
		}
		if (lower.stream().filter(FLAT_FILE_COLUMNS::contains).count() >= 2) {
			return StatisticsFormat.GENESIS_FLAT;
		}
		if (lower.get(0).equals("region")
				&& rows.stream().anyMatch((row) -> BA_METADATA.contains(row.get(0).toLowerCase(Locale.ROOT)))) {
			return StatisticsFormat.BA_EXPORT;
		}
		long openSdgMarkers = lower.stream().filter(OPEN_SDG_COLUMNS::contains).count();
		if (openSdgMarkers >= 2 || lower.get(0).equals("year") || lower.get(lower.size() - 1).equals("value")) {
			return StatisticsFormat.OPEN_SDG;
		}
		throw new StatisticsFileException(StatisticsFileException.Kind.UNKNOWN_FORMAT,
				"The file is none of the known formats: Open SDG CSV (first column Year, last column Value), "
						+ "GENESIS flat file (ffcsv), GENESIS table (datencsv) or BA statistics export.",
				"monitoring.fileError.detail.unknownFormat");
	}

	/** Counts what passes to the sink. */
	private static final class CountingSink implements ImportSink {

		private final ImportSink delegate;

		private long observations;

		private long rejected;

		CountingSink(ImportSink delegate) {
			this.delegate = delegate;
		}

		@Override
		public void series(SeriesDefinition series) {
			this.delegate.series(series);
		}

		@Override
		public void observation(Observation observation) {
			this.observations++;
			this.delegate.observation(observation);
		}

		@Override
		public void rejected(RejectedRow row) {
			this.rejected++;
			this.delegate.rejected(row);
		}

	}

}
