package de.teilhabe.counselling.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import de.teilhabe.access.UserDirectory;
import de.teilhabe.counselling.client.ClientForm;
import de.teilhabe.counselling.client.ClientStore;
import de.teilhabe.counselling.client.Clients;
import de.teilhabe.counselling.client.Gender;
import de.teilhabe.counselling.client.GermanLevel;
import de.teilhabe.counselling.client.ResidenceStatus;
import de.teilhabe.region.Region;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: about 200 synthetic clients of the Beratungsstelle of the Landkreis
 * Osnabrück, with names usual in the main countries of origin (Syria, Afghanistan, Iraq,
 * Ukraine, Turkey, Eritrea, Iran, Russia, Romania) in the transliterations found in
 * German files, spread over the Gemeinden, languages, residence-status groups and years
 * of arrival. Berna Beratung ({@code beratung}) is responsible for most of them, Bilal
 * Beratung ({@code beratung2}) for some; Bilal Beratung is the deputy for one of Berna
 * Beratung's clients. Telephone numbers are of the range the Bundesnetzagentur keeps for
 * films (030 23125 …), e-mail addresses of {@code example.org}. The same seed gives the
 * same clients on every fresh start; skipped when the tenant has clients. Made while the
 * platform already serves (nobody needs them in the first second).
 */
@Component
class DemoClients extends DemoOfficeTask {

	static final String NAME = "counselling demo clients";

	private static final Logger log = LoggerFactory.getLogger(DemoClients.class);

	static final List<Origin> ORIGINS = List.of(
			new Origin(50, "syrisch", List.of("ar", "kmr"),
					List.of("Mohammed", "Ahmad", "Khaled", "Omar", "Yusuf", "Hassan", "Bilal", "Tarek", "Samer",
							"Muhammad"),
					List.of("Fatima", "Aisha", "Rana", "Nour", "Layla", "Amira", "Hiba", "Rasha", "Yasmin", "Dima"),
					List.of("Al-Hassan", "Haddad", "Ibrahim", "Khalil", "Al-Ahmad", "Darwish", "Hamdan", "Sabbagh",
							"Mansour", "Othman", "Kurdi", "Hussein"),
					List.of(ResidenceStatus.PROTECTION, ResidenceStatus.PROTECTION, ResidenceStatus.PERMANENT,
							ResidenceStatus.GERMAN),
					2014, 2017),
			new Origin(30, "afghanisch", List.of("prs", "ps", "fa"),
					List.of("Mohammad", "Ahmad", "Ali", "Hamid", "Mustafa", "Farid", "Jawad", "Rahim", "Sohrab",
							"Naweed"),
					List.of("Zahra", "Maryam", "Farzana", "Parwana", "Shabnam", "Nilofar", "Roya", "Fatema"),
					List.of("Ahmadi", "Rahimi", "Hosseini", "Mohammadi", "Karimi", "Sultani", "Nazari", "Haidari",
							"Popal", "Wardak"),
					List.of(ResidenceStatus.PROTECTION, ResidenceStatus.ASYLUM_PROCEDURE, ResidenceStatus.TOLERATED),
					2015, 2024),
			new Origin(25, "irakisch", List.of("ar", "ckb", "kmr"),
					List.of("Muhammad", "Ali", "Haider", "Mustafa", "Husain", "Karwan", "Dilshad", "Rebwar"),
					List.of("Zainab", "Noor", "Shilan", "Zhian", "Sara", "Huda"),
					List.of("Al-Jabouri", "Hussein", "Khalaf", "Saleh", "Aziz", "Qadir", "Rashid", "Mahmoud"),
					List.of(ResidenceStatus.PROTECTION, ResidenceStatus.TOLERATED, ResidenceStatus.RESIDENCE_PERMIT),
					2015, 2020),
			new Origin(35, "ukrainisch", List.of("uk", "ru"),
					List.of("Oleksandr", "Andriy", "Serhiy", "Dmytro", "Mykola", "Ivan"),
					List.of("Olena", "Iryna", "Natalia", "Oksana", "Tetiana", "Yulia", "Svitlana", "Kateryna"),
					List.of("Kovalenko", "Bondarenko", "Shevchenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko",
							"Moroz", "Lysenko", "Marchenko", "Schewtschenko"),
					List.of(ResidenceStatus.TEMPORARY_PROTECTION), 2022, 2024),
			new Origin(20, "türkisch", List.of("tr", "kmr"),
					List.of("Mehmet", "Mustafa", "Ahmet", "Hüseyin", "Emre", "Murat"),
					List.of("Ayşe", "Fatma", "Elif", "Zeynep", "Emine", "Hatice"),
					List.of("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan", "Doğan"),
					List.of(ResidenceStatus.RESIDENCE_PERMIT, ResidenceStatus.PERMANENT,
							ResidenceStatus.ASYLUM_PROCEDURE),
					2016, 2025),
			new Origin(12, "eritreisch", List.of("ti", "ar"),
					List.of("Yonas", "Tesfay", "Dawit", "Filmon", "Berhane", "Semere"),
					List.of("Helen", "Senait", "Selam", "Rahel", "Lidia", "Mebrat"),
					List.of("Tesfamariam", "Gebremedhin", "Haile", "Berhe", "Kidane", "Tekle", "Woldu", "Ghebreyesus"),
					List.of(ResidenceStatus.PROTECTION, ResidenceStatus.ASYLUM_PROCEDURE), 2014, 2022),
			new Origin(12, "iranisch", List.of("fa"), List.of("Reza", "Ali", "Amir", "Behnam", "Mehdi", "Saeed"),
					List.of("Maryam", "Fatemeh", "Sara", "Niloufar", "Shirin", "Parisa"),
					List.of("Rezaei", "Hosseini", "Karimi", "Moradi", "Jafari", "Tehrani", "Sadeghi"),
					List.of(ResidenceStatus.ASYLUM_PROCEDURE, ResidenceStatus.PROTECTION), 2019, 2025),
			new Origin(8, "russisch", List.of("ru"), List.of("Aleksandr", "Sergei", "Dmitri", "Andrei", "Wladimir"),
					List.of("Anna", "Jelena", "Olga", "Tatjana", "Swetlana"),
					List.of("Iwanow", "Petrow", "Smirnow", "Kusnezow", "Popow", "Wolkow"),
					List.of(ResidenceStatus.RESIDENCE_PERMIT, ResidenceStatus.PERMANENT), 2022, 2024),
			new Origin(8, "rumänisch", List.of("ro"), List.of("Ion", "Andrei", "Mihai", "Florin"),
					List.of("Maria", "Elena", "Ioana", "Andreea"), List.of("Popescu", "Ionescu", "Stan", "Dumitru"),
					List.of(ResidenceStatus.EU), 2015, 2025));

