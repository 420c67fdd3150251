package de.teilhabe.council.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.council.model.CommitteeKind;
import de.teilhabe.council.model.FilePurpose;
import de.teilhabe.council.model.MeetingState;
import de.teilhabe.council.model.MemberRole;
import de.teilhabe.council.model.PaperType;
import de.teilhabe.region.DemoLandkreisTask;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.time.Times;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: the Beirat für Migration of the Landkreis Osnabrück. A past term
 * (December 2021 to November 2026) and the current one (from December 2026), each opened
 * by an election with lists, candidates and turnout; eleven elected members with the vote
 * and six advisory delegates (the Kreistag's groups and the administration) per term, one
 * of them replaced during the past term; two working groups. Meetings of the council
 * about every six to eight weeks and of each working group about every quarter, from
 * three years before today to four months ahead (past ones held with minutes, one
 * cancelled, the council's next one invited, later ones scheduled or, within three weeks,
 * invited); each council meeting has a public part with papers (Vorlagen, Anträge,
 * Anfragen, Stellungnahmen) and their consultations, and a non-public part with a
 * non-public paper. One withdrawn paper and one given-up location are tombstones. Names
 * are synthetic; the Kreishaus' address is the real public one, the other places are made
 * up. Inserted in batches in one transaction; skipped when the Landkreis has council data
 * already. Made while the platform already serves.
 */
@Component
class DemoCouncil extends DemoLandkreisTask {

	static final String NAME = "council demo data";

	private static final Logger log = LoggerFactory.getLogger(DemoCouncil.class);

	private static final LocalDate PAST_TERM_START = LocalDate.of(2021, 12, 1);

	private static final LocalDate CURRENT_TERM_START = LocalDate.of(2026, 12, 1);

	private static final String[] VORLAGEN = { "Integrationsmonitoring %d: Ergebnisse für den Landkreis",
			"Haushalt %d: Mittel für Integration und Teilhabe",
			"Richtlinie Integrationsfonds: Änderung der Förderhöhen",
			"Sprachkursangebote im Landkreis %d: Bedarf und Angebot", "Unterbringung Geflüchteter: Sachstand %d",
			"Fortschreibung des Integrationskonzepts: Zeitplan und Beteiligung", "Interkulturelle Woche %d: Programm",
			"Einbürgerungsfeier des Landkreises %d", "Jahresbericht der Beratungsstelle für Zugewanderte %d",
			"Integrationslotsinnen und -lotsen: Jahresbericht %d" };

	private static final String[] ANTRAEGE = { "Mehrsprachige Informationen zur Kita-Anmeldung",
			"Dolmetscherpool für Elterngespräche an Schulen", "Interkulturelle Öffnung der Freiwilligen Feuerwehren",
			"Antidiskriminierungsberatung im Nordkreis", "Willkommensmappe für Neuzugewanderte",
			"Sprachcafés in allen Samtgemeinden", "Lotsendienst zur Anerkennung ausländischer Berufsabschlüsse",
			"Jugendforum Migration im Landkreis", "Mehrsprachige Wahlinformationen zur Beiratswahl",
			"Gedenktag gegen Rassismus an den Kreisschulen", "Interkulturelle Schulungen für die Kreisverwaltung",
			"Fahrtkostenzuschuss für Sprachkurse im ländlichen Raum" };

	private static final String[] ANFRAGEN = { "Wartezeiten bei der Ausländerbehörde",
			"Wohnsitzauflage: Zahl der Härtefallanträge", "Schulplätze für neu zugewanderte Kinder",
			"Barrierefreiheit der Online-Terminvergabe", "Beschäftigung Geflüchteter in der Kreisverwaltung",
			"Ärztliche Versorgung in Gemeinschaftsunterkünften" };

	private static final String[] STELLUNGNAHMEN = { "Stellungnahme zum Nahverkehrsplan des Landkreises",
			"Stellungnahme zum Entwurf des Integrationskonzepts", "Stellungnahme zur Schulentwicklungsplanung",
			"Stellungnahme zum Wohnraumversorgungskonzept" };

	private static final String[] NON_PUBLIC = { "Integrationsfonds: Entscheidung über Einzelanträge",
			"Vergabe des Integrationspreises: Auswahl der Preisträger", "Zuschüsse an Vereine: Einzelfälle" };

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Times times;

	/**
	 * Years of meetings before today: 3 for the demo; {@code bench/oparl-load.sh} asks
	 * for 10 ({@code -Dteilhabe.bench.council-years=10}, the benchmark size).
	 */
	private final int years;

	DemoCouncil(JdbcTemplate jdbc, Tenants tenants, PlatformMode mode, Clock clock, Times times,
			@Value("${teilhabe.bench.council-years:3}") int years) {
		super(NAME, Set.of("tenants"), tenants, mode);
		this.years = Math.max(1, years);
		this.jdbc = jdbc;
		this.clock = clock;
		this.times = times;
	}

	@Override
	protected void seed(Tenant tenant) {
		Integer existing = this.jdbc.queryForObject(
				"SELECT count(*) FROM council_committee WHERE tenant_id = ? AND kind <> 'NETWORK'", Integer.class,
				tenant.id());
		if (existing != null && existing > 0) {
			return;
		}
		long started = System.nanoTime();
		Seed seed = new Seed(tenant.id(), this.times, this.clock, this.years);
		seed.build();
		seed.insert(this.jdbc);
		log.info("Council demo data: {} meetings, {} agenda items, {} papers in {} ms", seed.meetings.size(),
				seed.items.size(), seed.papers.size(), (System.nanoTime() - started) / 1_000_000);
	}

	/** The rows of the demo council, built in memory and inserted in batches. */
	static final class Seed {

		private final UUID tenant;

		private final Times times;

		private final LocalDate today;

		private final Instant now;

		private final Random random = new Random(18);

		final List<Object[]> terms = new ArrayList<>();

		final List<Object[]> results = new ArrayList<>();

		final List<Object[]> committees = new ArrayList<>();

		final List<Object[]> persons = new ArrayList<>();

		final List<Object[]> memberships = new ArrayList<>();

		final List<Object[]> locations = new ArrayList<>();

		final List<Object[]> meetings = new ArrayList<>();

		final List<Object[]> items = new ArrayList<>();

		final List<Object[]> papers = new ArrayList<>();

		final List<Object[]> consultations = new ArrayList<>();

		final List<Object[]> files = new ArrayList<>();

		private UUID council;

		private UUID education;

		private UUID work;

		private UUID kreishaus;

		private UUID meetingRoom;

		private UUID wallenhorst;

		private final Map<Integer, Integer> paperNumbers = new HashMap<>();

		private int councilMeetingInTerm;

		private boolean councilInvited;

		private LocalDate councilTerm;

		private LocalDate meetingDate;

		private final Deque<UUID[]> recommendedMotions = new ArrayDeque<>();

		private final int years;

		Seed(UUID tenant, Times times, Clock clock, int years) {
			this.years = years;
			this.tenant = tenant;
			this.times = times;
			this.today = times.today(clock);
			this.now = clock.instant();
		}

		void build() {
			OffsetDateTime setUp = at(PAST_TERM_START.minusMonths(1), 9, 0);
			UUID pastTerm = term("Wahlperiode 2021–2026", PAST_TERM_START, CURRENT_TERM_START.minusDays(1),
					LocalDate.of(2021, 11, 7), 22_100, 1_480, setUp);
			UUID currentTerm = term("Wahlperiode 2026–2031", CURRENT_TERM_START, LocalDate.of(2031, 11, 30),
					LocalDate.of(2026, 11, 8), 24_850, 1_602, at(LocalDate.of(2026, 11, 12), 10, 0));
			results(pastTerm,
					new Object[][] { { "Internationale Liste Landkreis Osnabrück", null, 540, 4 },
							{ "Internationale Liste Landkreis Osnabrück", "Aylin Demir", 233, null },
							{ "Gemeinsam Vielfalt gestalten", null, 389, 3 },
							{ "Gemeinsam Vielfalt gestalten", "Oleksandr Kovalenko", 171, null },
							{ "Liste Bildung und Teilhabe", null, 260, 2 }, { "Afrikanisches Forum", null, 131, 1 },
							{ "Einzelbewerbung Samir Haddad", null, 95, 1 } });
			results(currentTerm,
					new Object[][] { { "Internationale Liste Landkreis Osnabrück", null, 612, 4 },
							{ "Internationale Liste Landkreis Osnabrück", "Aylin Demir", 268, null },
							{ "Gemeinsam Vielfalt gestalten", null, 451, 3 },
							{ "Gemeinsam Vielfalt gestalten", "Oleksandr Kovalenko", 190, null },
							{ "Ukrainische Gemeinschaft im Osnabrücker Land", null, 298, 2 },
							{ "Afrikanisches Forum", null, 164, 1 }, { "Liste Bildung und Teilhabe", null, 77, 1 } });

			this.council = committee(CommitteeKind.COUNCIL, null, "Beirat für Migration des Landkreises Osnabrück",
					"Beirat für Migration", "Beirat", PAST_TERM_START.minusYears(8),
					"Berät den Kreistag und seine Ausschüsse in allen Fragen, die Zugewanderte betreffen.", setUp);
			this.education = committee(CommitteeKind.WORKING_GROUP, this.council, "Arbeitsgruppe Bildung und Sprache",
					"AG Bildung", "Arbeitsgruppe", PAST_TERM_START.plusMonths(2),
					"Bereitet die Themen Kita, Schule, Sprachförderung und Anerkennung vor.", setUp.plusMonths(2));
			this.work = committee(CommitteeKind.WORKING_GROUP, this.council,
					"Arbeitsgruppe Arbeit, Wohnen und Antidiskriminierung", "AG Arbeit", "Arbeitsgruppe",
					PAST_TERM_START.plusMonths(2),
					"Bereitet die Themen Arbeitsmarkt, Wohnraum und Schutz vor Diskriminierung vor.",
					setUp.plusMonths(2));

			this.kreishaus = location("Kreishaus Osnabrück, Sitzungssaal", "Am Schölerberg 1", "Sitzungssaal", "49082",
					"Osnabrück",
					"Stufenloser Zugang über den Haupteingang, Aufzug zu allen Etagen, barrierefreies WC im "
							+ "Erdgeschoss, induktive Höranlage im Saal.",
					false, setUp);
			this.meetingRoom = location("Kreishaus Osnabrück, Besprechungsraum 3.112", "Am Schölerberg 1", "Raum 3.112",
					"49082", "Osnabrück",
					"Aufzug bis zum 3. Obergeschoss, barrierefreies WC auf der Etage; keine Höranlage.", false, setUp);
			this.wallenhorst = location("Haus der Kulturen Wallenhorst", "Lindenstraße 12", "Saal", "49134",
					"Wallenhorst", "Eine Stufe am Eingang (mobile Rampe auf Nachfrage), WC nicht barrierefrei.", false,
					setUp);
			// a place given up before any meeting took place there: a tombstone in OParl
			location("Bürgerhaus Bissendorf (nicht mehr genutzt)", "Am Markt 3", null, "49143", "Bissendorf", null,
					true, setUp);

			members(pastTerm, currentTerm);
			timeline();
		}

		private void members(UUID pastTerm, UUID currentTerm) {
			LocalDate pastEnd = CURRENT_TERM_START.minusDays(1);
			OffsetDateTime past = at(PAST_TERM_START.minusDays(10), 10, 0);
			OffsetDateTime current = at(CURRENT_TERM_START.minusDays(10), 10, 0);
			UUID aylin = person("Aylin", "Demir", past);
			UUID oleksandr = person("Oleksandr", "Kovalenko", past);
			UUID fatima = person("Fatima", "Al-Hassan", past);
			UUID yonas = person("Yonas", "Tesfamariam", past);
			UUID maria = person("Maria", "Popescu", past);
			UUID natalia = person("Natalia", "Wiśniewska", past);
			UUID samir = person("Samir", "Haddad", past);
			UUID ahmad = person("Ahmad", "Rahimi", past);
			UUID grace = person("Grace", "Okafor", past);
			UUID dimitrios = person("Dimitrios", "Papadopoulos", past);
			UUID elif = person("Elif", "Yıldız", past);
			UUID kemal = person("Kemal", "Arslan", at(LocalDate.of(2024, 6, 20), 10, 0));
			UUID brockmann = person("Heinrich", "Brockmann", past);
			UUID wellmann = person("Sabine", "Wellmann", past);
			UUID fehrmann = person("Jonas", "Fehrmann", past);
			UUID osterhaus = person("Karin", "Osterhaus", past);
			UUID rehkamp = person("Thomas", "Rehkamp", past);
			UUID lindemann = person("Petra", "Lindemann", past);
			UUID zahra = person("Zahra", "Hosseini", current);
			UUID amadou = person("Amadou", "Diallo", current);
			UUID lina = person("Lina", "Khalil", current);
			UUID svitlana = person("Svitlana", "Melnyk", current);
			UUID reza = person("Reza", "Karimi", current);
			UUID vennemann = person("Anke", "Schulte-Vennemann", current);
			UUID tiemann = person("Markus", "Tiemann", current);
			UUID sahin = person("Ufuk", "Şahin", current);

			// the past term: eleven elected members, Samir Haddad replaced by Kemal
			// Arslan
			membership(aylin, this.council, pastTerm, MemberRole.CHAIR, true, null, PAST_TERM_START, pastEnd, null,
					past);
			membership(oleksandr, this.council, pastTerm, MemberRole.DEPUTY_CHAIR, true, null, PAST_TERM_START, pastEnd,
					null, past);
			for (UUID member : List.of(fatima, yonas, maria, natalia, ahmad, grace, dimitrios, elif)) {
				membership(member, this.council, pastTerm, MemberRole.MEMBER, true, null, PAST_TERM_START, pastEnd,
						null, past);
			}
			UUID samirMembership = membership(samir, this.council, pastTerm, MemberRole.MEMBER, true, null,
					PAST_TERM_START, LocalDate.of(2024, 6, 30), null, past);
			membership(kemal, this.council, pastTerm, MemberRole.MEMBER, true, null, LocalDate.of(2024, 7, 1), pastEnd,
					samirMembership, at(LocalDate.of(2024, 6, 20), 10, 0));
			advisory(pastTerm, PAST_TERM_START, pastEnd, past,
					new Object[][] { { brockmann, "Kreistagsfraktion CDU" }, { wellmann, "Kreistagsfraktion SPD" },
							{ fehrmann, "Kreistagsfraktion Bündnis 90/Die Grünen" },
							{ osterhaus, "Kreistagsgruppe FDP" }, { rehkamp, "Kreistagsfraktion UWG" },
							{ lindemann, "Kreisverwaltung, Fachdienst Integration" } });
			// the current term
			membership(aylin, this.council, currentTerm, MemberRole.CHAIR, true, null, CURRENT_TERM_START, null, null,
					current);
			membership(oleksandr, this.council, currentTerm, MemberRole.DEPUTY_CHAIR, true, null, CURRENT_TERM_START,
					null, null, current);
			for (UUID member : List.of(fatima, yonas, maria, natalia, zahra, amadou, lina, svitlana, reza)) {
				membership(member, this.council, currentTerm, MemberRole.MEMBER, true, null, CURRENT_TERM_START, null,
						null, current);
			}
			advisory(currentTerm, CURRENT_TERM_START, null, current,
					new Object[][] { { brockmann, "Kreistagsfraktion CDU" }, { vennemann, "Kreistagsfraktion SPD" },
							{ fehrmann, "Kreistagsfraktion Bündnis 90/Die Grünen" }, { tiemann, "Kreistagsgruppe FDP" },
							{ sahin, "Kreistagsfraktion UWG" },
							{ lindemann, "Kreisverwaltung, Fachdienst Integration" } });
			// working groups: past term and current term
			LocalDate groupsStart = PAST_TERM_START.plusMonths(2);
			membership(maria, this.education, pastTerm, MemberRole.CHAIR, true, null, groupsStart, pastEnd, null, past);
			for (UUID member : List.of(natalia, grace, dimitrios, wellmann)) {
				membership(member, this.education, pastTerm, MemberRole.MEMBER, !member.equals(wellmann),
						member.equals(wellmann) ? "Kreistagsfraktion SPD" : null, groupsStart, pastEnd, null, past);
			}
			membership(yonas, this.work, pastTerm, MemberRole.CHAIR, true, null, groupsStart, pastEnd, null, past);
			for (UUID member : List.of(fatima, ahmad, elif, oleksandr)) {
				membership(member, this.work, pastTerm, MemberRole.MEMBER, true, null, groupsStart, pastEnd, null,
						past);
			}
			membership(maria, this.education, currentTerm, MemberRole.CHAIR, true, null, CURRENT_TERM_START, null, null,
					current);
			for (UUID member : List.of(natalia, lina, svitlana)) {
				membership(member, this.education, currentTerm, MemberRole.MEMBER, true, null, CURRENT_TERM_START, null,
						null, current);
			}
			membership(yonas, this.work, currentTerm, MemberRole.CHAIR, true, null, CURRENT_TERM_START, null, null,
					current);
			for (UUID member : List.of(fatima, amadou, reza, zahra)) {
				membership(member, this.work, currentTerm, MemberRole.MEMBER, true, null, CURRENT_TERM_START, null,
						null, current);
			}
		}

		private void advisory(UUID term, LocalDate start, LocalDate end, OffsetDateTime created, Object[][] members) {
			for (Object[] member : members) {
				membership((UUID) member[0], this.council, term, MemberRole.MEMBER, false, (String) member[1], start,
						end, null, created);
			}
		}

		/**
		 * Meetings from three years ago to four months ahead: the council every six to
		 * eight weeks (Thursdays 17:00), each working group every twelve to fourteen
		 * weeks (Tuesdays 16:30), in date order.
		 */
		private void timeline() {
			LocalDate from = this.today.minusYears(this.years);
			LocalDate until = this.today.plusMonths(4);
			LocalDate nextCouncil = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
			LocalDate nextEducation = from.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
			LocalDate nextWork = from.plusWeeks(8).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
			// the meetings of the term before the demo's first one, at one every seven
			// weeks
			this.councilTerm = termStart(from);
			this.councilMeetingInTerm = Math.max(1, (int) (ChronoUnit.WEEKS.between(this.councilTerm, from) / 7) + 1);
			int groupMeetingsEducation = 1;
			int groupMeetingsWork = 1;
			int councilIndex = 0;
			boolean cancelledOne = false;
			while (true) {
				LocalDate next = min(nextCouncil, min(nextEducation, nextWork));
				if (next.isAfter(until)) {
					break;
				}
				if (next.equals(nextCouncil)) {
					boolean cancel = !cancelledOne && next.getMonthValue() == 7 && next.isBefore(this.today);
					cancelledOne |= cancel;
					councilMeeting(next, councilIndex++, cancel);
					nextCouncil = next.plusWeeks(councilIndex % 2 == 0 ? 6 : 8);
				}
				else if (next.equals(nextEducation)) {
					groupMeeting(this.education, "Arbeitsgruppe Bildung und Sprache", groupMeetingsEducation++, next);
					nextEducation = next.plusWeeks(12 + this.random.nextInt(3));
				}
				else {
					groupMeeting(this.work, "Arbeitsgruppe Arbeit, Wohnen und Antidiskriminierung", groupMeetingsWork++,
							next);
					nextWork = next.plusWeeks(12 + this.random.nextInt(3));
				}
			}
			// a withdrawn motion: a tombstone in OParl
			UUID withdrawn = paper(PaperType.MOTION, "Antrag: Sprachcafés in allen Samtgemeinden (doppelt eingereicht)",
					this.today.minusMonths(5), true, this.council);
			// withdrawn three days after it was filed
			this.papers.get(this.papers.size() - 1)[10] = true;
			this.papers.get(this.papers.size() - 1)[9] = stamp(at(this.today.minusMonths(5).plusDays(3), 11, 0));
			this.files.removeIf((row) -> withdrawn.equals(row[2]));
		}

		private LocalDate termStart(LocalDate date) {
			return date.isBefore(CURRENT_TERM_START) ? PAST_TERM_START : CURRENT_TERM_START;
		}

		private void councilMeeting(LocalDate date, int index, boolean cancelled) {
			if (!termStart(date).equals(this.councilTerm)) {
				this.councilTerm = termStart(date);
				this.councilMeetingInTerm = 1;
			}
			int number = this.councilMeetingInTerm++;
			boolean constituent = number == 1 && !date.isBefore(CURRENT_TERM_START);
			String name = constituent ? "Konstituierende Sitzung des Beirats für Migration"
					: number + ". Sitzung des Beirats für Migration";
			UUID location = index % 5 == 3 && date.isBefore(this.today.minusMonths(14)) ? this.wallenhorst
					: this.kreishaus;
			MeetingState state = state(date, cancelled);
			if (state == MeetingState.SCHEDULED && !this.councilInvited) {
				// the invitation to the council's next meeting is out, however far ahead
				// it is: the public pages always show an invited meeting
				state = MeetingState.INVITED;
			}
			this.councilInvited |= state == MeetingState.INVITED;
			OffsetDateTime start = at(date, 17, 0);
			UUID meeting = meeting(this.council, name, start, start.plusMinutes(150), location, state);
			List<String[]> publicItems = new ArrayList<>();
			int position = 0;
			position = item(meeting, position, "Ö 1",
					constituent ? "Eröffnung und Verpflichtung der Mitglieder"
							: "Eröffnung, Feststellung der ordnungsgemäßen Einladung und der Beschlussfähigkeit",
					true, state, "zur Kenntnis genommen", publicItems);
			if (constituent) {
				position = item(meeting, position, "Ö 2", "Wahl der oder des Vorsitzenden und der Stellvertretung",
						true, state, "gewählt", publicItems);
			}
			else {
				position = item(meeting, position, "Ö 2", "Genehmigung der Niederschrift der letzten Sitzung", true,
						state, "genehmigt", publicItems);
			}
			position = item(meeting, position, "Ö 3", "Mitteilungen der Verwaltung", true, state,
					"zur Kenntnis genommen", publicItems);
			int year = date.getYear();
			int number4 = 4;
			UUID proposal = paper(PaperType.PROPOSAL, formatted(VORLAGEN[index % VORLAGEN.length], year),
					date.minusWeeks(3), true, null);
			position = consulted(meeting, position, "Ö " + number4++, proposal, PaperType.PROPOSAL, state, date,
					publicItems);
			UUID[] motion = this.recommendedMotions.pollFirst();
			if (motion != null) {
				position = consulted(meeting, position, "Ö " + number4++, motion[0], PaperType.MOTION, state, date,
						publicItems);
			}
			UUID ownMotion = paper(PaperType.MOTION, "Antrag: " + ANTRAEGE[(index * 5 + 3) % ANTRAEGE.length],
					date.minusWeeks(2), true, this.council);
			position = consulted(meeting, position, "Ö " + number4++, ownMotion, PaperType.MOTION, state, date,
					publicItems);
			if (index % 2 == 1) {
				UUID inquiry = paper(PaperType.INQUIRY, "Anfrage: " + ANFRAGEN[(index / 2) % ANFRAGEN.length],
						date.minusWeeks(2), true, this.council);
				position = consulted(meeting, position, "Ö " + number4++, inquiry, PaperType.INQUIRY, state, date,
						publicItems);
			}
			if (index % 4 == 2) {
				UUID statement = paper(PaperType.STATEMENT, STELLUNGNAHMEN[(index / 4) % STELLUNGNAHMEN.length],
						date.minusWeeks(1), true, this.council);
				position = consulted(meeting, position, "Ö " + number4++, statement, PaperType.STATEMENT, state, date,
						publicItems);
			}
			position = item(meeting, position, "Ö " + number4++, "Berichte aus den Arbeitsgruppen", true, state,
					"zur Kenntnis genommen", publicItems);
			position = item(meeting, position, "Ö " + number4, "Verschiedenes", true, state, null, publicItems);
			// the non-public part: never in OParl, never on a public page
			UUID secret = paper(PaperType.PROPOSAL, NON_PUBLIC[index % NON_PUBLIC.length], date.minusWeeks(2), false,
					null);
			position = consulted(meeting, position, "N 1", secret, PaperType.PROPOSAL, state, date, null);
			if (index % 3 == 0) {
				item(meeting, position, "N 2", "Personalangelegenheiten der Geschäftsstelle", false, state,
						"zur Kenntnis genommen", null);
			}
			meetingFiles(meeting, name, date, state, publicItems);
		}

		private void groupMeeting(UUID group, String groupName, int number, LocalDate date) {
			MeetingState state = state(date, false);
			OffsetDateTime start = at(date, 16, 30);
			String name = number + ". Sitzung der " + groupName;
			UUID meeting = meeting(group, name, start, start.plusMinutes(90), this.meetingRoom, state);
			List<String[]> publicItems = new ArrayList<>();
			int position = item(meeting, 0, "1", "Begrüßung und Tagesordnung", true, state, null, publicItems);
			UUID motion = paper(PaperType.MOTION,
					"Antrag: " + ANTRAEGE[(number * 7 + (group.equals(this.work) ? 1 : 4)) % ANTRAEGE.length],
					date.minusWeeks(2), true, group);
			UUID item = UUID.randomUUID();
			String result = state == MeetingState.HELD ? "dem Beirat zur Annahme empfohlen" : null;
			position = addItem(item, meeting, position, "2", ((String) this.papers.get(this.papers.size() - 1)[3]),
					true, result, state == MeetingState.HELD ? votes(5) : null, at(date.minusWeeks(2), 9, 0),
					modified(date, state));
			publicItems.add(new String[] { "2", (String) this.papers.get(this.papers.size() - 1)[3], result });
			consultation(motion, meeting, item, group, "Vorberatung", false, result, date, state);
			if (state == MeetingState.HELD) {
				this.recommendedMotions.addLast(new UUID[] { motion });
			}
			item(meeting, position, "3", "Verschiedenes", true, state, null, publicItems);
			meetingFiles(meeting, name, date, state, publicItems);
		}

		private int consulted(UUID meeting, int position, String number, UUID paper, PaperType type, MeetingState state,
				LocalDate date, List<String[]> publicItems) {
			Object[] paperRow = this.papers.stream().filter((row) -> paper.equals(row[1])).findFirst().orElseThrow();
			String title = (String) paperRow[3];
			boolean isPublic = (Boolean) paperRow[6];
			String result = null;
			int[] votes = null;
			if (state == MeetingState.HELD) {
				switch (type) {
					case PROPOSAL -> result = isPublic ? "zur Kenntnis genommen" : "beschlossen";
					case INQUIRY -> result = "beantwortet";
					case STATEMENT -> {
						result = "beschlossen";
						votes = votes(0);
					}
					case MOTION -> {
						int roll = this.random.nextInt(10);
						result = roll < 7 ? "beschlossen" : roll < 9 ? "geändert beschlossen" : "vertagt";
						votes = roll < 9 ? votes(roll < 3 ? 0 : 3) : null;
					}
				}
			}
			UUID item = UUID.randomUUID();
			int next = addItem(item, meeting, position, number, title, isPublic, result, votes,
					at(date.minusWeeks(3), 9, 0), modified(date, state));
			if (publicItems != null) {
				publicItems.add(new String[] { number, title, result });
			}
			boolean decides = type == PaperType.MOTION || type == PaperType.STATEMENT;
			consultation(paper, meeting, item, this.council, decides ? "Entscheidung" : "Kenntnisnahme", decides,
					result, date, state);
			return next;
		}

		private int item(UUID meeting, int position, String number, String name, boolean isPublic, MeetingState state,
				String result, List<String[]> publicItems) {
			LocalDate date = this.meetingDate;
			String shown = state == MeetingState.HELD ? result : null;
			if (publicItems != null) {
				publicItems.add(new String[] { number, name, shown });
			}
			return addItem(UUID.randomUUID(), meeting, position, number, name, isPublic, shown, null,
					at(date.minusWeeks(3), 9, 0), modified(date, state));
		}

		private int addItem(UUID id, UUID meeting, int position, String number, String name, boolean isPublic,
				String result, int[] votes, OffsetDateTime created, OffsetDateTime modified) {
			String resolution = result != null && votes != null
					? "Der Beirat für Migration stimmt der Vorlage zu. Abstimmung: " + votes[0] + " Ja, " + votes[1]
							+ " Nein, " + votes[2] + " Enthaltungen."
					: null;
			this.items.add(new Object[] { this.tenant, id, meeting, position + 1, number, name, isPublic, result,
					resolution, votes == null ? null : votes[0], votes == null ? null : votes[1],
					votes == null ? null : votes[2], stamp(created), stamp(modified) });
			return position + 1;
		}

		private void consultation(UUID paper, UUID meeting, UUID item, UUID committee, String role,
				boolean authoritative, String result, LocalDate date, MeetingState state) {
			this.consultations.add(new Object[] { this.tenant, UUID.randomUUID(), paper, meeting, item, committee, role,
					authoritative, result, stamp(at(date.minusWeeks(2), 10, 0)), stamp(modified(date, state)) });
		}

		private void meetingFiles(UUID meeting, String name, LocalDate date, MeetingState state,
				List<String[]> publicItems) {
			if (state == MeetingState.SCHEDULED) {
				return;
			}
			StringBuilder invitation = new StringBuilder("Einladung zur ").append(name)
				.append("\nam ")
				.append(this.times.date(date))
				.append("\n\nTagesordnung, öffentlicher Teil:\n");
			publicItems.forEach((item) -> invitation.append(item[0]).append(' ').append(item[1]).append('\n'));
			invitation.append("\nAnschließend nichtöffentlicher Teil.\n");
			file(null, meeting, FilePurpose.INVITATION, "Einladung", "einladung.txt", invitation.toString(),
					date.minusWeeks(2));
			if (state == MeetingState.HELD) {
				StringBuilder minutes = new StringBuilder("Niederschrift über die ").append(name)
					.append(", öffentlicher Teil\nam ")
					.append(this.times.date(date))
					.append("\n\n");
				publicItems.forEach((item) -> minutes.append(item[0])
					.append(' ')
					.append(item[1])
					.append('\n')
					.append(item[2] == null ? "Aussprache ohne Beschluss." : "Ergebnis: " + item[2] + ".")
					.append("\n\n"));
				file(null, meeting, FilePurpose.MINUTES, "Niederschrift (öffentlicher Teil)", "niederschrift.txt",
						minutes.toString(), date.plusWeeks(2));
			}
		}

		private MeetingState state(LocalDate date, boolean cancelled) {
			if (cancelled) {
				return MeetingState.CANCELLED;
			}
			if (date.isBefore(this.today)) {
				return MeetingState.HELD;
			}
			return date.isBefore(this.today.plusWeeks(3)) ? MeetingState.INVITED : MeetingState.SCHEDULED;
		}

		private OffsetDateTime modified(LocalDate date, MeetingState state) {
			return state == MeetingState.HELD ? at(date.plusWeeks(2), 12, 0) : at(date.minusWeeks(2), 12, 0);
		}

		private int[] votes(int against) {
			int abstain = this.random.nextInt(3);
			return new int[] { 11 - against - abstain, against, abstain };
		}

		private UUID term(String name, LocalDate start, LocalDate end, LocalDate election, int eligible, int cast,
				OffsetDateTime created) {
			UUID id = UUID.randomUUID();
			this.terms.add(new Object[] { this.tenant, id, name, start, end, election, eligible, cast, stamp(created),
					stamp(created) });
			return id;
		}

		private void results(UUID term, Object[][] rows) {
			int position = 1;
			for (Object[] row : rows) {
				this.results.add(
						new Object[] { this.tenant, term, position++, row[0], row[1], row[2], row[3], row[1] != null });
			}
		}

		private UUID committee(CommitteeKind kind, UUID parent, String name, String shortName, String classification,
				LocalDate start, String description, OffsetDateTime created) {
			UUID id = UUID.randomUUID();
			this.committees.add(new Object[] { this.tenant, id, kind.name(), parent, name, shortName, classification,
					start, description, stamp(created), stamp(created) });
			return id;
		}

		/** A made-up address under the reserved domain {@code example.org} (RFC 2606). */
		private static String demoAddress(String given, String family) {
			String local = Normalizer.normalize(given + "." + family, Normalizer.Form.NFD)
				.replaceAll("\\p{M}", "")
				.replaceAll("[^A-Za-z.-]", "")
				.toLowerCase(Locale.ROOT);
			return local + "@beirat-demo.example.org";
		}

		private UUID person(String given, String family, OffsetDateTime created) {
			UUID id = UUID.randomUUID();
			this.persons.add(new Object[] { this.tenant, id, given, family, stamp(created), stamp(created),
					demoAddress(given, family) });
			return id;
		}

		private UUID membership(UUID person, UUID committee, UUID term, MemberRole role, boolean voting,
				String delegatedBy, LocalDate start, LocalDate end, UUID replaces, OffsetDateTime created) {
			UUID id = UUID.randomUUID();
			OffsetDateTime modified = end != null && end.isBefore(this.today) ? at(end.plusDays(1), 9, 0) : created;
			this.memberships.add(new Object[] { this.tenant, id, person, committee, term, role.name(), voting,
					delegatedBy, start, end, replaces, stamp(created), stamp(modified) });
			return id;
		}

		private UUID location(String description, String street, String room, String postalCode, String locality,
				String accessibility, boolean deleted, OffsetDateTime created) {
			UUID id = UUID.randomUUID();
			OffsetDateTime modified = deleted ? at(this.today.minusMonths(13), 9, 0) : created;
			this.locations.add(new Object[] { this.tenant, id, description, street, room, postalCode, locality,
					accessibility, stamp(created), stamp(modified), deleted });
			return id;
		}

		private UUID meeting(UUID committee, String name, OffsetDateTime start, OffsetDateTime end, UUID location,
				MeetingState state) {
			UUID id = UUID.randomUUID();
			LocalDate date = start.toLocalDate();
			this.meetingDate = date;
			this.meetings.add(new Object[] { this.tenant, id, committee, name, ts(start), ts(end), location,
					state.name(), stamp(at(date.minusWeeks(6), 9, 0)), stamp(modified(date, state)),
					state == MeetingState.HELD ? stamp(modified(date, state)) : null });
			return id;
		}

		private UUID paper(PaperType type, String name, LocalDate date, boolean isPublic, UUID originator) {
			int number = this.paperNumbers.merge(date.getYear(), 1, Integer::sum);
			String reference = "BfM/" + date.getYear() + "/" + String.format("%03d", number);
			UUID id = UUID.randomUUID();
			this.papers.add(new Object[] { this.tenant, id, reference, name, type.name(), date, isPublic, originator,
					stamp(at(date, 9, 0)), stamp(at(date, 9, 0)), false });
			String text = type.oparlName() + " " + reference + "\n" + name + "\n\nSachverhalt:\n"
					+ "Die Geschäftsstelle des Beirats für Migration legt diese " + type.oparlName()
					+ " zur Beratung vor.\n\nBeschlussvorschlag:\nDer Beirat für Migration nimmt Stellung und "
					+ "empfiehlt dem Kreistag das weitere Vorgehen.\n";
			file(id, null, FilePurpose.MAIN, type.oparlName() + " " + reference,
					reference.replace('/', '-').toLowerCase() + ".txt", text, date);
			return id;
		}

		private void file(UUID paper, UUID meeting, FilePurpose purpose, String name, String fileName, String text,
				LocalDate date) {
			byte[] content = text.getBytes(StandardCharsets.UTF_8);
			OffsetDateTime created = at(date, 8, 0);
			this.files
				.add(new Object[] { this.tenant, UUID.randomUUID(), paper, meeting, purpose.name(), name, fileName,
						"text/plain", date, content.length, sha1(content), content, stamp(created), stamp(created) });
		}

		private OffsetDateTime at(LocalDate date, int hour, int minute) {
			return this.times.at(date, LocalTime.of(hour, minute));
		}

		private static Timestamp ts(OffsetDateTime time) {
			return Timestamp.from(time.toInstant());
		}

		/**
		 * A {@code created} or {@code modified} time: never later than now (records of
		 * future meetings were made before today).
		 */
		private Timestamp stamp(OffsetDateTime time) {
			return Timestamp.from(time.toInstant().isAfter(this.now) ? this.now : time.toInstant());
		}

		private static LocalDate min(LocalDate a, LocalDate b) {
			return a.isBefore(b) ? a : b;
		}

		private static String formatted(String pattern, int year) {
			return pattern.contains("%d") ? String.format(pattern, year) : pattern;
		}

		private static String sha1(byte[] content) {
			try {
				return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

		void insert(JdbcTemplate jdbc) {
			jdbc.batchUpdate("""
					INSERT INTO council_term (tenant_id, id, name, start_date, end_date, election_date,
					  eligible_voters, votes_cast, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
					this.terms);
			jdbc.batchUpdate("""
					INSERT INTO council_election_result (tenant_id, term_id, position, list_name, candidate_name,
					  votes, seats, elected) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", this.results);
			jdbc.batchUpdate("""
					INSERT INTO council_committee (tenant_id, id, kind, parent_id, name, short_name, classification,
					  start_date, description, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
					this.committees);
			jdbc.batchUpdate("""
					INSERT INTO council_person (tenant_id, id, given_name, family_name, created_at, modified_at, email)
					VALUES (?, ?, ?, ?, ?, ?, ?)""", this.persons);
			jdbc.batchUpdate("""
					INSERT INTO council_membership (tenant_id, id, person_id, committee_id, term_id, role,
					  voting_right, delegated_by, start_date, end_date, replaces_id, created_at, modified_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", this.memberships);
			jdbc.batchUpdate("""
					INSERT INTO council_location (tenant_id, id, description, street_address, room, postal_code,
					  locality, accessibility, created_at, modified_at, deleted)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", this.locations);
			jdbc.batchUpdate("""
					INSERT INTO council_meeting (tenant_id, id, committee_id, name, starts_at, ends_at, location_id,
					  state, created_at, modified_at, minutes_published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
					this.meetings);
			jdbc.batchUpdate("""
					INSERT INTO council_paper (tenant_id, id, reference, name, paper_type, paper_date, public,
					  originator_committee_id, created_at, modified_at, deleted)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", this.papers);
			jdbc.batchUpdate("""
					INSERT INTO council_agenda_item (tenant_id, id, meeting_id, position, number, name, public, result,
					  resolution_text, votes_yes, votes_no, votes_abstain, created_at, modified_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", this.items);
			jdbc.batchUpdate("""
					INSERT INTO council_consultation (tenant_id, id, paper_id, meeting_id, agenda_item_id,
					  committee_id, role, authoritative, result, created_at, modified_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", this.consultations);
			jdbc.batchUpdate("""
					INSERT INTO council_file (tenant_id, id, paper_id, meeting_id, purpose, name, file_name,
					  mime_type, file_date, size, sha1, content, created_at, modified_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", this.files);
		}

	}

}
