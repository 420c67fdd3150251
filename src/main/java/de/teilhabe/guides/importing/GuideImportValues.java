package de.teilhabe.guides.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.guides.guide.GuideState;
import de.teilhabe.guides.guide.LanguageLevel;
import de.teilhabe.guides.guide.Mobility;
import de.teilhabe.guides.guide.Topic;
import de.teilhabe.region.Language;
import de.teilhabe.region.Languages;
import de.teilhabe.region.Region;
import de.teilhabe.shared.table.UploadedTable;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The cells of a guide list as the guide form takes them: Gemeinden by name (the official
 * name, „Stadt Quakenbrück“ or „Quakenbrück“ alike), languages by German or English name
 * with their level („Arabisch (Muttersprache), Deutsch C1, Kurdisch (Kurmanji) B2“),
 * topics, mobility and lifecycle state by their label (German or English, or a unique
 * part of it: „Behörden“), the certificate's day as {@code dd.MM.yyyy} and ja/nein. A
 * cell that names nothing known is a problem of its column; everything else is checked by
 * the guide form itself.
 */
final class GuideImportValues {

	private static final Pattern LEVEL = Pattern.compile(
			"(?iu)^(.*?)[\\s:,-]*(?:\\(\\s*)?\\b(muttersprache|erstsprache|native|first language|mother tongue|a1|a2|b1|b2|c1|c2)(?:\\s*\\))?$");

	private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final LocalDate SPREADSHEET_EPOCH = LocalDate.of(1899, 12, 30);

	private static final List<String> PLACE_PREFIXES = List.of("stadt", "gemeinde", "flecken", "hansestadt");

	private final Map<String, String> gemeinden = new HashMap<>();

	private final Map<String, String> languages = new HashMap<>();

	private final Map<String, String> topics = new LinkedHashMap<>();

	private final Map<String, String> mobilities = new LinkedHashMap<>();

	private final Map<String, String> states = new LinkedHashMap<>();

	/** What the cells of a row mean for the form, and what could not be read. */
	static final class Converted {

		final Map<String, Object> raw = new LinkedHashMap<>();

		final Map<String, DefaultMessageSourceResolvable> problems = new LinkedHashMap<>();

		GuideState state = GuideState.INTERESTED;

		void problem(String field, String code, Object... args) {
			Object[] shown = java.util.Arrays.stream(args)
				.map((arg) -> GuideImport.shown(String.valueOf(arg)))
				.toArray();
			this.problems.putIfAbsent(field, new DefaultMessageSourceResolvable(new String[] { code }, shown));
		}

	}

