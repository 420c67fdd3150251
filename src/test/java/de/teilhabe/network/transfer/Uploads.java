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
		String csrf = http.csrfFrom("/network/import");
		String boundary = "----teilhabe" + UUID.randomUUID().toString().replace("-", "");
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpRequest request = http
			.request("/network/import"
					+ ((csrf != null) ? "?_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) : ""))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)))
			.build();
		return http.send(request);
	}

	/**
	 * A workbook with one sheet of text cells; a cell given as a Number is a number cell.
	 */
	static byte[] xlsx(List<List<Object>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "test", "1.0");
			Worksheet sheet = workbook.newWorksheet("Organisationen");
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
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[body.length + 3];
		bytes[0] = (byte) 0xEF;
		bytes[1] = (byte) 0xBB;
		bytes[2] = (byte) 0xBF;
		System.arraycopy(body, 0, bytes, 3, body.length);
		return bytes;
	}

}
