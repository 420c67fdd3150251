package de.teilhabe.region.hierarchy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.teilhabe.region.Region;
import de.teilhabe.region.RegionLevel;

/**
 * Reads the Destatis Gemeindeverzeichnis (GV-ISys extract "AuszugGV4QAktuell": UTF-8 with
 * BOM, comma separated, numbers with space thousands separators, comma decimals in the
 * coordinates) into regions.
 * <p>
 * How rows become regions:
 * <ul>
 * <li>Satzart 10 → LAND (key = land), 20 → REGIERUNGSBEZIRK (land + rb; in Niedersachsen
 * the Statistische Regionen 031–034), 40 → KREIS (land + rb + kreis), 50 →
 * GEMEINDEVERBAND (land + rb + kreis + vb, 9 digits), 60 → GEMEINDE (AGS = land + rb +
 * kreis + gemeinde, 8 digits; ARS = land + rb + kreis + vb + gemeinde, 12 digits).
 * Satzart 30 (the Regionen of Baden-Württemberg, planning regions without a place in this
 * hierarchy) is skipped.</li>
 * <li>Duplicate rows become one region: the file lists every verbandsfreie Gemeinde and
 * every kreisfreie Stadt also as a Gemeindeverband (Textkennzeichen 50, for a kreisfreie
 * Stadt with vb 0000) that holds just that Gemeinde. Such a Verband is not a region of
 * its own; it is the same as its single Gemeinde, whose {@code verbandKey} is null. Its
 * 9-digit key still resolves to the Gemeinde ({@code Regions.find}).</li>
 * <li>A kreisfreie Stadt keeps both keys official statistics use: the Kreis (e.g.
 * {@code 03404}) and the Gemeinde ({@code 03404000}, Stadt Osnabrück), the Gemeinde being
 * the Kreis's only child.</li>
 * <li>Only Gemeinden carry figures in the file: population, male, female and area of
 * every higher level are the sums of its Gemeinden.</li>
 * <li>Parents: Gemeinde and Gemeindeverband → Kreis; Kreis → Regierungsbezirk where the
 * Land has them, else the Land; Regierungsbezirk → Land.</li>
 * </ul>
 */
final class Gemeindeverzeichnis {

	/** Gebietsstand of the shipped edition. */
	static final LocalDate GEBIETSSTAND = LocalDate.of(2020, 12, 31);

	/** Reference date of the population figures of the shipped edition. */
	static final LocalDate POPULATION_DATE = LocalDate.of(2019, 12, 31);

	static final String RESOURCE = "reference/gemeindeverzeichnis/AuszugGV4QAktuell.csv";

	/** Textkennzeichen of a Gemeindeverband row that is just a verbandsfreie Gemeinde. */
	private static final String VERBANDSFREI = "50";

	private static final Map<String, String> KINDS = Map.ofEntries(Map.entry("41", "kreisfreie Stadt"),
			Map.entry("42", "Stadtkreis"), Map.entry("43", "Kreis"), Map.entry("44", "Landkreis"),
			Map.entry("45", "Regionalverband"), Map.entry("50", "verbandsfreie Gemeinde"), Map.entry("51", "Amt"),
			Map.entry("52", "Samtgemeinde"), Map.entry("53", "Verbandsgemeinde"),
			Map.entry("54", "Verwaltungsgemeinschaft"), Map.entry("55", "Kirchspielslandgemeinde"),
			Map.entry("56", "Verwaltungsverband"), Map.entry("57", "Verwaltungsgemeinschaft (Trägermodell)"),
			Map.entry("58", "erfüllende Gemeinde"), Map.entry("60", "Markt"), Map.entry("61", "kreisfreie Stadt"),
			Map.entry("62", "Stadtkreis"), Map.entry("63", "Stadt"), Map.entry("64", "kreisangehörige Gemeinde"),
			Map.entry("65", "gemeindefreies Gebiet, bewohnt"), Map.entry("66", "gemeindefreies Gebiet, unbewohnt"),
			Map.entry("67", "große Kreisstadt"));

	private Gemeindeverzeichnis() {
	}

	/** The meaning of a Textkennzeichen, e.g. "Samtgemeinde" for 52. */
	static String kind(String code, String name) {
		if ("44".equals(code) && name.startsWith("Region ")) {
			return "Region"; // Region Hannover: a Landkreis by law, called Region
		}
		return (code != null) ? KINDS.get(code) : null;
	}