	GuideImportValues(List<Region> tenantGemeinden, MessageSource messages) {
		for (Region gemeinde : tenantGemeinden) {
			for (String name : List.of(gemeinde.key(), gemeinde.name(), gemeinde.label(),
					gemeinde.name().split(",")[0])) {
				this.gemeinden.putIfAbsent(UploadedTable.normalise(name), gemeinde.key());
			}
		}
		for (Language language : Languages.all()) {
			for (String name : List.of(language.nameDe(), language.nameEn(), language.nativeName(),
					language.displayName(Locale.GERMAN), language.displayName(Locale.ENGLISH), language.code())) {
				put(this.languages, name, language.code());
			}
			// „Kurdisch (Kurmandschi)“ and „Kurdish (Kurmanji)“: also „Kurdisch
			// (Kurmanji)“
			String[] german = parts(language.nameDe());
			String[] english = parts(language.nameEn());
			if (german.length == 2 && english.length == 2) {
				put(this.languages, german[0] + english[1], language.code());
				put(this.languages, english[0] + german[1], language.code());
				put(this.languages, german[1], language.code());
				put(this.languages, english[1], language.code());
			}
		}
		for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
			labels(this.topics, Topic.values(), "guides.topic.", messages, locale);
			labels(this.mobilities, Mobility.values(), "guides.mobility.", messages, locale);
			labels(this.states, GuideState.values(), "guides.state.", messages, locale);
		}
		put(this.mobilities, "ÖPNV", Mobility.PUBLIC_TRANSPORT.name());
	}

	private static String[] parts(String name) {
		Matcher matcher = Pattern.compile("^(.+?)\\s*\\((.+)\\)$").matcher(name);
		return matcher.matches() ? new String[] { matcher.group(1), matcher.group(2) } : new String[] { name };
	}

	private static void labels(Map<String, String> labels, Enum<?>[] constants, String prefix, MessageSource messages,
			Locale locale) {
		for (Enum<?> constant : constants) {
			put(labels, constant.name(), constant.name());
			put(labels, messages.getMessage(prefix + constant.name(), null, constant.name(), locale), constant.name());
		}
	}

	private static void put(Map<String, String> map, String name, String value) {
		String key = UploadedTable.normalise(name);
		if (!key.isEmpty()) {
			map.putIfAbsent(key, value);
		}
	}

	/** The form values of a row's cells by column. */
	Converted convert(Map<GuideImportColumn, String> cells) {
		Converted row = new Converted();
		cells.forEach((column, cell) -> convert(row, column, cell.strip()));
		return row;
	}

	private void convert(Converted row, GuideImportColumn column, String cell) {
		String field = column.formField();
		switch (column) {
			case HOME_REGION -> {
				String key = gemeinde(cell);
				if (key == null && !cell.isEmpty()) {
					row.problem(field, "guides.intake.error.gemeinde", cell);
				}
				row.raw.put(field, (key != null) ? key : "");
			}
			case GEMEINDEN -> {
				List<String> keys = new ArrayList<>();
				List<String> unknown = new ArrayList<>();
				for (String item : items(cell)) {
					String key = gemeinde(item);
					if (key != null) {
						keys.add(key);
					}
					else {
						unknown.add(item);
					}
				}
				if (!unknown.isEmpty()) {
					row.problem(field, "guides.intake.error.gemeinde", String.join(", ", unknown));
				}
				row.raw.put(field, keys);
			}
			case LANGUAGES -> languages(row, cell);
			case TOPICS -> {
				List<String> chosen = new ArrayList<>();
				for (String item : items(cell)) {
					String topic = choose(this.topics, item);
					if (topic == null) {
						row.problem(field, "guides.intake.error.topic", item);
					}
					else if (!chosen.contains(topic)) {
						chosen.add(topic);
					}
				}
				row.raw.put(field, chosen);
			}
			case MOBILITY ->
				row.raw.put(field, choice(row, field, this.mobilities, cell, "guides.intake.error.mobility"));
			case STATE -> {
				String state = choice(row, field, this.states, cell, "guides.intake.error.state");
				if (!state.isEmpty()) {
					row.state = GuideState.valueOf(state);
				}
			}
			case CERTIFICATE_INSPECTED_ON -> row.raw.put(field, date(row, field, cell));
			case CERTIFICATE_NO_RELEVANT_ENTRY -> row.raw.put(field, yesNo(row, field, cell));
			default -> row.raw.put(field, cell);
		}
	}

	private void languages(Converted row, String cell) {
		int index = 0;
		for (String item : items(cell)) {
			Matcher matcher = LEVEL.matcher(item);
			String name = matcher.matches() ? matcher.group(1).strip() : item;
			String level = matcher.matches() ? level(matcher.group(2)) : "";
			String code = this.languages.get(UploadedTable.normalise(name));
			if (code == null) {
				row.problem("languages", "guides.intake.error.language", name);
			}
			row.raw.put("languages[" + index + "].code", (code != null) ? code : "");
			row.raw.put("languages[" + index + "].level", level);
			index++;
		}
	}

	private static String level(String text) {
		String level = text.toUpperCase(Locale.ROOT);
		return level.matches("[ABC][12]") ? LanguageLevel.valueOf(level).name() : LanguageLevel.NATIVE.name();
	}

	private static String choice(Converted row, String field, Map<String, String> labels, String cell, String problem) {
		if (cell.isEmpty()) {
			return "";
		}
		String value = choose(labels, cell);
		if (value == null) {
			row.problem(field, problem, cell);
			return "";
		}
		return value;
	}

	/** The value whose label is the text, else the only one whose label contains it. */
	private static String choose(Map<String, String> labels, String text) {
		String key = UploadedTable.normalise(text);
		if (key.isEmpty()) {
			return null;
		}
		if (labels.containsKey(key)) {
			return labels.get(key);
		}
		if (key.length() < 3) {
			return null;
		}
		List<String> found = labels.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().contains(key))
			.map(Map.Entry::getValue)
			.distinct()
			.toList();
		return (found.size() == 1) ? found.get(0) : null;
	}

	private String gemeinde(String name) {
		String key = UploadedTable.normalise(name);
		if (key.isEmpty()) {
			return null;
		}
		String found = this.gemeinden.get(key);
		for (String prefix : PLACE_PREFIXES) {
			if (found == null && key.startsWith(prefix) && key.length() > prefix.length()) {
				found = this.gemeinden.get(key.substring(prefix.length()));
			}
		}
		return found;
	}

	private static String date(Converted row, String field, String cell) {
		if (cell.isEmpty()) {
			return "";
		}
		try {
			LocalDate day;
			if (cell.matches("\\d{1,6}")) {
				day = SPREADSHEET_EPOCH.plusDays(Long.parseLong(cell));
			}
			else if (cell.matches("\\d{4}-\\d{2}-\\d{2}")) {
				day = LocalDate.parse(cell);
			}
			else {
				day = LocalDate.parse(cell, GERMAN_DATE);
			}
			// a year the database cannot hold (or nobody means) is not read as a day
			if (day.getYear() < 1900 || day.getYear() > 9999) {
				throw new DateTimeParseException("out of range", cell, 0);
			}
			return day.toString();
		}
		catch (DateTimeParseException ex) {
			row.problem(field, "guides.intake.error.date", cell);
			return "";
		}
	}

	private static String yesNo(Converted row, String field, String cell) {
		String value = UploadedTable.normalise(cell);
		if (List.of("ja", "yes", "x", "true", "wahr", "1").contains(value)) {
			return "true";
		}
		if (List.of("", "nein", "no", "false", "falsch", "0").contains(value)) {
			return "false";
		}
		row.problem(field, "guides.intake.error.yesNo", cell);
		return "false";
	}

	/** The items of a cell: separated by commas or semicolons outside parentheses. */
	static List<String> items(String cell) {
		List<String> items = new ArrayList<>();
		int depth = 0;
		StringBuilder item = new StringBuilder();
		for (int i = 0; i < cell.length(); i++) {
			char c = cell.charAt(i);
			depth += (c == '(') ? 1 : (c == ')' && depth > 0) ? -1 : 0;
			if ((c == ',' || c == ';') && depth == 0) {
				add(items, item);
			}
			else {
				item.append(c);
			}
		}
		add(items, item);
		return items;
	}

	private static void add(List<String> items, StringBuilder item) {
		String text = item.toString().strip();
		if (!text.isEmpty()) {
			items.add(text);
		}
		item.setLength(0);
	}

}
