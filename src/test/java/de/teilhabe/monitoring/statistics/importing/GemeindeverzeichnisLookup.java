package de.teilhabe.monitoring.statistics.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

/**
 * The region lookup of the tests, built from the real Gemeindeverzeichnis (Destatis
 * GV-ISys, 31.12.2020): Länder, Niedersachsen's statistical regions, Kreise,
 * Gemeindeverbände (9 digits) and Gemeinden (8-digit AGS), plus Deutschland ({@code DG})
 * and the statistical area {@code 03241999} "Region Hannover ohne Landeshauptstadt".
 */
final class GemeindeverzeichnisLookup implements RegionLookup {

	private static GemeindeverzeichnisLookup instance;

	private final Set<String> keys = new HashSet<>();

	private final Map<String, List<String>> byName = new HashMap<>();

	static synchronized GemeindeverzeichnisLookup load() {
		if (instance == null) {
			instance = new GemeindeverzeichnisLookup(
					ReferenceData.path().resolve("gemeindeverzeichnis/AuszugGV4QAktuell.csv"));
		}
		return instance;
	}

	private GemeindeverzeichnisLookup(Path file) {
		add("DG", "Deutschland");
		add("03241999", "Region Hannover ohne Landeshauptstadt");
		try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().detectBomHeader(true).ofNamedCsvRecord(file)) {
			for (NamedCsvRecord row : csv) {
				String land = row.getField("land");
				String rb = row.getField("rb");
				String kreis = row.getField("kreis");
				String name = row.getField("gemeindename");
				switch (row.getField("satzart")) {
					case "10" -> add(land, name);
					case "20" -> add(land + rb, name);
					case "40" -> add(land + rb + kreis, name);
					case "50" -> add(land + rb + kreis + row.getField("vb"), name);
					case "60" -> add(land + rb + kreis + row.getField("gemeinde"), name);
					default -> {
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void add(String key, String name) {
		this.keys.add(key);
		this.byName.computeIfAbsent(name.strip().toLowerCase(Locale.GERMAN), (n) -> new ArrayList<>()).add(key);
	}

	@Override
	public boolean exists(String key) {
		return this.keys.contains(key);
	}

	@Override
	public List<String> findByName(String name) {
		return this.byName.getOrDefault(name.strip().toLowerCase(Locale.GERMAN), List.of());
	}

}
