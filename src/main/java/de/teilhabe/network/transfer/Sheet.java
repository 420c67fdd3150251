package de.teilhabe.network.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table to download as CSV or XLSX. Every cell is text, and a cell that a spreadsheet
 * would take as a formula (starting with {@code = + - @}, a tab or a carriage return) is
 * neutralised with a leading apostrophe (CSV injection).
 *
 * @param name the sheet's name (and the file's base name)
 * @param headers the column headers
 * @param rows the rows, each as long as the headers (null cells are empty)
 */
record Sheet(String name, List<String> headers, List<List<String>> rows) {

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/**
	 * The value with a leading apostrophe if a spreadsheet would read it as a formula.
	 */
	static String neutralise(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return formula ? "'" + value : value;
	}

	/**
	 * CSV as Excel opens it in a German locale: UTF-8 with a byte order mark, semicolons,
	 * CRLF line ends, every field quoted where needed.
	 */
	byte[] csv() {
		StringBuilder csv = new StringBuilder();
		csvLine(csv, this.headers);
		this.rows.forEach((row) -> csvLine(csv, row));
		byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[UTF8_BOM.length + text.length];
		System.arraycopy(UTF8_BOM, 0, withBom, 0, UTF8_BOM.length);
		System.arraycopy(text, 0, withBom, UTF8_BOM.length, text.length);
		return withBom;
	}

	private static void csvLine(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(';');
			}
			String value = neutralise(cells.get(i));
			if (value.indexOf(';') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
					|| value.indexOf('\r') >= 0) {
				csv.append('"').append(value.replace("\"", "\"\"")).append('"');
			}
			else {
				csv.append(value);
			}
		}
		csv.append("\r\n");
	}

	/** XLSX with one sheet: a bold header row, every cell a text cell. */
	byte[] xlsx() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Teilhabe", "1.0");
			Worksheet sheet = workbook.newWorksheet(this.name);
			for (int column = 0; column < this.headers.size(); column++) {
				sheet.value(0, column, neutralise(this.headers.get(column)));
				sheet.style(0, column).bold().set();
			}
			for (int row = 0; row < this.rows.size(); row++) {
				List<String> cells = this.rows.get(row);
				for (int column = 0; column < cells.size(); column++) {
					String value = neutralise(cells.get(column));
					if (!value.isEmpty()) {
						sheet.value(row + 1, column, value);
					}
				}
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
