package de.teilhabe.region.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import de.teilhabe.region.Language;
import de.teilhabe.region.Languages;

/**
 * Checks a submitted settings form and normalises it (trimmed, empty → null, line breaks
 * as {@code \n}). Errors are message keys (with arguments) per field, in form order.
 */
final class SettingsValidation {

	static final int MAX_LOGO_BYTES = 512 * 1024;

	private static final Pattern POSTCODE = Pattern.compile("[0-9]{5}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()/\\-]{3,40}");

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a };

	private static final byte[] JPEG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };

	private final Map<String, FieldError> errors = new LinkedHashMap<>();

	/** A field's problem: a message key and its arguments. */
	record FieldError(String key, Object... args) {
	}

	/** A normalised form, ready to store. */
	record Values(String name, String officeName, String street, String postcode, String city, String officeHours,
			String phone, String email, String website, String imprintText, String privacyText,
			List<String> publicLanguages) {
	}

	Map<String, FieldError> errors() {
		return this.errors;
	}

	Values check(SettingsForm form) {
		String name = text("name", form.getName(), 200, true);
		String officeName = text("officeName", form.getOfficeName(), 200, false);
		String street = text("street", form.getStreet(), 200, false);
		String postcode = text("postcode", form.getPostcode(), 5, false);
		if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
			reject("postcode", "region.settings.error.postcode");
		}
		String city = text("city", form.getCity(), 100, false);
		String officeHours = text("officeHours", form.getOfficeHours(), 2000, false);
		String phone = text("phone", form.getPhone(), 40, false);
		if (phone != null
				&& (!PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < 3)) {
			reject("phone", "region.settings.error.phone");
		}
		String email = text("email", form.getEmail(), 254, false);
		if (email != null && !EMAIL.matcher(email).matches()) {
			reject("email", "region.settings.error.email");
		}
		String website = text("website", form.getWebsite(), 500, false);
		if (website != null && !isWebAddress(website)) {
			reject("website", "region.settings.error.website");
		}
		String imprintText = text("imprintText", form.getImprintText(), 20_000, false);
		String privacyText = text("privacyText", form.getPrivacyText(), 50_000, false);
		if (form.getVersion() == null) {
			reject("version", "region.settings.error.stale");
		}
		List<String> publicLanguages = publicLanguages(form.getPublicLanguages());
		return new Values(name, officeName, street, postcode, city, officeHours, phone, email, website, imprintText,
				privacyText, publicLanguages);
	}

	/**
	 * The ticked languages as codes of the reference list, each once, in the order given;
	 * null (unchanged) when the form did not carry the choice.
	 */
	private List<String> publicLanguages(List<String> ticked) {
		if (ticked == null) {
			return null;
		}
		List<String> codes = new ArrayList<>();
		for (String code : ticked) {
			Language language = Languages.find(code).orElse(null);
			if (language == null) {
				reject("publicLanguages", "region.settings.error.publicLanguages.unknown");
			}
			else if (!codes.contains(language.code())) {
				codes.add(language.code());
			}
		}
		if (codes.isEmpty()) {
			reject("publicLanguages", "region.settings.error.publicLanguages.none");
		}
		return codes;
	}

	/**
	 * Checks an uploaded logo: at most 512 KB, a PNG or JPEG by its first bytes.
	 * @return its media type, or null if it was rejected
	 */
	String checkLogo(byte[] content) {
		if (content.length > MAX_LOGO_BYTES) {
			reject("logo", "region.settings.error.logo.size", MAX_LOGO_BYTES / 1024);
			return null;
		}
		if (startsWith(content, PNG)) {
			return "image/png";
		}
		if (startsWith(content, JPEG)) {
			return "image/jpeg";
		}
		reject("logo", "region.settings.error.logo.type");
		return null;
	}

	private String text(String field, String value, int max, boolean required) {
		String normalised = (value != null) ? value.replace("\r\n", "\n").replace('\r', '\n').strip() : "";
		if (normalised.isEmpty()) {
			if (required) {
				reject(field, "region.settings.error.required");
			}
			return null;
		}
		if (normalised.length() > max) {
			reject(field, "region.settings.error.tooLong", max);
		}
		if (normalised.chars().anyMatch((c) -> c < 0x20 && c != '\n' && c != '\t')) {
			reject(field, "region.settings.error.control");
		}
		return normalised;
	}

	private void reject(String field, String key, Object... args) {
		this.errors.putIfAbsent(field, new FieldError(key, args));
	}

	private static boolean isWebAddress(String value) {
		try {
			URI uri = new URI(value);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
					&& uri.getHost().contains(".") && value.chars().noneMatch(Character::isWhitespace);
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
