package de.teilhabe.shared.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import de.teilhabe.shared.table.UnreadableTableException.Problem;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The rows of an uploaded table (CSV or XLSX), for every import of the platform: the
 * first non-empty row holds the column headers; empty rows are skipped; each data row
 * keeps its line (CSV) or row number (XLSX) in the file, for messages like „Zeile 7,
 * Spalte E-Mail: …“. CSV files are read as UTF-8 (with or without byte order mark) or, if
 * they are not valid UTF-8, as Windows-1252; the delimiter (semicolon, comma or tab) is
 * the one the header line uses most. XLSX files: the first sheet, after checking that the
 * archive does not unpack to more than a limit (zip bomb guard). A file that cannot be
 * read throws {@link UnreadableTableException} with the {@link Problem} to tell the user
 * (each module words it in its own bundle).
 * <p>
 * Example: <pre>
 * UploadedTable table = UploadedTable.read(bytes, new UploadedTable.Limits(500, 50 * 1024 * 1024));
 * for (UploadedTable.Line line : table.rows()) { ... line.cell(column) ... }
 * </pre>
 *
 * @param format the format the file was read as
 * @param headers the column headers (stripped; an empty one named {@code #n})
 * @param rows the data rows
 */
public record UploadedTable(Format format, List<String> headers, List<Line> rows) {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/**
	 * How much of a file is read.
	 *
	 * @param maxRows at most this many data rows (more: {@link Problem#TOO_MANY_ROWS})
	 * @param maxUnpackedBytes the most an XLSX file (a ZIP archive) may unpack to
	 */
	public record Limits(int maxRows, long maxUnpackedBytes) {
	}

	/** The format of an uploaded file, told by its first bytes. */
	public enum Format {

		CSV, XLSX

	}

	/**
	 * A data row.
	 *
	 * @param line its line (CSV) or row number (XLSX) in the file, from 1
	 * @param cells its cells, as many as there are headers
	 */
	public record Line(int line, List<String> cells) {

		public String cell(int column) {
			return (column < this.cells.size()) ? this.cells.get(column) : "";
		}

	}

	/** XLSX if the file is a ZIP archive, else CSV if it is text. */
	public static Format formatOf(byte[] content) throws UnreadableTableException {
		if (content.length == 0) {
			throw new UnreadableTableException(Problem.EMPTY);
		}
		if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
			return Format.XLSX;
		}
		int probe = Math.min(content.length, 8192);
		for (int i = 0; i < probe; i++) {
			int b = content[i] & 0xFF;
			if (b == 0 || (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f')) {
				throw new UnreadableTableException(Problem.BINARY);
			}
		}
		return Format.CSV;
	}

	/** The table of a file, its format told by its first bytes ({@link #formatOf}). */
	public static UploadedTable read(byte[] content, Limits limits) throws UnreadableTableException {
		return read(content, formatOf(content), limits);
	}

	/** The table of a file of a known format. */
	public static UploadedTable read(byte[] content, Format format, Limits limits) throws UnreadableTableException {
		int maxRows = limits.maxRows();
		List<List<String>> raw = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		if (format == Format.XLSX) {
			requireUnpackedAtMost(content, limits.maxUnpackedBytes());
			readXlsx(content, raw, lines, maxRows);
		}
		else {
			readCsv(decode(content), raw, lines, maxRows);
		}
		int headerIndex = 0;
		while (headerIndex < raw.size() && raw.get(headerIndex).stream().allMatch(String::isBlank)) {
			headerIndex++;
		}
		if (headerIndex >= raw.size()) {
			throw new UnreadableTableException(Problem.EMPTY);
		}
		List<String> headers = new ArrayList<>(raw.get(headerIndex).stream().map(String::strip).toList());
		while (!headers.isEmpty() && headers.get(headers.size() - 1).isEmpty()) {
			headers.remove(headers.size() - 1);
		}
		for (int i = 0; i < headers.size(); i++) {
			if (headers.get(i).isEmpty()) {
				headers.set(i, "#" + (i + 1));
			}
		}
		List<Line> rows = new ArrayList<>();
		for (int i = headerIndex + 1; i < raw.size(); i++) {
			List<String> cells = raw.get(i);
			if (cells.stream().allMatch(String::isBlank)) {
				continue;
			}
			if (rows.size() == maxRows) {
				throw new UnreadableTableException(Problem.TOO_MANY_ROWS);
			}
			rows.add(new Line(lines.get(i), cells.subList(0, Math.min(cells.size(), headers.size()))));
		}
		if (rows.isEmpty()) {
			throw new UnreadableTableException(Problem.NO_ROWS);
		}
		return new UploadedTable(format, List.copyOf(headers), List.copyOf(rows));
	}

	/**
	 * UTF-8 (a byte order mark dropped) if the bytes are valid UTF-8, else Windows-1252.
	 */
	public static String decode(byte[] content) {
		int offset = (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF) ? 3 : 0;
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content, offset, content.length - offset))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(content, WINDOWS_1252);
		}
	}

	/** The delimiter the first line uses most outside quotes (semicolon on a tie). */
	public static char delimiter(String text) {
		int semicolons = 0;
		int commas = 0;
		int tabs = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			}
			else if (!quoted) {
				semicolons += (c == ';') ? 1 : 0;
				commas += (c == ',') ? 1 : 0;
				tabs += (c == '\t') ? 1 : 0;
			}
		}
		if (tabs > semicolons && tabs > commas) {
			return '\t';
		}
		return (commas > semicolons) ? ',' : ';';
	}

	private static void readCsv(String text, List<List<String>> raw, List<Integer> lines, int maxRows)
			throws UnreadableTableException {
		CsvReader<CsvRecord> reader = CsvReader.builder()
			.fieldSeparator(delimiter(text))
			.allowExtraFields(true)
			.allowMissingFields(true)
			.skipEmptyLines(true)
			.ofCsvRecord(new StringReader(text));
		try (reader) {
			Iterator<CsvRecord> records = reader.iterator();
			while (records.hasNext()) {
				CsvRecord record = records.next();
				if (raw.size() > maxRows + 1) {
					throw new UnreadableTableException(Problem.TOO_MANY_ROWS);
				}
				raw.add(record.getFields());
				lines.add((int) record.getStartingLineNumber());
			}
		}
		catch (CsvParseException ex) {
			throw new UnreadableTableException(Problem.CSV);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Unpacks every entry of the archive and counts the bytes it really yields (not the
	 * sizes the archive declares), refusing it as soon as the sum exceeds the limit. The
	 * archive is read through its central directory (as spreadsheet programs do), so from
	 * a temporary file.
	 */
	public static void requireUnpackedAtMost(byte[] content, long maxUnpackedBytes) throws UnreadableTableException {
		Path file = null;
		try {
			file = Files.createTempFile("teilhabe-import-", ".xlsx");
			Files.write(file, content);
			byte[] buffer = new byte[64 * 1024];
			long unpacked = 0;
			try (ZipFile zip = new ZipFile(file.toFile())) {
				for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
					try (InputStream in = zip.getInputStream(entries.nextElement())) {
						for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
							unpacked += read;
							if (unpacked > maxUnpackedBytes) {
								throw new UnreadableTableException(Problem.UNPACKED_TOO_LARGE);
							}
						}
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableTableException(Problem.XLSX);
		}
		finally {
			deleteQuietly(file);
		}
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				file.toFile().deleteOnExit();
			}
		}
	}

	private static void readXlsx(byte[] content, List<List<String>> raw, List<Integer> lines, int maxRows)
			throws UnreadableTableException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
				Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			Iterator<Row> iterator = rows.iterator();
			while (iterator.hasNext()) {
				Row row = iterator.next();
				if (raw.size() > maxRows + 1) {
					throw new UnreadableTableException(Problem.TOO_MANY_ROWS);
				}
				List<String> cells = new ArrayList<>();
				for (int column = 0; column < row.getCellCount(); column++) {
					cells.add(text(row.getCell(column)));
				}
				raw.add(cells);
				lines.add(row.getRowNum());
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableTableException(Problem.XLSX);
		}
	}

	private static String text(Cell cell) {
		if (cell == null || cell.getType() == CellType.EMPTY) {
			return "";
		}
		if (cell.getType() == CellType.NUMBER) {
			BigDecimal number = cell.asNumber();
			return (number.scale() > 0) ? number.stripTrailingZeros().toPlainString() : number.toPlainString();
		}
		String text = cell.getText();
		return (text != null) ? text : "";
	}

	/**
	 * A header or a name as it is compared: lower case, umlauts folded, everything but
	 * letters and digits removed („E-Mail“ and „email“ are the same).
	 */
	public static String normalise(String text) {
		return text.toLowerCase(Locale.GERMAN)
			.replace("ä", "ae")
			.replace("ö", "oe")
			.replace("ü", "ue")
			.replace("ß", "ss")
			.replaceAll("[^a-z0-9]", "");
	}

}
