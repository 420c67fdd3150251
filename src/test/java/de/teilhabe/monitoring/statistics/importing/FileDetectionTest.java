package de.teilhabe.monitoring.statistics.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileDetectionTest {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final String OPEN_SDG = "Year,Gebietseinheit,Geschlecht,GeoCode,Value\n"
			+ "2019,Osnabrück,männlich,K03459,177737\n";

	@Test
	void detectsUtf8WithAndWithoutBom() {
		CollectingSink withBom = CollectingSink.parse("indicator_9-9-9.csv", "\uFEFF" + OPEN_SDG,
				StandardCharsets.UTF_8);
		CollectingSink withoutBom = CollectingSink.parse("indicator_9-9-9.csv", OPEN_SDG, StandardCharsets.UTF_8);
		for (CollectingSink sink : new CollectingSink[] { withBom, withoutBom }) {
			assertThat(sink.summary.charset()).isEqualTo(StandardCharsets.UTF_8);
			assertThat(sink.summary.format()).isEqualTo(StatisticsFormat.OPEN_SDG);
			assertThat(sink.series.get(0).dimensionNames()).containsExactly("Geschlecht");
			assertThat(sink.observations.get(0).dimensions()).containsEntry("Geschlecht", "männlich");
		}
	}

	@Test
	void detectsWindows1252FromInvalidUtf8() {
		CollectingSink sink = CollectingSink.parse("indicator_9-9-9.csv", OPEN_SDG, WINDOWS_1252);
		assertThat(sink.summary.charset()).isEqualTo(WINDOWS_1252);
		assertThat(sink.observations.get(0).dimensions()).containsEntry("Geschlecht", "männlich");
	}

	@Test
	void detectsTheDelimiter() {
		String semicolons = OPEN_SDG.replace(',', ';');
		String tabs = OPEN_SDG.replace(',', '\t');
		assertThat(CollectingSink.parse("a.csv", semicolons, StandardCharsets.UTF_8).summary.delimiter())
			.isEqualTo(';');
		assertThat(CollectingSink.parse("a.csv", tabs, StandardCharsets.UTF_8).summary.delimiter()).isEqualTo('\t');
		CollectingSink commas = CollectingSink.parse("a.csv",
				"Year,Branche,Value\n2019,\"Handel; Verkehr, Gastgewerbe\",12.5\n", StandardCharsets.UTF_8);
		assertThat(commas.summary.delimiter()).isEqualTo(',');
		assertThat(commas.observations.get(0).dimensions()).containsEntry("Branche", "Handel; Verkehr, Gastgewerbe");
	}

	@Test
	void anEmptyFileIsAFileLevelError() {
		assertKind(new byte[0], StatisticsFileException.Kind.EMPTY);
		assertKind("\uFEFF \r\n\r\n".getBytes(StandardCharsets.UTF_8), StatisticsFileException.Kind.EMPTY);
	}

	@Test
	void aBinaryFileIsAFileLevelError() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertKind(png, StatisticsFileException.Kind.BINARY);
	}

	@Test
	void anUnknownFormatIsAFileLevelError() {
		assertKind("Name,Adresse\nMüller,Hauptstraße 1\n".getBytes(StandardCharsets.UTF_8),
				StatisticsFileException.Kind.UNKNOWN_FORMAT);
	}

	@Test
	void missingRequiredColumnsAreNamed() {
		StatisticsFileException error = failure(
				"Year,Gebietseinheit,GeoCode,Wert\n2019,Osnabrück,K03459,1\n".getBytes(StandardCharsets.UTF_8));
		assertThat(error.kind()).isEqualTo(StatisticsFileException.Kind.MISSING_COLUMNS);
		assertThat(error.format()).isEqualTo(StatisticsFormat.OPEN_SDG);
		assertThat(error.missingColumns()).containsExactly("Value");

		StatisticsFileException flat = failure(
				"statistics_code;statistics_label;time;1_variable_code;1_variable_attribute_code;value\n1;2;3;4;5;6\n"
					.getBytes(StandardCharsets.UTF_8));
		assertThat(flat.format()).isEqualTo(StatisticsFormat.GENESIS_FLAT);
		assertThat(flat.missingColumns()).containsExactly("time_code", "value_unit", "value_variable_code");
	}

	@Test
	void readsAZipHoldingOneCsv() throws IOException {
		byte[] zip = zip(new String[] { "daten/indicator_9-9-9.csv" }, OPEN_SDG);
		CollectingSink sink = CollectingSink.parse("upload.zip", new ByteArrayInputStream(zip));
		assertThat(sink.observations).hasSize(1);
		assertThat(sink.series.get(0).code()).isEqualTo("9-9-9");
	}

	@Test
	void refusesAZipWithTwoEntries() throws IOException {
		byte[] zip = zip(new String[] { "a.csv", "b.csv" }, OPEN_SDG);
		StatisticsFileException error = failure(zip);
		assertThat(error.kind()).isEqualTo(StatisticsFileException.Kind.UNREADABLE);
		assertThat(error.getMessage()).contains("more than one file");
	}

	@Test
	void refusesAZipThatIsTooLargeUncompressed() throws IOException {
		// 20 MB of one repeated row compress to a few kB
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			out.putNextEntry(new ZipEntry("bomb.csv"));
			out.write("Year,GeoCode,Value\n".getBytes(StandardCharsets.UTF_8));
			byte[] row = "2019,K03459,1\n".getBytes(StandardCharsets.UTF_8);
			for (int i = 0; i < 1_500_000; i++) {
				out.write(row);
			}
			out.closeEntry();
		}
		assertThat(bytes.size()).isLessThan(200_000);
		StatisticsFileReader reader = new StatisticsFileReader(GemeindeverzeichnisLookup.load(),
				ImportSettings.defaults().withMaxUncompressedBytes(10_000_000));
		assertThatThrownBy(
				() -> reader.read("bomb.zip", new ByteArrayInputStream(bytes.toByteArray()), new CollectingSink()))
			.isInstanceOfSatisfying(StatisticsFileException.class,
					(ex) -> assertThat(ex.kind()).isEqualTo(StatisticsFileException.Kind.TOO_LARGE));
	}

	@Test
	void aDamagedZipIsUnreadable() {
		byte[] damaged = { 'P', 'K', 3, 4, 20, 0, 8, 8, 8, 0, 1, 2, 3 };
		assertThat(failure(damaged).kind()).isIn(StatisticsFileException.Kind.UNREADABLE,
				StatisticsFileException.Kind.EMPTY);
	}

	private static byte[] zip(String[] names, String content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (String name : names) {
				out.putNextEntry(new ZipEntry(name));
				out.write(content.getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	private static void assertKind(byte[] content, StatisticsFileException.Kind kind) {
		assertThat(failure(content).kind()).isEqualTo(kind);
	}

	private static StatisticsFileException failure(byte[] content) {
		InputStream in = new ByteArrayInputStream(content);
		try {
			CollectingSink.parse("upload.csv", in);
		}
		catch (StatisticsFileException ex) {
			return ex;
		}
		throw new AssertionError("expected a file-level error");
	}

}
