package de.teilhabe.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Files of tables to upload in tests: XLSX made with fastexcel, CSV with a BOM. */
public final class TableFiles {

	private TableFiles() {
	}

	/**
	 * A workbook with one sheet of text cells; a cell given as a Number is a number cell.
	 */
	public static byte[] xlsx(List<List<Object>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "test", "1.0");
			Worksheet sheet = workbook.newWorksheet("Tabelle");
			for (int row = 0; row < rows.size(); row++) {
				for (int column = 0; column < rows.get(row).size(); column++) {
					Object value = rows.get(row).get(column);
					if (value instanceof Number number) {
						sheet.value(row, column, number);
					}
					else if (value != null) {
						sheet.value(row, column, value.toString());
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

	/** Text with a UTF-8 byte order mark. */
	public static byte[] utf8WithBom(String text) {
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[body.length + 3];
		bytes[0] = (byte) 0xEF;
		bytes[1] = (byte) 0xBB;
		bytes[2] = (byte) 0xBF;
		System.arraycopy(body, 0, bytes, 3, body.length);
		return bytes;
	}

}
