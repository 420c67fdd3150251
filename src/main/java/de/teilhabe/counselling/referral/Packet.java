package de.teilhabe.counselling.referral;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import de.teilhabe.counselling.client.DataCategory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data packet of a referral: exactly the values passed on, each with its category and
 * field, in the language of the counsellor who sent it (names of languages, topics,
 * residence status as the preview showed them). Stored encrypted as JSON as sent.
 *
 * @param recipient the organisation's name when sent
 * @param language the language the values are written in ({@code de} or {@code en})
 * @param lines the values, in the order shown
 */
public record Packet(String recipient, String language, List<Line> lines) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The packet as stored. */
	String json() {
		return JSON.writeValueAsString(this);
	}

	/** A stored packet. */
	static Packet of(String json) {
		return JSON.readValue(json, Packet.class);
	}

	/**
	 * A fingerprint of the packet (SHA-256 of its JSON, hex): the preview hands it to the
	 * send, which refuses a packet that changed in between.
	 */
	String fingerprint() {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(json().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The lines of a category. */
	public List<Line> of(DataCategory category) {
		return this.lines.stream().filter((line) -> line.category() == category).toList();
	}

	/**
	 * One value passed on.
	 *
	 * @param category its category
	 * @param field the field ({@code firstName}, {@code phone}, {@code languages},
	 * {@code topics}, {@code description} …), named in the bundle
	 * ({@code counselling.referrals.field.<field>})
	 * @param value the value as passed on
	 */
	public record Line(DataCategory category, String field, String value) {
	}

}
