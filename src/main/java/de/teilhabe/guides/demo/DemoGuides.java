package de.teilhabe.guides.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.UserDirectory;
import de.teilhabe.guides.assignment.AssignmentStatus;
import de.teilhabe.guides.assignment.AssignmentStore;
import de.teilhabe.guides.guide.GuideForm;
import de.teilhabe.guides.guide.GuideForm.LanguageRow;
import de.teilhabe.guides.guide.GuideForm.QualificationRow;
import de.teilhabe.guides.guide.GuideForm.SlotRow;
import de.teilhabe.guides.guide.GuideState;
import de.teilhabe.guides.guide.GuideStore;
import de.teilhabe.guides.guide.LanguageLevel;
import de.teilhabe.guides.guide.Mobility;
import de.teilhabe.guides.guide.Qualification;
import de.teilhabe.guides.guide.Topic;
import de.teilhabe.guides.request.Recurrence;
import de.teilhabe.guides.request.RequestForm;
import de.teilhabe.guides.request.RequestStatus;
import de.teilhabe.guides.request.RequestStore;
import de.teilhabe.guides.request.Urgency;
import de.teilhabe.region.DemoLandkreisTask;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.ApiPaging;

import org.springframework.stereotype.Component;

/**
 * Demo mode only: the guide network of the demo Landkreis Osnabrück. 44 guides in every
 * state of the lifecycle with the languages people there need (Arabic, Dari, Farsi,
 * Kurmanji, Sorani, Tigrinya, Ukrainian, Russian, Turkish, …), living in and covering the
 * Gemeinden of the Landkreis; 18 open requests in the coming week with overlapping
 * appointments (two pairs where the cheapest choice first serves fewer requests than the
 * best assignment: a guide who speaks both languages of two requests at the same time);
 * the demo user {@code lotse} bound to the profile of Leyla Haddad with one assignment
 * done last month and one commissioned for the coming week. Dates are relative to the day
 * of the start. Skipped for a tenant that has guides.
 */
@Component
public class DemoGuides extends DemoLandkreisTask {

	/** The name other demo tasks name in their {@code after()}. */
	public static final String NAME = "guides demo data";

	private static final String BY = "Konrad Koordination";

	private static final String SOUTH = "019 021 020 004 022 015 006 005 034";

	private static final String EAST = "024 012 003 013 029 008";

	private static final String CENTRE = "014 033 008 031 001 002 010";

	private static final String NORTH = "030 007 025 028 010 018 016 023";

	private static final String WEST = "017 009 011 027 026 032 002";

	private final GuideStore guides;

	private final RequestStore requests;

	private final AssignmentStore assignments;

	private final UserDirectory users;

	private final Times times;

	private final Clock clock;

	DemoGuides(Tenants tenants, GuideStore guides, RequestStore requests, AssignmentStore assignments,
			UserDirectory users, PlatformMode mode, Times times, Clock clock) {
		super(NAME, Set.of("users"), Timing.BEFORE_HEALTHY, tenants, mode);
		this.guides = guides;
		this.requests = requests;
		this.assignments = assignments;
		this.users = users;
		this.times = times;
		this.clock = clock;
	}

	@Override
	protected void seed(Tenant tenant) {
		if (this.guides.search(tenant.id(), null, null, new ApiPaging(0, 1)).totalItems() > 0) {
			return;
		}
		landkreis(tenant.id());
	}

