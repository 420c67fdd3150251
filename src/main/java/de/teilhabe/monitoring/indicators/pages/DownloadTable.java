package de.teilhabe.monitoring.indicators.pages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table to download as CSV or XLSX: a few lines about what it is, the column headers,
 * the rows (text or numbers), and source and licence lines at the end.
 * <p>
 * CSV as German spreadsheets open it: UTF-8 with BOM, {@code ;} between fields, decimal
 * comma without grouping. XLSX: numbers as numbers, text as text. In both, a text cell
 * that a spreadsheet could take for a formula (starting with {@code =}, {@code +},
 * {@code -}, {@code @}, tab or carriage return) gets a leading {@code '}.
 */
final class DownloadTable {

	private final String sheetName;

	private final List<List<Object>> head = new ArrayList<>();

	private final List<String> columns = new ArrayList<>();

	private final List<List<Object>> rows = new ArrayList<>();

	private final List<List<Object>> foot = new ArrayList<>();

	DownloadTable(String sheetName) {
		this.sheetName = sheetName;
	}

	DownloadTable about(String label, String value) {
		this.head.add(List.of(label, (value == null) ? "" : value));
		return this;
	}

	DownloadTable columns(String... names) {
		this.columns.addAll(List.of(names));
		return this;
	}

	/** A row of cells: String, BigDecimal, Integer or null (empty). */
	DownloadTable row(Object... cells) {
		this.rows.add(java.util.Arrays.asList(cells));
		return this;
	}

	DownloadTable footer(String label, String value) {
		this.foot.add(List.of(label, (value == null) ? "" : value));
		return this;
	}

	/** A text cell a spreadsheet cannot run as a formula. */
	static String neutralise(String text) {
		if (text == null || text.isEmpty()) {
			return (text == null) ? "" : text;
		}
		char first = text.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + text : text;
	}

	byte[] csv() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
			writer.write('\uFEFF');
			CsvWriter csv = CsvWriter.builder().fieldSeparator(';').lineDelimiter(LineDelimiter.CRLF).build(writer);
			for (List<Object> line : this.head) {
				csv.writeRecord(csvCells(line));
			}
			csv.writeRecord(List.of());
			csv.writeRecord(this.columns.stream().map(DownloadTable::neutralise).toList());
			for (List<Object> row : this.rows) {
				csv.writeRecord(csvCells(row));
			}
			csv.writeRecord(List.of());
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

	private static List<String> csvCells(List<Object> cells) {
		List<String> text = new ArrayList<>(cells.size());
		for (Object cell : cells) {
			if (cell instanceof BigDecimal number) {
				text.add(Figures.decimalComma(number));
			}
			else if (cell instanceof Number number) {
				text.add(number.toString());
			}
			else {
				text.add(neutralise((cell == null) ? "" : cell.toString()));
			}
		}
		return text;
	}

	byte[] xlsx() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(bytes, "Teilhabe", "1.0");
			Worksheet sheet = workbook.newWorksheet(this.sheetName);
			int r = 0;
			for (List<Object> line : this.head) {
				cells(sheet, r++, line);
			}
			r++;
			for (int c = 0; c < this.columns.size(); c++) {
				sheet.value(r, c, neutralise(this.columns.get(c)));
				sheet.style(r, c).bold().set();
			}
			r++;
			for (List<Object> row : this.rows) {
				cells(sheet, r++, row);
			}
			r++;
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

	private static void cells(Worksheet sheet, int r, List<Object> cells) {
		for (int c = 0; c < cells.size(); c++) {
			Object cell = cells.get(c);
			if (cell instanceof Number number) {
				sheet.value(r, c, number);
			}
			else if (cell != null) {
				sheet.value(r, c, neutralise(cell.toString()));
			}
		}
	}

}
