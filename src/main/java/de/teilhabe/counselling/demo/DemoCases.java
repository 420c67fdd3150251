package de.teilhabe.counselling.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import de.teilhabe.access.UserDirectory;
import de.teilhabe.counselling.casework.CaseKind;
import de.teilhabe.counselling.casework.CasePhase;
import de.teilhabe.counselling.casework.CaseStore;
import de.teilhabe.counselling.casework.Cases;
import de.teilhabe.counselling.casework.ContactChannel;
import de.teilhabe.counselling.casework.GoalState;
import de.teilhabe.counselling.casework.Topic;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.time.Times;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: cases for the demo clients of the Beratungsstelle
 * ({@link DemoClients}): counselling cases and case managements in every phase, open and
 * closed (some closed more than three years ago, so that the retention run has something
 * to do), with realistic topics and titles, Förderplan goals for the case managements
 * from the plan on, at least one contact per case (so that the case list shows a last
 * contact), a few cases handed from Bilal Beratung to Berna Beratung, and about 150 short
 * anonymous contacts over the last twelve months. The same seed gives the same cases on
 * every fresh start; skipped when the tenant has cases. Made while the platform already
 * serves.
 */
@Component
class DemoCases extends DemoOfficeTask {

	static final String NAME = "counselling demo cases";

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	/** Titles by topic, as counsellors write them (no names). */
	private static final Map<Topic, List<String>> TITLES = Map.of(Topic.RESIDENCE_LAW,
			List.of("Verlängerung der Aufenthaltserlaubnis", "Familiennachzug", "Niederlassungserlaubnis beantragen",
					"Termin bei der Ausländerbehörde"),
			Topic.LANGUAGE_COURSE, List.of("Anmeldung Integrationskurs", "B1-Prüfung vorbereiten", "Berufssprachkurs"),
			Topic.WORK_RECOGNITION,
			List.of("Anerkennung des Pflegeabschlusses", "Bewerbungen", "Anerkennung des Ingenieurstudiums",
					"Arbeitserlaubnis"),
			Topic.HOUSING, List.of("Wohnungssuche", "Wohnberechtigungsschein", "Mietschulden"), Topic.HEALTH,
			List.of("Krankenversicherung klären", "Psychosoziale Unterstützung"), Topic.FAMILY_SCHOOL,
			List.of("Kita-Platz", "Schulanmeldung der Kinder", "Elterngeld"), Topic.MONEY_BENEFITS,
			List.of("Kindergeld und Kinderzuschlag", "Bürgergeld-Antrag", "Wohngeld"), Topic.DISCRIMINATION,
			List.of("Benachteiligung bei der Wohnungssuche", "Vorfall am Arbeitsplatz"), Topic.OTHER,
			List.of("Führerschein umschreiben", "Vereinsmitgliedschaft"));

	private static final List<String> GOALS = List.of("Deutschkurs bis B1 abgeschlossen",
			"Anerkennungsbescheid liegt vor", "Eigene Wohnung bezogen", "Kita-Platz für das jüngste Kind",
			"Bewerbungsunterlagen vollständig", "Bürgergeld-Antrag bewilligt", "Aufenthaltserlaubnis verlängert",
			"Hausärztin gefunden", "Girokonto eröffnet", "Praktikum begonnen");

	private static final List<String> LANGUAGES = List.of("ar", "uk", "fa", "tr", "ru", "de", "en", "ti", "prs", "kmr");

	private final Cases cases;

	private final CaseStore store;

	private final JdbcClient jdbc;

	private final Times times;

	private final Clock clock;

	DemoCases(Tenants tenants, UserDirectory users, Cases cases, CaseStore store, PlatformMode mode, JdbcClient jdbc,
			Times times, Clock clock) {
		super(NAME, DemoClients.NAME, tenants, users, mode);
		this.cases = cases;
		this.store = store;
		this.jdbc = jdbc;
		this.times = times;
		this.clock = clock;
	}

