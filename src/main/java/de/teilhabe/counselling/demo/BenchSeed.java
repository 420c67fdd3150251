package de.teilhabe.counselling.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.counselling.casework.CaseColumns;
import de.teilhabe.counselling.casework.contact.ContactColumns;
import de.teilhabe.shared.crypto.FieldEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Benchmark data only (bench/counselling-load.sh; never on in a normal run): in demo mode
 * with {@code teilhabe.bench.counselling-seed=true}, the demo Landkreis gets
 * {@code teilhabe.bench.counselling-clients} synthetic clients (default 50 000), of whom
 * {@code teilhabe.bench.counselling-own} (default 2 000) belong to Berna Beratung
 * ({@code beratung}) and the others to Bilal Beratung and 23 counsellors who are no users
 * (only their ids), {@code teilhabe.bench.counselling-cases} cases (default 60 000, one
 * in fifteen a short anonymous contact, about 40 % open) and
 * {@code teilhabe.bench.counselling-contacts} contacts (default 500 000). The names mix
 * the main countries of origin in the transliterations found in German files (Mohammed,
 * Muhammad, Mohamad …). Everything is encrypted as the module does: the clients through
 * {@link ClientStore#insertAll} (field encryption and the hashed name keys), the case
 * titles and contact summaries per field with the columns' associated data
 * ({@code counselling_case.title_sealed}, {@code counselling_contact.summary_sealed},
 * bound to tenant and row). Batched JDBC in the start-up task's one transaction, so the
 * data appears at once when it is done; progress in the log. Skipped when the tenant has
 * that many clients already. Not audited: it reads nothing.
 */
@Component
@ConditionalOnProperty(name = "teilhabe.bench.counselling-seed", havingValue = "true")
class BenchSeed extends DemoOfficeTask {

	private static final Logger log = LoggerFactory.getLogger(BenchSeed.class);

	private static final int CHUNK = 5_000;

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	/**
	 * Origins with their share (per mille) and name lists; the lists hold one name in
	 * several transliterations where files show them.
	 */
	private static final List<Origin> ORIGINS = List.of(new Origin(300, "syrisch", List.of("ar", "kmr"),
			List.of("Mohammed", "Muhammad", "Mohamad", "Mohamed", "Ahmad", "Ahmed", "Khaled", "Khalid", "Omar", "Umar",
					"Yusuf", "Youssef", "Yousef", "Hassan", "Hasan", "Bilal", "Tarek", "Tariq", "Samer", "Ibrahim",
					"Mahmoud", "Mahmud", "Abdullah", "Abdallah", "Mustafa", "Mostafa", "Hussein", "Husain", "Ali",
					"Anas", "Mohammed Ali", "Abd al-Rahman"),
			List.of("Fatima", "Fatma", "Aisha", "Aischa", "Rana", "Nour", "Noor", "Layla", "Leila", "Amira", "Hiba",
					"Rasha", "Yasmin", "Jasmin", "Dima", "Maryam", "Mariam", "Zainab", "Khadija", "Chadidscha", "Amina",
					"Huda", "Sara", "Sarah", "Lina", "Rim", "Reem"),
			List.of("Al-Hassan", "Alhassan", "Haddad", "Ibrahim", "Khalil", "Chalil", "Al-Ahmad", "Darwish", "Darwisch",
					"Hamdan", "Sabbagh", "Mansour", "Mansur", "Othman", "Osman", "Kurdi", "Hussein", "Al-Hussein",
					"Abdullah", "Nasser", "Nassar", "Khatib", "Al-Khatib", "Shami", "Al-Shami", "Hamoud", "Hammoud",
					"Saleh", "Salih", "Mahmoud", "Youssef", "Yousef", "Al-Mohammad", "Mohammad", "Suleiman", "Sulaiman",
					"Aziz", "Al-Ali", "Hamdo", "Sheikh", "Scheich", "Qasem", "Kassem"),
			List.of(ResidenceStatus.PROTECTION, ResidenceStatus.PROTECTION, ResidenceStatus.PERMANENT,
					ResidenceStatus.GERMAN),
			2014, 2019),
			new Origin(160, "afghanisch", List.of("prs", "ps", "fa"),
					List.of("Mohammad", "Mohammed", "Muhammad", "Ahmad", "Ali", "Hamid", "Mustafa", "Farid", "Jawad",
							"Javad", "Rahim", "Sohrab", "Naweed", "Navid", "Reza", "Mahdi", "Mehdi", "Hussain",
							"Hossein", "Samiullah", "Ahmad Shah", "Zabihullah", "Abdul", "Wahid", "Nasir", "Naser"),
					List.of("Zahra", "Sahra", "Maryam", "Farzana", "Parwana", "Shabnam", "Schabnam", "Nilofar",
							"Niloufar", "Roya", "Fatema", "Fatima", "Masooma", "Masuma", "Freshta", "Fereshteh",
							"Marzia", "Sakina", "Nazanin", "Latifa"),
					List.of("Ahmadi", "Rahimi", "Hosseini", "Husseini", "Hussaini", "Mohammadi", "Muhammadi", "Karimi",
							"Sultani", "Nazari", "Haidari", "Heydari", "Popal", "Wardak", "Jafari", "Dschafari",
							"Rezaei", "Rezai", "Amiri", "Azizi", "Habibi", "Noori", "Nouri", "Stanekzai", "Sadat",
							"Hashimi", "Haschemi", "Sharifi", "Scharifi", "Yousufzai", "Safi", "Mohammad"),
					List.of(ResidenceStatus.PROTECTION, ResidenceStatus.ASYLUM_PROCEDURE, ResidenceStatus.TOLERATED),
					2015, 2025),
			new Origin(90, "irakisch", List.of("ar", "ckb", "kmr"),
					List.of("Muhammad", "Mohammed", "Ali", "Haider", "Haidar", "Mustafa", "Husain", "Hussein", "Karwan",
							"Dilshad", "Rebwar", "Ahmed", "Omar", "Sherzad", "Scherzad", "Azad", "Kawa"),
					List.of("Zainab", "Zeinab", "Noor", "Nur", "Shilan", "Schilan", "Zhian", "Jiyan", "Sara", "Huda",
							"Berivan", "Rojda", "Hevin", "Nazdar"),
					List.of("Al-Jabouri", "Al-Jaburi", "Hussein", "Khalaf", "Chalaf", "Saleh", "Aziz", "Qadir", "Kadir",
							"Rashid", "Raschid", "Mahmoud", "Ahmed", "Mustafa", "Hamad", "Ismail", "Ismael", "Barzani",
							"Amedi", "Sindi", "Khudeda", "Chudeda", "Murad"),
					List.of(ResidenceStatus.PROTECTION, ResidenceStatus.TOLERATED, ResidenceStatus.RESIDENCE_PERMIT),
					2015, 2021),
			new Origin(170, "ukrainisch", List.of("uk", "ru"),
					List.of("Oleksandr", "Olexandr", "Aleksandr", "Andriy", "Andrij", "Serhiy", "Serhij", "Dmytro",
							"Mykola", "Ivan", "Iwan", "Volodymyr", "Wolodymyr", "Yuriy", "Jurij", "Bohdan", "Maksym",
							"Oleh", "Taras", "Vitaliy", "Witalij"),
					List.of("Olena", "Jelena", "Iryna", "Irina", "Natalia", "Natalija", "Oksana", "Tetiana", "Tetjana",
							"Yulia", "Julija", "Svitlana", "Switlana", "Kateryna", "Katerina", "Olha", "Olga",
							"Viktoria", "Wiktorija", "Halyna", "Galina", "Anastasia", "Anastasija", "Daria", "Darja"),
					List.of("Kovalenko", "Kowalenko", "Bondarenko", "Shevchenko", "Schewtschenko", "Sevcenko",
							"Tkachenko", "Tkatschenko", "Kravchenko", "Krawtschenko", "Melnyk", "Melnik", "Boyko",
							"Bojko", "Moroz", "Lysenko", "Lyssenko", "Marchenko", "Martschenko", "Kovalchuk",
							"Kowaltschuk", "Oliynyk", "Olijnyk", "Shevchuk", "Schewtschuk", "Polishchuk",
							"Polischtschuk", "Savchenko", "Sawtschenko", "Rudenko", "Petrenko", "Klymenko", "Klimenko",
							"Pavlenko", "Pawlenko", "Zhuk", "Schuk", "Hrytsenko", "Grizenko"),
					List.of(ResidenceStatus.TEMPORARY_PROTECTION), 2022, 2025),
			new Origin(110, "türkisch", List.of("tr", "kmr"),
					List.of("Mehmet", "Mehmed", "Mustafa", "Ahmet", "Hüseyin", "Huseyin", "Emre", "Murat", "Ali",
							"Yusuf", "İbrahim", "Ibrahim", "Hasan", "Hakan", "Serkan", "Osman", "Ömer", "Oemer"),
					List.of("Ayşe", "Ayse", "Aysche", "Fatma", "Elif", "Zeynep", "Emine", "Hatice", "Meryem", "Merve",
							"Esra", "Büşra", "Busra", "Özlem", "Oezlem", "Gülsüm", "Hülya"),
					List.of("Yılmaz", "Yilmaz", "Kaya", "Demir", "Şahin", "Sahin", "Schahin", "Çelik", "Celik", "Aydın",
							"Aydin", "Öztürk", "Ozturk", "Oeztuerk", "Özdemir", "Arslan", "Aslan", "Doğan", "Dogan",
							"Kılıç", "Kilic", "Koç", "Koc", "Kurt", "Polat", "Yıldız", "Yildiz", "Erdoğan", "Erdogan",
							"Güneş", "Gunes", "Aktaş", "Aktas"),
					List.of(ResidenceStatus.RESIDENCE_PERMIT, ResidenceStatus.PERMANENT,
							ResidenceStatus.ASYLUM_PROCEDURE, ResidenceStatus.GERMAN),
					2000, 2025),
			new Origin(50, "eritreisch", List.of("ti", "ar"),
					List.of("Yonas", "Jonas", "Yohannes", "Johannes", "Tesfay", "Tesfaye", "Dawit", "Filmon", "Berhane",
							"Semere", "Mussie", "Musie", "Ermias", "Robel", "Merhawi", "Kibrom"),
					List.of("Helen", "Senait", "Saba", "Selam", "Rahel", "Lidia", "Lydia", "Mebrat", "Winta", "Feven",
							"Yordanos", "Jordanos", "Hiwet", "Tsega", "Zewdi"),
					List.of("Tesfamariam", "Gebremedhin", "Gebremichael", "Ghebremichael", "Haile", "Berhe", "Kidane",
							"Tekle", "Woldu", "Ghebreyesus", "Gebreyesus", "Tesfai", "Mehari", "Andemariam", "Habte",
							"Yohannes", "Tewelde", "Ghirmay", "Girmay", "Asmerom"),
					List.of(ResidenceStatus.PROTECTION, ResidenceStatus.ASYLUM_PROCEDURE), 2014, 2023),
			new Origin(50, "iranisch", List.of("fa"),
					List.of("Reza", "Resa", "Ali", "Amir", "Behnam", "Mehdi", "Mahdi", "Saeed", "Said", "Hossein",
							"Hosein", "Mohammad", "Dariush", "Daryoush", "Kaveh", "Kawe", "Arash"),
					List.of("Maryam", "Fatemeh", "Sara", "Niloufar", "Shirin", "Schirin", "Parisa", "Mahsa", "Leila",
							"Leyla", "Nasrin", "Azadeh", "Asadeh", "Zahra", "Setareh"),
					List.of("Rezaei", "Rezai", "Hosseini", "Husseini", "Karimi", "Moradi", "Jafari", "Djafari",
							"Tehrani", "Sadeghi", "Sadeqi", "Ahmadi", "Mohammadi", "Rahmani", "Kazemi", "Kasemi",
							"Ebrahimi", "Ibrahimi", "Ghasemi", "Qasemi", "Najafi", "Nadschafi"),
					List.of(ResidenceStatus.ASYLUM_PROCEDURE, ResidenceStatus.PROTECTION), 2016, 2025),
			new Origin(30, "russisch", List.of("ru"),
					List.of("Aleksandr", "Alexander", "Sergei", "Sergej", "Dmitri", "Dmitrij", "Andrei", "Andrej",
							"Wladimir", "Vladimir", "Nikolai", "Nikolaj", "Jewgeni", "Evgeny"),
					List.of("Anna", "Jelena", "Elena", "Olga", "Tatjana", "Tatiana", "Swetlana", "Svetlana", "Natalja",
							"Natalya", "Jekaterina", "Ekaterina", "Irina"),
					List.of("Iwanow", "Ivanov", "Petrow", "Petrov", "Smirnow", "Smirnov", "Kusnezow", "Kuznetsov",
							"Popow", "Popov", "Wolkow", "Volkov", "Sokolow", "Sokolov", "Schukow", "Zhukov", "Lebedew",
							"Lebedev", "Morosow", "Morozov"),
					List.of(ResidenceStatus.RESIDENCE_PERMIT, ResidenceStatus.PERMANENT), 2015, 2024),
			new Origin(40, "rumänisch", List.of("ro"),
					List.of("Ion", "Andrei", "Mihai", "Florin", "Gheorghe", "Constantin", "Alexandru", "Vasile"),
					List.of("Maria", "Elena", "Ioana", "Andreea", "Mihaela", "Gabriela", "Alina", "Cristina"),
					List.of("Popescu", "Ionescu", "Stan", "Dumitru", "Popa", "Constantin", "Stoica", "Gheorghe", "Rusu",
							"Munteanu", "Matei", "Ciobanu", "Lungu"),
					List.of(ResidenceStatus.EU), 2010, 2025),
			new Origin(30, "somalisch", List.of("so", "ar"),
					List.of("Abdirahman", "Abdirahmaan", "Abdi", "Mohamed", "Mohamud", "Ahmed", "Hassan", "Farah",
							"Abdullahi", "Yusuf", "Ismail"),
					List.of("Hodan", "Fadumo", "Faadumo", "Amina", "Asha", "Ayaan", "Hawa", "Sahra", "Ubah"),
					List.of("Mohamed", "Mohamud", "Ali", "Hassan", "Farah", "Warsame", "Abdi", "Jama", "Omar", "Osman",
							"Nur", "Noor", "Hussein", "Aden", "Adan"),
					List.of(ResidenceStatus.PROTECTION, ResidenceStatus.ASYLUM_PROCEDURE, ResidenceStatus.TOLERATED),
					2014, 2024));

	private static final List<String> TOPICS = List.of("RESIDENCE_LAW", "LANGUAGE_COURSE", "WORK_RECOGNITION",
			"HOUSING", "HEALTH", "FAMILY_SCHOOL", "MONEY_BENEFITS", "DISCRIMINATION", "OTHER");

	private static final List<String> TITLES = List.of("Anerkennung des Berufsabschlusses",
			"Verlängerung der Aufenthaltserlaubnis", "Integrationskurs und Kinderbetreuung", "Wohnungssuche",
			"Antrag auf Kindergeld und Kinderzuschlag", "Schulanmeldung der Kinder", "Bewerbung und Praktikum",
			"Familiennachzug", "Benachteiligung bei der Wohnungssuche", "Krankenversicherung klären",
			"Einbürgerung vorbereiten", "Schulden und Haushaltsplan");

	private static final List<String> SUMMARIES = List.of(
			"Unterlagen gesichtet, Kopien für die Anerkennungsstelle gemacht; nächster Schritt: Antrag stellen.",
			"Telefonisch nachgefragt, ob der Bescheid gekommen ist; noch nicht, in zwei Wochen wieder melden.",
			"Gemeinsam das Formular ausgefüllt und die fehlenden Nachweise besprochen; Termin beim Jobcenter vereinbart.",
			"Die Person berichtet von einer Absage bei einer Wohnungsbesichtigung; Möglichkeiten einer Beschwerde erklärt.",
			"Termin bei der Ausländerbehörde vorbereitet, Fragen durchgesprochen, Dolmetschung organisiert.",
			"Kurzer Anruf: der Integrationskurs beginnt im nächsten Monat, Kinderbetreuung ist geklärt.",
			"Bewerbungsunterlagen überarbeitet, Lebenslauf ins Deutsche übertragen, zwei Stellen herausgesucht.",
			"Beim Hausbesuch die Lage der Familie besprochen; Schule und Kita angesprochen, Kontakt zum Jugendamt angeboten.");

	private static final String[] CHANNELS = { "IN_PERSON", "IN_PERSON", "IN_PERSON", "PHONE", "PHONE", "VIDEO",
			"OUTREACH" };

	private static final String[] INTERPRETERS = { "NONE", "NONE", "NONE", "PROFESSIONAL", "VOLUNTEER",
			"FAMILY_OR_FRIEND" };

	private final ClientStore store;

	private final Clients clients;

	private final FieldEncryption fields;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final int clientCount;

	private final int ownCount;

	private final int caseCount;

	private final int contactCount;

	BenchSeed(Tenants tenants, UserDirectory users, ClientStore store, Clients clients, FieldEncryption fields,
			JdbcTemplate jdbc, PlatformMode mode, Clock clock,
			@Value("${teilhabe.bench.counselling-clients:50000}") int clientCount,
			@Value("${teilhabe.bench.counselling-own:2000}") int ownCount,
			@Value("${teilhabe.bench.counselling-cases:60000}") int caseCount,
			@Value("${teilhabe.bench.counselling-contacts:500000}") int contactCount) {
		super("counselling bench seed", DemoClients.NAME, tenants, users, mode);
		if (!mode.isDemo()) {
			log.warn("Counselling bench seed: only in demo mode; nothing seeded");
		}
		this.store = store;
		this.clients = clients;
		this.fields = fields;
		this.jdbc = jdbc;
		this.clock = clock;
		this.clientCount = clientCount;
		this.ownCount = Math.min(ownCount, clientCount);
		this.caseCount = caseCount;
		this.contactCount = Math.max(contactCount, caseCount);
	}

	@Override
	void seed(Office office) {
		UUID tenant = office.tenant().id();
		if (this.store.count(tenant) >= this.clientCount) {
			log.info("Counselling bench seed: seeded already");
			return;
		}
		UUID berna = office.berna();
		UUID bilal = office.bilal();
		List<String> gemeinden = this.clients.gemeinden(tenant).stream().map(Region::key).toList();
		long started = System.nanoTime();
		Random random = new Random(50_000);
		List<UUID> counsellors = new ArrayList<>(List.of(bilal));
		for (int i = 0; i < 23; i++) {
			counsellors.add(new UUID(0x0bec0000_0000_4000L, 0x8000_0000_0000_0000L | i));
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		int year = now.getYear();
		List<UUID> clientIds = new ArrayList<>(this.clientCount);
		List<UUID> responsibles = new ArrayList<>(this.clientCount);
		List<String> languages = new ArrayList<>(this.clientCount);
		List<ClientStore.NewClient> chunk = new ArrayList<>();
		for (int i = 0; i < this.clientCount; i++) {
			Origin origin = origin(random);
			boolean female = random.nextBoolean();
			String first = pick(random, female ? origin.female() : origin.male());
			String last = pick(random, origin.last());
			if (female && origin.nationality().equals("russisch") && last.matches(".*(ow|ov|in)$")) {
				last = last + "a";
			}
			int birthYear = 1950 + random.nextInt(Math.max(1, year - 18 - 1950));
			int arrival = Math.max(birthYear + 1, Math.min(year,
					origin.from() + random.nextInt(Math.max(1, Math.min(origin.to(), year) - origin.from() + 1))));
			List<String> spoken = new ArrayList<>(List.of(origin.languages().get(0)));
			if (origin.languages().size() > 1 && random.nextInt(3) == 0) {
				spoken.add(origin.languages().get(1 + random.nextInt(origin.languages().size() - 1)));
			}
			ClientForm form = new ClientForm(first, last,
					(random.nextInt(4) > 0) ? "030 23125 " + String.format("%03d", random.nextInt(1000)) : null,
					(random.nextInt(5) == 0) ? "person" + i + "@example.org" : null, birthYear,
					female ? Gender.FEMALE : Gender.MALE, origin.nationality(), spoken, pick(random, origin.statuses()),
					arrival, pick(random, gemeinden), GermanLevel.values()[random.nextInt(GermanLevel.values().length)],
					(random.nextInt(3) == 0) ? pick(random, SUMMARIES) : null, true);
			// Berna Beratung's clients spread over the whole run, the others round robin
			UUID responsible = ((long) i * this.ownCount / this.clientCount != (long) (i + 1) * this.ownCount
					/ this.clientCount) ? berna : counsellors.get(i % counsellors.size());
			UUID id = UUID.randomUUID();
			chunk.add(new ClientStore.NewClient(id, responsible, form, now.minusDays(random.nextInt(1500))));
			clientIds.add(id);
			responsibles.add(responsible);
			languages.add(spoken.get(0));
			if (chunk.size() == CHUNK || i == this.clientCount - 1) {
				this.store.insertAll(tenant, chunk);
				chunk.clear();
				analyse("counselling_client");
				log.info("Counselling bench seed: {} of {} clients ({} s)", i + 1, this.clientCount, seconds(started));
			}
		}
		seedCases(tenant, random, now, clientIds, responsibles, languages, counsellors, berna, started);
		log.info("Counselling bench seed: done, {} clients ({} of Berna Beratung), {} cases, {} contacts in {} s",
				this.clientCount, this.ownCount, this.caseCount, this.contactCount, seconds(started));
	}

	private void seedCases(UUID tenantId, Random random, OffsetDateTime now, List<UUID> clientIds,
			List<UUID> responsibles, List<String> languages, List<UUID> counsellors, UUID berna, long started) {
		LocalDate today = now.atZoneSameInstant(BERLIN).toLocalDate();
		int[] contactsPerCase = contactsPerCase(random);
		List<Object[]> cases = new ArrayList<>();
		List<Object[]> contacts = new ArrayList<>();
		int contactsWritten = 0;
		for (int c = 0; c < this.caseCount; c++) {
			UUID caseId = UUID.randomUUID();
			boolean anonymous = c % 15 == 14;
			// every client has a case, some a second one
			int client = (c < clientIds.size()) ? c : random.nextInt(clientIds.size());
			UUID clientId = anonymous ? null : clientIds.get(client);
			UUID responsible = anonymous ? ((random.nextInt(10) == 0) ? berna : pick(random, counsellors))
					: responsibles.get(client);
			String kind = anonymous ? "SHORT_CONTACT" : (random.nextInt(4) == 0) ? "CASE_MANAGEMENT" : "COUNSELLING";
			boolean open = !anonymous && random.nextInt(5) < 2;
			LocalDate opened = today.minusDays(open ? random.nextInt(400) : 30 + random.nextInt(1100));
			LocalDate closed = open ? null : anonymous ? opened : opened.plusDays(random.nextInt(30));
			String phase = !"CASE_MANAGEMENT".equals(kind) ? null
					: open ? List.of("INTAKE", "ASSESSMENT", "PLAN", "FOLLOW_UP").get(random.nextInt(4)) : "CLOSURE";
			List<String> topics = new ArrayList<>(List.of(pick(random, TOPICS)));
			if (random.nextInt(3) == 0) {
				String second = pick(random, TOPICS);
				if (!topics.contains(second)) {
					topics.add(second);
				}
			}
			OffsetDateTime created = opened.atTime(9, 0).atZone(BERLIN).toOffsetDateTime();
			cases.add(new Object[] { tenantId, caseId, clientId, kind, open ? "OPEN" : "CLOSED", phase,
					topics.toArray(String[]::new), responsible, opened, closed,
					anonymous ? null : this.fields.encrypt(CaseColumns.TITLE, tenantId, caseId, pick(random, TITLES)),
					created, created });
			LocalDate until = (closed != null) ? closed : today;
			int span = (int) Math.max(1, until.toEpochDay() - opened.toEpochDay() + 1);
			String language = anonymous ? null : languages.get(client);
			for (int k = 0; k < contactsPerCase[c]; k++) {
				UUID contactId = UUID.randomUUID();
				OffsetDateTime at = opened.plusDays(random.nextInt(span))
					.atTime(8 + random.nextInt(9), 15 * random.nextInt(4))
					.atZone(BERLIN)
					.toOffsetDateTime();
				contacts.add(new Object[] { tenantId, contactId, caseId, responsible, at, 15 + 15 * random.nextInt(6),
						CHANNELS[random.nextInt(CHANNELS.length)], language,
						(language == null) ? "NONE" : INTERPRETERS[random.nextInt(INTERPRETERS.length)],
						anonymous ? null : this.fields.encrypt(ContactColumns.SUMMARY, tenantId, contactId,
								pick(random, SUMMARIES)),
						at });
			}
			if (cases.size() == CHUNK || c == this.caseCount - 1) {
				insertCases(cases);
				cases.clear();
			}
			if (contacts.size() >= 4 * CHUNK || c == this.caseCount - 1) {
				// the contacts' cases are written already (foreign key)
				insertCases(cases);
				cases.clear();
				insertContacts(contacts);
				contactsWritten += contacts.size();
				contacts.clear();
				log.info("Counselling bench seed: {} of {} cases, {} of {} contacts ({} s)", c + 1, this.caseCount,
						contactsWritten, this.contactCount, seconds(started));
			}
		}
	}

	/**
	 * How many contacts each case gets: one for a short contact, 1–16 else, to the total.
	 */
	private int[] contactsPerCase(Random random) {
		int[] counts = new int[this.caseCount];
		long total = 0;
		for (int c = 0; c < this.caseCount; c++) {
			counts[c] = (c % 15 == 14) ? 1 : 1 + random.nextInt(16);
			total += counts[c];
		}
		while (total != this.contactCount) {
			int c = random.nextInt(this.caseCount);
			if (c % 15 == 14) {
				continue;
			}
			if (total < this.contactCount) {
				counts[c]++;
				total++;
			}
			else if (counts[c] > 1) {
				counts[c]--;
				total--;
			}
		}
		return counts;
	}

	private void insertCases(List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate("""
				INSERT INTO counselling_case (tenant_id, id, client_id, kind, status, phase, topics, responsible_id,
				                              opened_on, closed_on, title_sealed, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		analyse("counselling_case");
	}

	/**
	 * Statistics of a table that grows in this one transaction: the foreign-key checks of
	 * the next rows are planned with them (planned for the nearly empty table, they scan
	 * it, and the seed slows down with every chunk).
	 */
	private void analyse(String table) {
		this.jdbc.execute("ANALYZE " + table);
	}

	private void insertContacts(List<Object[]> rows) {
		this.jdbc.batchUpdate("""
				INSERT INTO counselling_contact (tenant_id, id, case_id, counsellor_id, happened_at, duration_minutes,
				                                 channel, language, interpreter, summary_sealed, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	private static Origin origin(Random random) {
		int roll = random.nextInt(ORIGINS.stream().mapToInt(Origin::share).sum());
		for (Origin origin : ORIGINS) {
			roll -= origin.share();
			if (roll < 0) {
				return origin;
			}
		}
		return ORIGINS.get(0);
	}

	private static <T> T pick(Random random, List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

	private static long seconds(long started) {
		return (System.nanoTime() - started) / 1_000_000_000;
	}

	/**
	 * A country of origin: its share (per mille), nationality in words, languages (the
	 * first always spoken), usual names in their transliterations, residence-status
	 * groups and years of arrival.
	 */
	private record Origin(int share, String nationality, List<String> languages, List<String> male, List<String> female,
			List<String> last, List<ResidenceStatus> statuses, int from, int to) {
	}

}
