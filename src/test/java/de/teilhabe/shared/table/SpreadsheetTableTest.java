package de.teilhabe.shared.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared table writer: CSV for German spreadsheets with formulas neutralised, XLSX
 * with text exactly as typed (a string cell is never a formula) and numbers as numbers.
 */
class SpreadsheetTableTest {

	private static SpreadsheetTable table() {
		return SpreadsheetTable.named("Kontakte")
			.about("Liste", "=Kontakte")
			.columns("Name", "Telefon", "Wert", "Anzahl")
			.row("=1+1", "+49 541 123", new BigDecimal("-1.5"), 42)
			.row("@SUM(A1)", "-x", null, null)
			.row("\tTab", "\rCR", new BigDecimal("1234.25"), 7L)
			.row("Verein; „Nord“ \"Süd\"", "Osnabrück", BigDecimal.ZERO, 0)
			.footer("Quelle", "+eigene Zählung");
	}

	@Test
	void csvIsForGermanSpreadsheetsAndNeutralisesFormulas() {
		byte[] bytes = table().csv();
		assertThat(new byte[] { bytes[0], bytes[1], bytes[2] })
			.isEqualTo(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertThat(csv.split("\r\n", -1)).containsExactly("Liste;'=Kontakte", "", "Name;Telefon;Wert;Anzahl",
				"'=1+1;'+49 541 123;-1,5;42", "'@SUM(A1);'-x;;", "'\tTab;\"'\rCR\";1234,25;7",
				"\"Verein; „Nord“ \"\"Süd\"\"\";Osnabrück;0;0", "", "Quelle;'+eigene Zählung", "");
		assertThat(SpreadsheetTable.neutraliseCsv("Osnabrück")).isEqualTo("Osnabrück");
		assertThat(SpreadsheetTable.neutraliseCsv(null)).isEmpty();
	}

	@Test
	void csvWithoutHeadAndFootIsJustTheTable() {
		String csv = new String(SpreadsheetTable.named("T").columns("A", "B").row("1", "2").csv(),
				StandardCharsets.UTF_8);
		assertThat(csv).isEqualTo("\uFEFFA;B\r\n1;2\r\n");
	}

	@Test
	void xlsxKeepsTextAsTypedAndNumbersAsNumbers() throws IOException {
		byte[] xlsx = table().xlsx();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getFirstSheet().getName()).isEqualTo("Kontakte");
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(1)).isEqualTo("=Kontakte");
			// the reader skips the empty line between the lines about the table and the
			// table
			Row header = rows.get(1);
			assertThat(header.getRowNum()).isEqualTo(3);
			assertThat(header.getCellText(0)).isEqualTo("Name");
			Row first = rows.get(2);
			assertThat(first.getCell(0).getType()).isEqualTo(CellType.STRING);
			assertThat(first.getCellText(0)).isEqualTo("=1+1");
			assertThat(first.getCell(1).getType()).isEqualTo(CellType.STRING);
			assertThat(first.getCellText(1)).isEqualTo("+49 541 123");
			assertThat(first.getCell(2).getType()).isEqualTo(CellType.NUMBER);
			assertThat(first.getCell(2).asNumber()).isEqualByComparingTo("-1.5");
			assertThat(first.getCell(3).asNumber()).isEqualByComparingTo("42");
			Row second = rows.get(3);
			assertThat(second.getCellText(0)).isEqualTo("@SUM(A1)");
			assertThat(second.getCellText(1)).isEqualTo("-x");
			assertThat(rows.get(4).getCellText(0)).isEqualTo("\tTab");
			assertThat(rows.get(6).getCellText(1)).isEqualTo("+eigene Zählung");
		}
		// no formula anywhere in the sheet
		assertThat(sheetXml(xlsx)).doesNotContain("<f>").doesNotContain("<f ");
	}

	@Test
	void downloadNamesTheFileAndItsType() {
		ResponseEntity<byte[]> csv = table().download(SpreadsheetTable.Format.CSV, "kontakte-2026-12-04");
		assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
			.contains("kontakte-2026-12-04.csv");
		ResponseEntity<byte[]> xlsx = table().download(SpreadsheetTable.Format.XLSX, "kontakte");
		assertThat(xlsx.getHeaders().getContentType().toString())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(xlsx.getBody()).startsWith((byte) 'P', (byte) 'K');
	}

	private static String sheetXml(byte[] xlsx) throws IOException {
		// the workbook is streamed (sizes after the data), which ZipInputStream cannot
		// read
		Path file = Files.createTempFile("sheet", ".xlsx");
		try {
			Files.write(file, xlsx);
			try (ZipFile zip = new ZipFile(file.toFile())) {
				ZipEntry entry = zip.getEntry("xl/worksheets/sheet1.xml");
				return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		finally {
			Files.delete(file);
		}
	}

}