	/**
	 * Reads the file and builds the regions, parents first.
	 * @throws IllegalStateException naming line and column of a row it cannot read
	 */
	static List<Region> read(InputStream in, LocalDate gebietsstand) {
		Map<String, Row> rows = new LinkedHashMap<>();
		Set<String> mergedVerbaende = new HashSet<>();
		try (CsvReader<CsvRecord> reader = CsvReader.builder()
			.detectBomHeader(true)
			.ofCsvRecord(in, StandardCharsets.UTF_8)) {
			Map<String, Integer> columns = null;
			for (CsvRecord record : reader) {
				if (columns == null) {
					columns = new HashMap<>();
					for (int i = 0; i < record.getFieldCount(); i++) {
						columns.put(record.getField(i).strip(), i);
					}
					continue;
				}
				read(new Fields(record, columns), rows, mergedVerbaende);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		linkAndSum(rows, mergedVerbaende);
		List<Region> regions = new ArrayList<>(rows.size());
		for (Row row : rows.values()) {
			regions.add(row.toRegion(gebietsstand));
		}
		return regions;
	}

	private static void read(Fields fields, Map<String, Row> rows, Set<String> mergedVerbaende) {
		String satzart = fields.text("satzart");
		String land = fields.digits("land", 2);
		Row row;
		switch (satzart) {
			case "10" -> row = new Row(land, RegionLevel.LAND, land);
			case "20" -> row = new Row(land + fields.digits("rb", 1), RegionLevel.REGIERUNGSBEZIRK, null);
			case "30" -> {
				return;
			}
			case "40" ->
				row = new Row(land + fields.digits("rb", 1) + fields.digits("kreis", 2), RegionLevel.KREIS, null);
			case "50" -> {
				String key = land + fields.digits("rb", 1) + fields.digits("kreis", 2) + fields.digits("vb", 4);
				if (VERBANDSFREI.equals(fields.text("textkennzeichen"))) {
					mergedVerbaende.add(key);
					return;
				}
				row = new Row(key, RegionLevel.GEMEINDEVERBAND, null);
			}
			case "60" -> {
				String kreis = land + fields.digits("rb", 1) + fields.digits("kreis", 2);
				String vb = fields.digits("vb", 4);
				String gemeinde = fields.digits("gemeinde", 3);
				row = new Row(kreis + gemeinde, RegionLevel.GEMEINDE, kreis + vb + gemeinde);
				row.verbandKey = kreis + vb; // cleared in linkAndSum if merged
				row.population = fields.count("bevoelkerung");
				row.male = fields.count("maennlich");
				row.female = fields.count("weiblich");
				row.area = fields.decimal("flaeche");
				row.postcode = fields.optional("postleitzahl");
				row.longitude = fields.decimal("laengengrad");
				row.latitude = fields.decimal("breitengrad");
				if (isZero(row.longitude) && isZero(row.latitude)) { // "0,0" means
																		// unknown
					row.longitude = null;
					row.latitude = null;
				}
				row.urbanisationCode = fields.optional("verstaedterungschluessel");
				row.urbanisation = fields.optional("verstaedterungbezeichnung");
			}
			default -> throw fields.error("satzart", "unknown Satzart '" + satzart + "'");
		}
		row.name = fields.text("gemeindename");
		row.kindCode = fields.optional("textkennzeichen");
		if (rows.putIfAbsent(row.key, row) != null) {
			throw fields.error("satzart", "region " + row.key + " appears twice");
		}
	}

	private static boolean isZero(BigDecimal value) {
		return value == null || value.signum() == 0;
	}

	private static void linkAndSum(Map<String, Row> rows, Set<String> mergedVerbaende) {
		for (Row row : rows.values()) {
			String key = row.key;
			row.parentKey = switch (row.level) {
				case LAND -> null;
				case REGIERUNGSBEZIRK -> key.substring(0, 2);
				case KREIS -> rows.containsKey(key.substring(0, 3)) ? key.substring(0, 3) : key.substring(0, 2);
				case GEMEINDEVERBAND, GEMEINDE ->
					nearest(rows, key.substring(0, 5), key.substring(0, 3), key.substring(0, 2));
			};
			if (row.parentKey != null && !rows.containsKey(row.parentKey)) {
				throw new IllegalStateException(
						"Region " + key + " (" + row.name + "): parent " + row.parentKey + " is missing from the file");
			}
			if (row.level == RegionLevel.GEMEINDE) {
				if (mergedVerbaende.contains(row.verbandKey)) {
					row.verbandKey = null;
				}
				else if (!rows.containsKey(row.verbandKey)) {
					throw new IllegalStateException("Gemeinde " + key + " (" + row.name + "): Gemeindeverband "
							+ row.verbandKey + " is missing from the file");
				}
			}
		}
		for (Row gemeinde : rows.values()) {
			if (gemeinde.level != RegionLevel.GEMEINDE) {
				continue;
			}
			if (gemeinde.verbandKey != null) {
				rows.get(gemeinde.verbandKey).add(gemeinde);
			}
			for (String parent = gemeinde.parentKey; parent != null; parent = rows.get(parent).parentKey) {
				rows.get(parent).add(gemeinde);
			}
		}
	}

	/**
	 * The first of the candidate parents that exists. Two gemeindefreie Gebiete belong to
	 * no Kreis (Kreis 00: the German-Luxembourg condominium 07000999 and the coastal
	 * waters 13000999); they hang directly under their Land.
	 */
	private static String nearest(Map<String, Row> rows, String... candidates) {
		for (String candidate : candidates) {
			if (rows.containsKey(candidate)) {
				return candidate;
			}
		}
		return candidates[0];
	}

	/** A region while it is being built. */
	private static final class Row {

		final String key;

		final RegionLevel level;

		final String ars;

		String name;

		String parentKey;

		String verbandKey;

		String kindCode;

		Long population;

		Long male;

		Long female;

		BigDecimal area;

		String postcode;

		BigDecimal latitude;

		BigDecimal longitude;

		String urbanisationCode;

		String urbanisation;

		Row(String key, RegionLevel level, String ars) {
			this.key = key;
			this.level = level;
			this.ars = (ars != null) ? ars : key;
		}

		void add(Row gemeinde) {
			this.population = sum(this.population, gemeinde.population);
			this.male = sum(this.male, gemeinde.male);
			this.female = sum(this.female, gemeinde.female);
			if (gemeinde.area != null) {
				this.area = (this.area != null) ? this.area.add(gemeinde.area) : gemeinde.area;
			}
		}

		private static Long sum(Long total, Long value) {
			if (value == null) {
				return total;
			}
			return (total != null) ? total + value : value;
		}

		Region toRegion(LocalDate gebietsstand) {
			String ags = (this.level == RegionLevel.GEMEINDEVERBAND) ? null : this.key;
			return new Region(this.key, ags, this.ars, this.name, this.level, this.parentKey, this.verbandKey,
					this.population, this.male, this.female, this.area, this.kindCode, kind(this.kindCode, this.name),
					this.postcode, this.latitude, this.longitude, this.urbanisationCode, this.urbanisation,
					gebietsstand);
		}

	}

	/** The fields of one line, with errors that name line and column. */
	private record Fields(CsvRecord record, Map<String, Integer> columns) {

		String text(String column) {
			String value = optional(column);
			if (value == null) {
				throw error(column, "value missing");
			}
			return value;
		}

		String optional(String column) {
			Integer index = this.columns.get(column);
			if (index == null) {
				throw error(column, "column missing (wrong file format?)");
			}
			String value = (index < this.record.getFieldCount()) ? this.record.getField(index).strip() : "";
			return value.isEmpty() ? null : value;
		}

		String digits(String column, int length) {
			String value = text(column);
			if (value.length() != length || !allDigits(value)) {
				throw error(column, "expected " + length + " digits, found '" + value + "'");
			}
			return value;
		}

		/** A count written with spaces as thousands separators, e.g. " 15 738". */
		Long count(String column) {
			String value = optional(column);
			if (value == null) {
				return null;
			}
			String digits = value.replace(" ", "");
			if (digits.isEmpty() || !allDigits(digits)) {
				throw error(column, "expected a count, found '" + value + "'");
			}
			return Long.valueOf(digits);
		}

		/** A decimal with '.' (area) or ',' (coordinates) as decimal separator. */
		BigDecimal decimal(String column) {
			String value = optional(column);
			if (value == null) {
				return null;
			}
			try {
				return new BigDecimal(value.replace(" ", "").replace(',', '.'));
			}
			catch (NumberFormatException ex) {
				throw error(column, "expected a decimal number, found '" + value + "'");
			}
		}

		private static boolean allDigits(String value) {
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				if (c < '0' || c > '9') {
					return false;
				}
			}
			return true;
		}

		IllegalStateException error(String column, String problem) {
			return new IllegalStateException("Gemeindeverzeichnis line " + (this.record.getStartingLineNumber())
					+ ", column " + column + ": " + problem);
		}

	}

}