	private void landkreis(UUID t) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		LocalDate today = this.times.today(this.clock);
		LocalDate inspected = today.minusMonths(8);
		// active guides
		UUID leyla = guide(t, now, "Leyla Haddad", "014", CENTRE, "ar:NATIVE kmr:C1 de:C2",
				"AUTHORITY HOUSING ORIENTATION", Mobility.BICYCLE, "WEEKDAYS", GuideState.ACTIVE, inspected,
				"INTERPRETING");
		guide(t, now, "Yonas Tesfay", "030", NORTH, "ti:NATIVE ar:C1 de:B2", "AUTHORITY ORIENTATION", Mobility.BICYCLE,
				"TUE_THU", GuideState.ACTIVE, inspected.minusMonths(3), "");
		guide(t, now, "Semhar Kidane", "010", NORTH, "ti:NATIVE de:B1", "ORIENTATION LANGUAGE_SUPPORT", Mobility.CAR,
				"WEEKDAYS", GuideState.ACTIVE, inspected.minusMonths(14), "");
		guide(t, now, "Mariam Ahmadi", "024", EAST, "prs:NATIVE fa:C1 de:C1", "AUTHORITY HOUSING", Mobility.CAR,
				"WEEKDAYS", GuideState.ACTIVE, inspected.minusMonths(5), "INTERPRETING");
		guide(t, now, "Farid Rahimi", "012", EAST, "prs:NATIVE de:B2", "AUTHORITY ORIENTATION",
				Mobility.PUBLIC_TRANSPORT, "AFTERNOONS", GuideState.ACTIVE, inspected.minusMonths(20), "");
		guide(t, now, "Sabine Kröger", "019", SOUTH, "de:NATIVE en:C1 ru:B1", "AUTHORITY HOUSING OTHER", Mobility.CAR,
				"MORNINGS", GuideState.ACTIVE, inspected.minusMonths(30), "FIRST_AID");
		guide(t, now, "Ahmad Al-Khalil", "019", SOUTH, "ar:NATIVE de:C1 en:B2", "AUTHORITY CULTURAL_MEDIATION HOUSING",
				Mobility.CAR, "WEEKDAYS", GuideState.ACTIVE, inspected.minusMonths(2), "INTERPRETING TRAUMA_AWARENESS");
		guide(t, now, "Rania Yousef", "033", CENTRE, "ar:NATIVE de:B2", "ORIENTATION LANGUAGE_SUPPORT",
				Mobility.PUBLIC_TRANSPORT, "MWF", GuideState.ACTIVE, inspected.minusMonths(11), "");
		guide(t, now, "Olena Kowalenko", "024", EAST, "uk:NATIVE ru:C2 de:B1", "AUTHORITY HOUSING ORIENTATION",
				Mobility.BICYCLE, "WEEKDAYS", GuideState.ACTIVE, inspected.minusMonths(6), "");
		guide(t, now, "Iryna Bondarenko", "014", CENTRE, "uk:NATIVE ru:C1 de:B2", "AUTHORITY LANGUAGE_SUPPORT",
				Mobility.PUBLIC_TRANSPORT, "MORNINGS", GuideState.ACTIVE, inspected.minusMonths(9), "INTERPRETING");
		guide(t, now, "Dmitri Wolkow", "021", SOUTH, "ru:NATIVE uk:B2 de:C1", "HOUSING OTHER", Mobility.CAR,
				"AFTERNOONS", GuideState.ACTIVE, inspected.minusMonths(40), "");
		guide(t, now, "Svetlana Becker", "015", SOUTH, "ru:NATIVE de:C2", "AUTHORITY ORIENTATION", Mobility.CAR,
				"TUE_THU", GuideState.ACTIVE, inspected.minusMonths(18), "HEALTH");
		guide(t, now, "Mehmet Yıldız", "008", CENTRE, "tr:NATIVE kmr:B2 de:C2", "AUTHORITY CULTURAL_MEDIATION",
				Mobility.CAR, "AFTERNOONS", GuideState.ACTIVE, inspected.minusMonths(26), "");
		guide(t, now, "Ayşe Demir", "019", SOUTH, "tr:NATIVE de:C2 en:B1", "HOUSING ORIENTATION", Mobility.BICYCLE,
				"MORNINGS", GuideState.ACTIVE, inspected.minusMonths(7), "");
		guide(t, now, "Dilan Aydın", "024", EAST, "kmr:NATIVE tr:C2 de:C1", "AUTHORITY CULTURAL_MEDIATION",
				Mobility.CAR, "WEEKDAYS", GuideState.ACTIVE, inspected.minusMonths(15), "INTERPRETING");
		guide(t, now, "Shirin Mahmoud", "014", CENTRE, "ckb:NATIVE ar:B2 de:B2", "ORIENTATION HOUSING",
				Mobility.PUBLIC_TRANSPORT, "MWF", GuideState.ACTIVE, inspected.minusMonths(4), "");
		guide(t, now, "Karwan Rashid", "033", CENTRE, "ckb:NATIVE kmr:C1 de:B1", "AUTHORITY LANGUAGE_SUPPORT",
				Mobility.CAR, "AFTERNOONS", GuideState.ACTIVE, inspected.minusMonths(10), "");
		guide(t, now, "Hamid Karimi", "004", SOUTH, "fa:NATIVE prs:C2 de:C1", "AUTHORITY HOUSING", Mobility.CAR,
				"TUE_THU", GuideState.ACTIVE, inspected.minusMonths(12), "");
		guide(t, now, "Niloofar Sadeghi", "033", CENTRE, "fa:NATIVE en:C1 de:B2", "ORIENTATION LANGUAGE_SUPPORT",
				Mobility.BICYCLE, "MORNINGS", GuideState.ACTIVE, inspected.minusMonths(3), "");
		guide(t, now, "Thomas Meyer", "017", WEST, "de:NATIVE en:B2", "AUTHORITY HOUSING ORIENTATION OTHER",
				Mobility.CAR, "WEEKDAYS", GuideState.ACTIVE, inspected.minusMonths(33), "FIRST_AID");
		guide(t, now, "Andrea Schulte", "002", WEST, "de:NATIVE pl:B1", "ORIENTATION HOUSING", Mobility.CAR, "MWF",
				GuideState.ACTIVE, inspected.minusMonths(22), "");
		guide(t, now, "Katarzyna Nowak", "017", WEST, "pl:NATIVE de:C1 ru:B1", "AUTHORITY ORIENTATION", Mobility.CAR,
				"WEEKDAYS", GuideState.ACTIVE, inspected.minusMonths(16), "");
		guide(t, now, "Ioana Popescu", "030", NORTH, "ro:NATIVE de:B2", "AUTHORITY HOUSING", Mobility.BICYCLE,
				"AFTERNOONS", GuideState.ACTIVE, inspected.minusMonths(5), "");
		guide(t, now, "Martina Brinkmann", "010", NORTH, "de:NATIVE en:C1", "AUTHORITY HOUSING OTHER", Mobility.CAR,
				"MORNINGS", GuideState.ACTIVE, inspected.minusMonths(44), "HEALTH");
		guide(t, now, "Abdirahman Farah", "014", CENTRE, "so:NATIVE ar:B1 de:B1", "ORIENTATION", Mobility.BICYCLE,
				"TUE_THU", GuideState.ACTIVE, inspected.minusMonths(2), "");
		guide(t, now, "Nour Al-Hassan", "008", CENTRE, "ar:NATIVE fr:C1 de:B2", "LANGUAGE_SUPPORT AUTHORITY",
				Mobility.PUBLIC_TRANSPORT, "WEEKDAYS", GuideState.ACTIVE, inspected.minusMonths(9), "INTERPRETING");
		// paused, ended and on the way
		guide(t, now, "Hassan Jaber", "024", EAST, "ar:NATIVE de:B2", "AUTHORITY", Mobility.CAR, "WEEKDAYS",
				GuideState.PAUSED, inspected.minusMonths(6), "");
		guide(t, now, "Tetiana Melnyk", "019", SOUTH, "uk:NATIVE de:A2", "ORIENTATION", Mobility.BICYCLE, "MORNINGS",
				GuideState.PAUSED, inspected.minusMonths(13), "");
		guide(t, now, "Reza Hosseini", "014", CENTRE, "fa:NATIVE prs:C1 de:B1", "HOUSING", Mobility.CAR, "MWF",
				GuideState.PAUSED, today.minusYears(6), "");
		guide(t, now, "Ursula Wellmann", "003", EAST, "de:NATIVE en:B1", "ORIENTATION", Mobility.CAR, "MORNINGS",
				GuideState.PAUSED, inspected.minusMonths(24), "");
		guide(t, now, "Gerhard Lampe", "013", EAST, "de:NATIVE", "AUTHORITY", Mobility.CAR, "WEEKDAYS",
				GuideState.ENDED, today.minusYears(4), "");
		guide(t, now, "Walid Omar", "030", NORTH, "ar:NATIVE de:B1", "ORIENTATION", Mobility.BICYCLE, "WEEKDAYS",
				GuideState.ENDED, today.minusYears(2), "");
		guide(t, now, "Helin Çelik", "021", SOUTH, "kmr:NATIVE tr:C1 de:B2", "CULTURAL_MEDIATION", Mobility.CAR,
				"AFTERNOONS", GuideState.CERTIFICATE_INSPECTED, today.minusWeeks(2), "");
		guide(t, now, "Mohammad Nazari", "012", EAST, "prs:NATIVE fa:C2 de:A2", "ORIENTATION", Mobility.BICYCLE,
				"WEEKDAYS", GuideState.CERTIFICATE_INSPECTED, today.minusWeeks(3), "");
		guide(t, now, "Awet Gebremedhin", "014", CENTRE, "ti:NATIVE de:A2", "ORIENTATION", Mobility.BICYCLE, "WEEKDAYS",
				GuideState.TRAINED, null, "");
		guide(t, now, "Natalia Schmidt", "033", CENTRE, "ru:NATIVE uk:C1 de:C1", "AUTHORITY", Mobility.CAR, "MORNINGS",
				GuideState.TRAINED, null, "");
		guide(t, now, "Zahra Mohammadi", "019", SOUTH, "prs:NATIVE de:A2", "ORIENTATION", Mobility.PUBLIC_TRANSPORT,
				"MWF", GuideState.TRAINED, null, "");
		guide(t, now, "Khaled Ibrahim", "024", EAST, "ar:NATIVE en:C1", "AUTHORITY", Mobility.CAR, "WEEKDAYS",
				GuideState.FIRST_CONVERSATION, null, "");
		guide(t, now, "Bawar Hussein", "030", NORTH, "ckb:NATIVE ar:C1", "LANGUAGE_SUPPORT", Mobility.BICYCLE,
				"TUE_THU", GuideState.FIRST_CONVERSATION, null, "");
		guide(t, now, "Petra Hömmen", "002", WEST, "de:NATIVE", "HOUSING", Mobility.CAR, "MORNINGS",
				GuideState.FIRST_CONVERSATION, null, "");
		guide(t, now, "Yusuf Kaya", "008", CENTRE, "tr:NATIVE de:C1", "OTHER", Mobility.CAR, "AFTERNOONS",
				GuideState.INTERESTED, null, "");
		guide(t, now, "Oksana Lysenko", "017", WEST, "uk:NATIVE ru:C2", "ORIENTATION", Mobility.BICYCLE, "WEEKDAYS",
				GuideState.INTERESTED, null, "");
		guide(t, now, "Mustafa Nuri", "010", NORTH, "ar:NATIVE kmr:B1", "AUTHORITY", Mobility.PUBLIC_TRANSPORT, "MWF",
				GuideState.INTERESTED, null, "");
		guide(t, now, "Lena Rohlfs", "006", SOUTH, "de:NATIVE en:C1 fr:B2", "ORIENTATION OTHER", Mobility.BICYCLE,
				"AFTERNOONS", GuideState.INTERESTED, null, "");

