package de.teilhabe.monitoring.statistics.imports;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CopyRow} writes PostgreSQL's binary COPY format: text as UTF-8 without NUL,
 * numbers in base-10 000 digit groups with the scale they were written with. (That the
 * database stores the same as with the text format is what the import tests check.)
 */
class CopyRowTest {

	@Test
	void writesTextAsUtf8WithoutNul() {
		assertThat(text("a\\b\tc\nd\0e")).isEqualTo("a\\b\tc\nde".getBytes(StandardCharsets.UTF_8));
		assertThat(text("Nationalität – Männer 😀"))
			.isEqualTo("Nationalität – Männer 😀".getBytes(StandardCharsets.UTF_8));
		assertThat(text("lone \uD83D surrogate")).isEqualTo("lone ? surrogate".getBytes(StandardCharsets.UTF_8));
		assertThat(text("\uD83D\0\uDE00")).isEqualTo("??".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void randomTextIsWrittenAsTheReferenceWritesIt() {
		Random random = new Random(11);
		char[] alphabet = { 'a', 'Z', '0', ' ', '"', '\\', '\t', '\n', '\r', '\0', '\u0001', '\u007f', 'ä', 'ß', '€',
				'\u00a0', '\uD83D', '\uDE00', '\uFFFF' };
		for (int n = 0; n < 2_000; n++) {
			char[] chars = new char[random.nextInt(40)];
			for (int i = 0; i < chars.length; i++) {
				chars[i] = alphabet[random.nextInt(alphabet.length)];
			}
			String value = new String(chars);
			assertThat(text(value)).as(value).isEqualTo(reference(value));
		}
	}

	@Test
	void writesNumbersInDigitGroupsWithTheirScale() {
		// {ndigits, weight, sign, dscale, digits...}
		assertThat(numeric("12.50")).containsExactly(2, 0, 0, 2, 12, 5000);
		assertThat(numeric("0.0123")).containsExactly(1, -1, 0, 4, 123);
		assertThat(numeric("100000")).containsExactly(1, 1, 0, 0, 10);
		assertThat(numeric("-3.5")).containsExactly(2, 0, 0x4000, 1, 3, 5000);
		assertThat(numeric("0.00001")).containsExactly(1, -2, 0, 5, 1000);
		assertThat(numeric("0")).containsExactly(0, 0, 0, 0);
		assertThat(numeric("0.000")).containsExactly(0, 0, 0, 3);
		assertThat(numeric("123456789.123456789")).containsExactly(6, 2, 0, 9, 1, 2345, 6789, 1234, 5678, 9000);
	}

	@Test
	void writesIdsAndNulls() {
		UUID id = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
		ByteBuffer fields = ByteBuffer.wrap(new CopyRow().begin(3).uuid(id).uuid(null).int8(-2).fields());
		assertThat(fields.getInt()).isEqualTo(16);
		assertThat(new UUID(fields.getLong(), fields.getLong())).isEqualTo(id);
		assertThat(fields.getInt()).isEqualTo(-1);
		assertThat(fields.getInt()).isEqualTo(8);
		assertThat(fields.getLong()).isEqualTo(-2);
		assertThat(fields.hasRemaining()).isFalse();
	}

	private static byte[] text(String value) {
		byte[] field = new CopyRow().begin(1).text(value).fields();
		assertThat(ByteBuffer.wrap(field).getInt()).isEqualTo(field.length - 4);
		return Arrays.copyOfRange(field, 4, field.length);
	}

	private static int[] numeric(String plain) {
		ByteBuffer field = ByteBuffer.wrap(new CopyRow().begin(1).numeric(plain).fields());
		int length = field.getInt();
		assertThat(length).isEqualTo(field.remaining());
		int[] shorts = new int[length / 2];
		for (int i = 0; i < shorts.length; i++) {
			shorts[i] = field.getShort();
		}
		return shorts;
	}

	/**
	 * Without NUL, each character of the text in UTF-8 and a lone surrogate as {@code ?}
	 * (whether a surrogate is lone is a matter of the text as given).
	 */
	private static byte[] reference(String value) {
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		value.codePoints().forEach((c) -> {
			String text = (c == 0) ? "" : (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) ? "?"
					: new String(Character.toChars(c));
			b.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		});
		return b.toByteArray();
	}

}
