package de.teilhabe.shared.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table to download as CSV or XLSX: optional lines about what it is, the column
 * headers, the rows, optional lines at the end (source, licence). Cells are text, numbers
 * ({@link BigDecimal}, {@link Integer}, {@link Long}) or null (empty).
 * <p>
 * CSV as German spreadsheets open it: UTF-8 with BOM, {@code ;} between fields, CRLF,
 * decimal comma without grouping. A CSV text field that a spreadsheet would run as a
 * formula (starting with {@code = + - @}, tab or carriage return) gets a leading
 * {@code '} (CSV injection); a number is never changed.
 * <p>
 * XLSX: numbers as number cells, text as string cells exactly as given: a string cell is
 * never a formula, so {@code +49 541 123} and {@code =1+1} stay as typed.
 * <p>
 * Example: <pre>
 * return SpreadsheetTable.named("Fälle")
 *     .columns("Jahr", "Fälle")
 *     .row("2024", new BigDecimal("12"))
 *     .footer("Quelle", "eigene Zählung")
 *     .download(SpreadsheetTable.Format.CSV, "faelle-2024");
 * </pre>
 */
public final class SpreadsheetTable {

	/** The two formats, with their file name extension and media type. */
	public enum Format {

		CSV("csv", new MediaType("text", "csv", StandardCharsets.UTF_8)),
		XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

		private final String extension;

		private final MediaType mediaType;

		Format(String extension, MediaType mediaType) {
			this.extension = extension;
			this.mediaType = mediaType;
		}

		public String extension() {
			return this.extension;
		}

		public MediaType mediaType() {
			return this.mediaType;
		}

	}

	private final String sheetName;

	private final List<List<Object>> head = new ArrayList<>();

	private final List<String> columns = new ArrayList<>();

	private final List<List<?>> rows = new ArrayList<>();

	private final List<List<Object>> foot = new ArrayList<>();

	private SpreadsheetTable(String sheetName) {
		this.sheetName = sheetName;
	}

	/** A table whose XLSX sheet has this name. */
	public static SpreadsheetTable named(String sheetName) {
		return new SpreadsheetTable(sheetName);
	}

	/** A line above the table (label and value), e.g. the indicator's name. */
	public SpreadsheetTable about(String label, String value) {
		this.head.add(List.of(label, (value == null) ? "" : value));
		return this;
	}

	public SpreadsheetTable columns(String... names) {
		return columns(List.of(names));
	}

	public SpreadsheetTable columns(List<String> names) {
		this.columns.addAll(names);
		return this;
	}

	/** A row of cells. */
	public SpreadsheetTable row(Object... cells) {
		return row(Arrays.asList(cells));
	}

	/** A row of cells. */
	public SpreadsheetTable row(List<?> cells) {
		this.rows.add(cells);
		return this;
	}

	/** A line below the table (label and value), e.g. source and licence. */
	public SpreadsheetTable footer(String label, String value) {
		this.foot.add(List.of(label, (value == null) ? "" : value));
		return this;
	}

	/**
	 * A CSV text field a spreadsheet cannot run as a formula: a leading {@code '} where
	 * it starts with {@code = + - @}, a tab or a carriage return.
	 */
	public static String neutraliseCsv(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		char first = text.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + text : text;
	}

	/** The table in the format. */
	public byte[] bytes(Format format) {
		return (format == Format.XLSX) ? xlsx() : csv();
	}

	/** The table as a download: {@code baseName} with the format's extension. */
	public ResponseEntity<byte[]> download(Format format, String baseName) {
		String fileName = baseName + "." + format.extension();
		return ResponseEntity.ok()
			.contentType(format.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(bytes(format));
	}

	public byte[] csv() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
			writer.write('\uFEFF');
			CsvWriter csv = CsvWriter.builder().fieldSeparator(';').lineDelimiter(LineDelimiter.CRLF).build(writer);
			for (List<Object> line : this.head) {
				csv.writeRecord(csvCells(line));
			}
			if (!this.head.isEmpty()) {
				csv.writeRecord(List.of());
			}
			csv.writeRecord(csvCells(this.columns));
			for (List<?> row : this.rows) {
				csv.writeRecord(csvCells(row));
			}
			if (!this.foot.isEmpty()) {
				csv.writeRecord(List.of());
			}
			for (List<Object> line : this.foot) {
				csv.writeRecord(csvCells(line));
			}
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static List<String> csvCells(List<?> cells) {
		List<String> text = new ArrayList<>(cells.size());
		for (Object cell : cells) {
			if (cell instanceof BigDecimal number) {
				text.add(number.toPlainString().replace('.', ','));
			}
			else if (cell instanceof Number number) {
				text.add(number.toString());
			}
			else {
				text.add(neutraliseCsv((cell == null) ? "" : cell.toString()));
			}
		}
		return text;
	}

	public byte[] xlsx() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(bytes, "Teilhabe", "1.0");
			Worksheet sheet = workbook.newWorksheet(this.sheetName);
			int r = 0;
			for (List<Object> line : this.head) {
				cells(sheet, r++, line);
			}
			if (!this.head.isEmpty()) {
				r++;
			}
			for (int c = 0; c < this.columns.size(); c++) {
				sheet.value(r, c, this.columns.get(c));
				sheet.style(r, c).bold().set();
			}
			r++;
			for (List<?> row : this.rows) {
				cells(sheet, r++, row);
			}
			if (!this.foot.isEmpty()) {
				r++;
			}
			for (List<Object> line : this.foot) {
				cells(sheet, r++, line);
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** Numbers as number cells, everything else as a string cell (never a formula). */
	private static void cells(Worksheet sheet, int r, List<?> cells) {
		for (int c = 0; c < cells.size(); c++) {
			Object cell = cells.get(c);
			if (cell instanceof Number number) {
				sheet.value(r, c, number);
			}
			else if (cell != null && !cell.toString().isEmpty()) {
				sheet.value(r, c, cell.toString());
			}
		}
	}

}