		// open requests in the coming week (Monday = day 0)
		LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		// two Quakenbrück requests at the same time: only Yonas speaks Arabic there,
		// Semhar
		// Tigrinya too
		request(t, now, monday.plusDays(3), "09:00", "11:00", "ti", "030", Topic.AUTHORITY, "Jobcenter Quakenbrück",
				"Q-2026-0412", Urgency.NORMAL, "", Recurrence.ONCE, "Termin zur Eingliederungsvereinbarung.");
		request(t, now, monday.plusDays(3), "09:30", "11:00", "ar", "030", Topic.AUTHORITY,
				"Ausländerbehörde, Außenstelle Quakenbrück", "Q-2026-0415", Urgency.HIGH, "", Recurrence.ONCE,
				"Verlängerung des Aufenthaltstitels; Unterlagen liegen vor.");
		// two Melle requests at the same time: Mariam speaks Dari and Farsi, Farid only
		// Dari
		request(t, now, monday.plusDays(2), "14:00", "16:00", "prs", "024", Topic.HOUSING,
				"Wohnungsbaugesellschaft Melle", "M-2026-0233", Urgency.NORMAL, "", Recurrence.ONCE,
				"Besichtigung einer Dreizimmerwohnung.");
		request(t, now, monday.plusDays(2), "14:30", "15:30", "fa", "024", Topic.AUTHORITY, "Bürgerbüro Melle",
				"M-2026-0240", Urgency.NORMAL, "", Recurrence.ONCE, "Anmeldung nach dem Umzug.");
		request(t, now, monday, "09:00", "10:30", "ar", "019", Topic.AUTHORITY, "Jobcenter Georgsmarienhütte",
				"G-2026-0101", Urgency.NORMAL, "", Recurrence.ONCE, "Erstgespräch beim Jobcenter.");
		request(t, now, monday, "09:30", "11:00", "ar", "019", Topic.HOUSING, "Rathaus Georgsmarienhütte",
				"G-2026-0107", Urgency.HIGH, "INTERPRETING", Recurrence.ONCE,
				"Mietrückstand, Gespräch mit dem Vermieter.");
		request(t, now, monday.plusDays(1), "10:00", "12:00", "uk ru", "024", Topic.ORIENTATION, "Innenstadt Melle",
				"M-2026-0251", Urgency.LOW, "", Recurrence.WEEKLY, "Wege in der Stadt: Ärzte, Einkauf, Bus.");
		request(t, now, monday.plusDays(1), "10:30", "11:30", "uk", "014", Topic.AUTHORITY, "Familienkasse, Bramsche",
				"B-2026-0330", Urgency.NORMAL, "", Recurrence.ONCE, "Antrag auf Kindergeld.");
		request(t, now, monday.plusDays(1), "14:00", "15:30", "tr kmr", "008", Topic.CULTURAL_MEDIATION,
				"Grundschule Belm", "B-2026-0341", Urgency.NORMAL, "", Recurrence.ONCE,
				"Elterngespräch in der Schule.");
		request(t, now, monday.plusDays(2), "09:00", "10:00", "ckb", "014", Topic.LANGUAGE_SUPPORT,
				"Hausarztpraxis in Bramsche", "B-2026-0344", Urgency.HIGH, "", Recurrence.ONCE,
				"Arzttermin, Sprachunterstützung im Gespräch.");
		request(t, now, monday.plusDays(2), "09:00", "11:00", "ar ckb", "033", Topic.ORIENTATION, "Wallenhorst",
				"W-2026-0052", Urgency.NORMAL, "", Recurrence.ONCE, "Erste Orientierung nach dem Zuzug.");
		request(t, now, monday.plusDays(3), "14:00", "16:00", "ru", "021", Topic.HOUSING, "Hasbergen", "H-2026-0019",
				Urgency.NORMAL, "", Recurrence.ONCE, "Wohnungsübergabe mit Protokoll.");
		request(t, now, monday.plusDays(3), "10:00", "11:00", "fa prs", "004", Topic.AUTHORITY, "Standesamt Bad Iburg",
				"I-2026-0008", Urgency.NORMAL, "", Recurrence.ONCE, "Unterlagen für die Eheschließung.");
		request(t, now, monday.plusDays(4), "09:00", "12:00", "de en", "017", Topic.HOUSING, "Fürstenau", "F-2026-0027",
				Urgency.LOW, "", Recurrence.ONCE, "Suche nach einer Wohnung, Termine bei Vermietern.");
		request(t, now, monday.plusDays(4), "10:00", "11:00", "pl", "017", Topic.AUTHORITY, "Rathaus Fürstenau",
				"F-2026-0031", Urgency.NORMAL, "", Recurrence.ONCE, "Anmeldung des Wohnsitzes.");
		request(t, now, monday.plusDays(4), "13:30", "15:00", "ro", "030", Topic.AUTHORITY, "Jobcenter Quakenbrück",
				"Q-2026-0420", Urgency.NORMAL, "", Recurrence.ONCE, "Arbeitsvermittlung.");
		request(t, now, monday.plusDays(4), "09:00", "10:00", "so", "010", Topic.ORIENTATION, "Bersenbrück",
				"S-2026-0003", Urgency.NORMAL, "", Recurrence.ONCE, "Wege zu Schule und Kita.");
		request(t, now, monday.plusDays(1), "09:00", "10:00", "ti", "014", Topic.LANGUAGE_SUPPORT,
				"Kinderarztpraxis in Bramsche", "B-2026-0352", Urgency.HIGH, "", Recurrence.ONCE,
				"Vorsorgeuntersuchung, Sprachunterstützung.");