	@Override
	void seed(Office office) {
		Tenant tenant = office.tenant();
		if (this.cases.count(tenant.id()) > 0) {
			return;
		}
		UUID berna = office.berna();
		UUID bilal = office.bilal();
		List<UUID[]> clients = this.jdbc
			.sql("SELECT id, responsible_id FROM counselling_client WHERE tenant_id = ? ORDER BY client_number")
			.param(tenant.id())
			.query((rs,
					row) -> new UUID[] { rs.getObject("id", UUID.class), rs.getObject("responsible_id", UUID.class) })
			.list();
		if (clients.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		Random random = new Random(1610);
		LocalDate today = this.times.today(this.clock);
		List<CaseStore.NewCase> rows = new ArrayList<>();
		List<CaseStore.NewGoal> goals = new ArrayList<>();
		List<CaseStore.NewContact> contacts = new ArrayList<>();
		List<CaseStore.NewHandover> handovers = new ArrayList<>();
		int index = 0;
		for (UUID[] client : clients) {
			int count = (index % 20 == 7) ? 0 : (random.nextInt(4) == 0) ? 2 : 1;
			for (int i = 0; i < count; i++) {
				UUID responsible = client[1];
				UUID id = UUID.randomUUID();
				CaseKind kind = (random.nextInt(100) < 55) ? CaseKind.COUNSELLING : CaseKind.CASE_MANAGEMENT;
				int state = random.nextInt(10);
				if (state < 2 && !(count == 2 && i == 0)) {
					// an old case only ever as the first of a client's two: the retention
					// run
					// anonymises old cases and erases a client left with no other case,
					// and the
					// demo's clients (deputies, break-glass, appointments) must outlive
					// it
					state = 2;
				}
				LocalDate opened;
				LocalDate closed = null;
				if (state < 2) {
					// closed more than three years ago: the retention run anonymises it
					opened = today.minusDays(3 * 365 + 120 + random.nextInt(600));
					closed = opened.plusDays(20 + random.nextInt(120));
				}
				else if (state < 4) {
					opened = today.minusDays(60 + random.nextInt(600));
					closed = min(opened.plusDays(14 + random.nextInt(200)), today.minusDays(1));
				}
				else {
					opened = today.minusDays(random.nextInt(420));
				}
				CasePhase phase = null;
				if (kind == CaseKind.CASE_MANAGEMENT) {
					phase = (closed != null) ? CasePhase.CLOSURE
							: CasePhase.values()[random.nextInt(CasePhase.values().length)];
				}
				List<Topic> topics = topics(random);
				String title = pick(random, TITLES.get(topics.get(0)));
				OffsetDateTime at = this.times.at(opened, LocalTime.of(9 + random.nextInt(8), 0));
				rows.add(new CaseStore.NewCase(id, client[0], kind, phase, topics, responsible, opened, closed,
						(random.nextInt(6) == 0) ? null : title, at));
				if (phase != null && phase.compareTo(CasePhase.PLAN) >= 0) {
					int goalCount = 2 + random.nextInt(3);
					for (int g = 0; g < goalCount; g++) {
						GoalState goalState = (phase == CasePhase.PLAN) ? GoalState.OPEN
								: GoalState.values()[random.nextInt(GoalState.values().length)];
						goals.add(new CaseStore.NewGoal(id, pick(random, GOALS),
								opened.plusDays(60 + random.nextInt(300)), goalState, at.plusDays(10 + g)));
					}
				}
				LocalDate last = (closed != null) ? closed : today;
				int contactCount = 1 + random.nextInt(3);
				for (int c = 0; c < contactCount; c++) {
					long span = Math.max(1, last.toEpochDay() - opened.toEpochDay() + 1);
					LocalDate day = opened.plusDays((c == 0) ? 0 : random.nextInt((int) span));
					contacts.add(new CaseStore.NewContact(id, responsible,
							this.times.at(day, LocalTime.of(9 + random.nextInt(8), 15 * random.nextInt(4))),
							30 + 15 * random.nextInt(5), channel(random),
							(random.nextInt(3) == 0) ? "de" : pick(random, LANGUAGES)));
				}
				if (closed == null && responsible.equals(berna) && handovers.size() < 6 && random.nextInt(8) == 0) {
					// handed over from Bilal Beratung, who covered the case at first
					handovers.add(new CaseStore.NewHandover(id, bilal, berna, at.plusDays(7), false));
				}
			}
			index++;
		}
		for (int i = 0; i < 150; i++) {
			UUID id = UUID.randomUUID();
			LocalDate day = today.minusDays(random.nextInt(365));
			UUID counsellor = (i % 4 == 3) ? bilal : berna;
			OffsetDateTime at = this.times.at(day, LocalTime.of(9 + random.nextInt(8), 5 * random.nextInt(12)));
			List<Topic> topics = (random.nextInt(3) == 0) ? topics(random) : List.of(topics(random).get(0));
			rows.add(new CaseStore.NewCase(id, null, CaseKind.SHORT_CONTACT, null, topics, counsellor, day, day, null,
					at));
			contacts.add(new CaseStore.NewContact(id, counsellor, at, 5 + 5 * random.nextInt(6), channel(random),
					(random.nextInt(5) == 0) ? null : pick(random, LANGUAGES)));
		}
		this.store.insertAll(tenant.id(), rows, goals, contacts, handovers);
		log.info("Counselling demo data: {} cases, {} goals, {} contacts in {} ms", rows.size(), goals.size(),
				contacts.size(), (System.nanoTime() - started) / 1_000_000);
	}

	/** One to three topics, the frequent ones more often. */
	private static List<Topic> topics(Random random) {
		List<Topic> weighted = List.of(Topic.RESIDENCE_LAW, Topic.RESIDENCE_LAW, Topic.LANGUAGE_COURSE,
				Topic.LANGUAGE_COURSE, Topic.WORK_RECOGNITION, Topic.WORK_RECOGNITION, Topic.HOUSING, Topic.HOUSING,
				Topic.MONEY_BENEFITS, Topic.MONEY_BENEFITS, Topic.FAMILY_SCHOOL, Topic.HEALTH, Topic.DISCRIMINATION,
				Topic.OTHER);
		List<Topic> topics = new ArrayList<>();
		int count = 1 + random.nextInt(3);
		while (topics.size() < count) {
			Topic topic = pick(random, weighted);
			if (!topics.contains(topic)) {
				topics.add(topic);
			}
		}
		return topics;
	}

	private static ContactChannel channel(Random random) {
		int value = random.nextInt(10);
		return (value < 6) ? ContactChannel.IN_PERSON : (value < 9) ? ContactChannel.PHONE
				: (value < 10 && random.nextBoolean()) ? ContactChannel.VIDEO : ContactChannel.OUTREACH;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static <T> T pick(Random random, List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

}
