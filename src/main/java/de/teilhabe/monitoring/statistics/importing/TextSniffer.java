package de.teilhabe.monitoring.statistics.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks at the first bytes of a text file: byte order mark, encoding (UTF-8 unless the
 * bytes are not valid UTF-8, then Windows-1252), whether it is text at all, and the field
 * delimiter ({@code ,} {@code ;} or tab, counted outside quotes).
 */
final class TextSniffer {

	static final int HEAD_BYTES = 64 * 1024;

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final int HEAD_LINES = 40;

	private TextSniffer() {
	}

	/**
	 * What the head of a file says.
	 *
	 * @param charset the encoding
	 * @param bomLength bytes of byte order mark to skip
	 * @param delimiter the field delimiter
	 * @param lines the first lines (the last, possibly cut, line of a long head dropped)
	 */
	record Head(Charset charset, int bomLength, char delimiter, List<String> lines, String text) {

	}

	/**
	 * Reads the head and resets the stream to its start.
	 * @param in a stream supporting mark/reset
	 * @return the head
	 * @throws StatisticsFileException if the file is empty or binary
	 */
	static Head sniff(BufferedInputStream in) throws IOException {
		in.mark(HEAD_BYTES + 1);
		byte[] head = in.readNBytes(HEAD_BYTES);
		boolean truncated = in.read() != -1;
		in.reset();
		if (head.length == 0) {
			throw new StatisticsFileException(StatisticsFileException.Kind.EMPTY, "The file is empty.",
					"monitoring.fileError.detail.empty");
		}
		Charset charset;
		int bom = 0;
		if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
			charset = StandardCharsets.UTF_8;
			bom = 3;
		}
		else if (startsWith(head, 0xFF, 0xFE)) {
			charset = StandardCharsets.UTF_16LE;
			bom = 2;
		}
		else if (startsWith(head, 0xFE, 0xFF)) {
			charset = StandardCharsets.UTF_16BE;
			bom = 2;
		}
		else {
			requireText(head);
			charset = isUtf8(head, truncated) ? StandardCharsets.UTF_8 : WINDOWS_1252;
		}
		int length = head.length - bom;
		if (charset == StandardCharsets.UTF_8) {
			length = completeUtf8Length(head, bom, head.length) - bom;
		}
		String text = new String(head, bom, length, charset);
		if (text.isBlank()) {
			throw new StatisticsFileException(StatisticsFileException.Kind.EMPTY, "The file holds no data.",
					"monitoring.fileError.detail.noData");
		}
		if (text.indexOf('\0') >= 0) {
			throw binary();
		}
		List<String> lines = lines(text, truncated);
		if (truncated && lines.size() > 1) {
			int cut = text.lastIndexOf('\n');
			text = text.substring(0, cut + 1);
		}
		return new Head(charset, bom, delimiter(lines), lines, text);
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** Text has no NUL bytes and hardly any other control characters. */
	private static void requireText(byte[] head) {
		int control = 0;
		for (byte b : head) {
			int c = b & 0xFF;
			if (c == 0) {
				throw binary();
			}
			if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
				control++;
			}
		}
		if (control * 100 > head.length) {
			throw binary();
		}
	}

	static StatisticsFileException binary() {
		return new StatisticsFileException(StatisticsFileException.Kind.BINARY,
				"The file is not a text file (CSV). Upload the CSV export, or a zip archive holding one CSV file.",
				"monitoring.fileError.detail.binary");
	}

	private static boolean isUtf8(byte[] head, boolean truncated) {
		int length = truncated ? completeUtf8Length(head, 0, head.length) : head.length;
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(head, 0, length));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/** The length without a UTF-8 sequence cut off at the end of the head. */
	private static int completeUtf8Length(byte[] bytes, int from, int to) {
		int i = to - 1;
		int continuation = 0;
		while (i >= from && continuation < 3 && (bytes[i] & 0xC0) == 0x80) {
			i--;
			continuation++;
		}
		if (i < from) {
			return to;
		}
		int lead = bytes[i] & 0xFF;
		int expected = (lead >= 0xF0) ? 4 : (lead >= 0xE0) ? 3 : (lead >= 0xC0) ? 2 : 1;
		return (continuation + 1 < expected) ? i : to;
	}

	private static List<String> lines(String text, boolean truncated) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		while (start < text.length() && lines.size() < HEAD_LINES) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				if (!truncated) {
					lines.add(text.substring(start));
				}
				break;
			}
			lines.add(stripCr(text.substring(start, end)));
			start = end + 1;
		}
		return lines;
	}

	private static String stripCr(String line) {
		return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
	}

	/**
	 * The delimiter found outside quotes on the most lines; ties go to the one found more
	 * often. A file with none of them is read as comma-separated (one column).
	 */
	static char delimiter(List<String> lines) {
		char[] candidates = { ';', ',', '\t' };
		char best = ',';
		int bestLines = 0;
		int bestTotal = 0;
		for (char candidate : candidates) {
			int linesWith = 0;
			int total = 0;
			for (String line : lines) {
				int count = countOutsideQuotes(line, candidate);
				if (count > 0) {
					linesWith++;
					total += count;
				}
			}
			if (linesWith > bestLines || (linesWith == bestLines && total > bestTotal)) {
				best = candidate;
				bestLines = linesWith;
				bestTotal = total;
			}
		}
		return best;
	}

	private static int countOutsideQuotes(String line, char delimiter) {
		boolean quoted = false;
		int count = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == delimiter && !quoted) {
				count++;
			}
		}
		return count;
	}

}