		// the demo guide Leyla Haddad (user lotse): one accompaniment done last month,
		// one
		// commissioned for the coming week
		UUID done = request(t, now, today.minusWeeks(4).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)), "10:00",
				"11:30", "ar", "014", Topic.AUTHORITY, "Ausländerbehörde, Außenstelle Bramsche", "B-2026-0288",
				Urgency.NORMAL, "", Recurrence.ONCE, "Termin zur Verlängerung der Aufenthaltserlaubnis.");
		assign(t, done, leyla, now.minusWeeks(5), RequestStatus.DONE, AssignmentStatus.DONE);
		UUID coming = request(t, now, monday.plusDays(1), "14:00", "15:30", "ar kmr", "014", Topic.HOUSING,
				"Wohnungsgenossenschaft Bramsche", "B-2026-0288", Urgency.NORMAL, "", Recurrence.ONCE,
				"Besichtigung einer Wohnung; dieselbe Familie wie im letzten Monat.");
		assign(t, coming, leyla, now.minusDays(1), RequestStatus.ASSIGNED, AssignmentStatus.COMMISSIONED);
		this.users.findUserId(t, "lotse").ifPresent((user) -> this.users.bindGuideProfile(t, user, leyla));
	}

	private UUID guide(UUID t, OffsetDateTime now, String name, String home, String area, String languages,
			String topics, Mobility mobility, String availability, GuideState state, LocalDate inspected,
			String qualifications) {
		Set<String> gemeinden = new LinkedHashSet<>();
		gemeinden.add(key(home));
		for (String suffix : area.split(" ")) {
			gemeinden.add(key(suffix));
		}
		List<LanguageRow> spoken = new ArrayList<>();
		for (String language : languages.split(" ")) {
			String[] parts = language.split(":");
			spoken.add(new LanguageRow(parts[0], LanguageLevel.valueOf(parts[1])));
		}
		List<QualificationRow> held = new ArrayList<>();
		if (state.compareTo(GuideState.TRAINED) >= 0) {
			held.add(new QualificationRow(Qualification.BASIC_TRAINING, null));
		}
		for (String qualification : qualifications.isBlank() ? new String[0] : qualifications.split(" ")) {
			held.add(new QualificationRow(Qualification.valueOf(qualification), now.toLocalDate().plusYears(2)));
		}
		String mail = name.toLowerCase(java.util.Locale.ROOT)
			.replace(' ', '.')
			.replace("ä", "ae")
			.replace("ö", "oe")
			.replace("ü", "ue")
			.replace("ı", "i")
			.replace("ş", "s")
			.replace("ç", "c")
			.replace("ß", "ss");
		GuideForm form = new GuideForm(name, mail + "@lotsen.example", null, key(home), List.copyOf(gemeinden),
				Arrays.stream(topics.split(" ")).toList(), mobility, 3, inspected, inspected != null, spoken,
				slots(availability), held);
		return this.guides.create(t, form, state, BY, now);
	}

	private static List<SlotRow> slots(String pattern) {
		Map<String, List<DayOfWeek>> days = Map.of("WEEKDAYS", weekdays(), "MORNINGS", weekdays(), "AFTERNOONS",
				weekdays(), "TUE_THU", List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), "MWF",
				List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));
		LocalTime from = switch (pattern) {
			case "AFTERNOONS" -> LocalTime.of(13, 0);
			case "MWF" -> LocalTime.of(9, 0);
			default -> LocalTime.of(8, 0);
		};
		LocalTime until = switch (pattern) {
			case "MORNINGS" -> LocalTime.of(12, 30);
			case "MWF" -> LocalTime.of(16, 0);
			default -> LocalTime.of(18, 0);
		};
		return days.get(pattern).stream().map((day) -> new SlotRow(day, from, until)).toList();
	}

	private static List<DayOfWeek> weekdays() {
		return List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
	}

	private UUID request(UUID t, OffsetDateTime now, LocalDate day, String starts, String ends, String languages,
			String gemeinde, Topic topic, String place, String contact, Urgency urgency, String required,
			Recurrence recurrence, String brief) {
		RequestForm form = new RequestForm(topic, Arrays.stream(languages.split(" ")).toList(), key(gemeinde), place,
				day, LocalTime.parse(starts), LocalTime.parse(ends), recurrence,
				(recurrence == Recurrence.ONCE) ? null : day.plusWeeks(7), urgency,
				required.isBlank() ? List.of() : Arrays.stream(required.split(" ")).toList(), contact, brief);
		return this.requests.create(t, form, null, now);
	}

	private void assign(UUID t, UUID request, UUID guide, OffsetDateTime at, RequestStatus requestStatus,
			AssignmentStatus status) {
		UUID assignment = this.assignments.create(t, request, guide, null, BY, at);
		if (status != AssignmentStatus.COMMISSIONED) {
			this.assignments.changeStatus(t, assignment, AssignmentStatus.COMMISSIONED, status, at);
		}
		this.requests.changeStatus(t, request, RequestStatus.OPEN, requestStatus, at);
	}

	private static String key(String suffix) {
		return "03459" + suffix;
	}

}