	private static final List<String> NOTES = List.of(
			"Erstgespräch geführt; Unterlagen zur Anerkennung des Berufsabschlusses mitgebracht.",
			"Fragen zum Integrationskurs und zur Kinderbetreuung während des Kurses.",
			"Sucht eine größere Wohnung; Wohnberechtigungsschein beantragt.",
			"Termin bei der Ausländerbehörde vorbereitet; Dolmetschung nötig.",
			"Hilfe beim Antrag auf Kindergeld und Kinderzuschlag.", "Bewerbungsunterlagen gemeinsam überarbeitet.");

	private final ClientStore store;

	private final Clients clients;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoClients(Tenants tenants, UserDirectory users, ClientStore store, Clients clients, PlatformMode mode,
			JdbcClient jdbc, Clock clock) {
		super(NAME, "users", tenants, users, mode);
		this.store = store;
		this.clients = clients;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	void seed(Office office) {
		Tenant tenant = office.tenant();
		if (this.store.count(tenant.id()) > 0) {
			return;
		}
		UUID berna = office.berna();
		UUID bilal = office.bilal();
		List<String> gemeinden = this.clients.gemeinden(tenant.id()).stream().map(Region::key).toList();
		if (gemeinden.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		Random random = new Random(16);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		int year = now.getYear();
		List<UUID> bernasClients = new ArrayList<>();
		List<ClientStore.NewClient> rows = new ArrayList<>();
		int count = 0;
		for (Origin origin : ORIGINS) {
			for (int i = 0; i < origin.count(); i++) {
				boolean female = random.nextBoolean();
				String first = pick(random, female ? origin.female() : origin.male());
				String last = pick(random, origin.last());
				if (female && origin.nationality().equals("russisch")) {
					last = last + "a";
				}
				int birthYear = Math.min(year - 18, 1960 + random.nextInt(47));
				int arrival = Math.max(birthYear + 1,
						origin.from() + random.nextInt(Math.max(1, Math.min(origin.to(), year) - origin.from() + 1)));
				ClientForm form = new ClientForm(first, last,
						(random.nextInt(4) > 0) ? "030 23125 " + String.format("%03d", random.nextInt(1000)) : null,
						(random.nextInt(5) == 0) ? ascii(first) + "." + ascii(last).charAt(0) + "@example.org" : null,
						birthYear, female ? Gender.FEMALE : Gender.MALE, origin.nationality(),
						languages(random, origin), pick(random, origin.statuses()), arrival, pick(random, gemeinden),
						GermanLevel.values()[random.nextInt(GermanLevel.values().length)],
						(random.nextInt(3) == 0) ? pick(random, NOTES) : null, true);
				UUID responsible = (count % 13 == 5) ? bilal : berna;
				UUID id = this.store.insert(tenant.id(), responsible, form, now.minusDays(random.nextInt(700))).id();
				if (responsible.equals(berna)) {
					bernasClients.add(id);
				}
				count++;
			}
		}
		this.store.insertAll(tenant.id(), rows);
		// one deputy case: Bilal Beratung stands in for one of Berna Beratung's clients
		this.jdbc.sql("""
				INSERT INTO counselling_client_deputy (tenant_id, client_id, user_id, added_at, added_by)
				VALUES (?, ?, ?, ?, ?)""").params(tenant.id(), bernasClients.get(0), bilal, now, berna).update();
		log.info("Counselling demo data: {} clients in {} ms", count, (System.nanoTime() - started) / 1_000_000);
	}

	private static List<String> languages(Random random, Origin origin) {
		List<String> languages = new ArrayList<>();
		languages.add(origin.languages().get(0));
		if (origin.languages().size() > 1 && random.nextInt(3) == 0) {
			languages.add(origin.languages().get(1 + random.nextInt(origin.languages().size() - 1)));
		}
		if (random.nextInt(3) == 0) {
			languages.add("en");
		}
		return languages;
	}

	private static <T> T pick(Random random, List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

	private static String ascii(String name) {
		return java.text.Normalizer.normalize(name.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFKD)
			.replaceAll("[^a-z]", "");
	}

	/**
	 * A country of origin: how many clients, their nationality in words, languages (the
	 * first always spoken), usual names, residence-status groups and years of arrival.
	 */
	record Origin(int count, String nationality, List<String> languages, List<String> male, List<String> female,
			List<String> last, List<ResidenceStatus> statuses, int from, int to) {
	}

}
