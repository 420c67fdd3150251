package de.teilhabe.network.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import de.teilhabe.support.Http;
import de.teilhabe.support.TableFiles;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Uploading organisation lists in tests: multipart with the CSRF token in the URL (as the
 * upload form does), and XLSX files made with fastexcel.
 */
final class Uploads {

	private Uploads() {
	}

	static HttpResponse<String> upload(Http http, String fileName, byte[] content) {
		return http.upload("/network/import", "/network/import", fileName, content);
	}

	/**
	 * A workbook with one sheet of text cells; a cell given as a Number is a number cell.
	 */
	static byte[] xlsx(List<List<Object>> rows) {
		return TableFiles.xlsx(rows);
	}

	/**
	 * The workbook with one more entry of {@code paddingBytes} zeros: a small file that
	 * unpacks huge (a zip bomb), otherwise a valid XLSX.
	 */
	static byte[] withPadding(byte[] xlsx, long paddingBytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Path file = Files.createTempFile("teilhabe-test-", ".xlsx");
			Files.write(file, xlsx);
			try (ZipFile in = new ZipFile(file.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
				zip.setLevel(Deflater.BEST_COMPRESSION);
				for (ZipEntry entry : java.util.Collections.list(in.entries())) {
					zip.putNextEntry(new ZipEntry(entry.getName()));
					in.getInputStream(entry).transferTo(zip);
					zip.closeEntry();
				}
				zip.putNextEntry(new ZipEntry("xl/media/padding.bin"));
				byte[] zeros = new byte[1024 * 1024];
				for (long written = 0; written < paddingBytes; written += zeros.length) {
					zip.write(zeros, 0, (int) Math.min(zeros.length, paddingBytes - written));
				}
				zip.closeEntry();
			}
			finally {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** Text with a UTF-8 byte order mark. */
	static byte[] utf8WithBom(String text) {
		return TableFiles.utf8WithBom(text);
	}

}
