package de.teilhabe.guides.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.guides.guide.Guide;
import de.teilhabe.guides.guide.GuideStore;
import de.teilhabe.guides.guide.Qualification;
import de.teilhabe.guides.training.Attendance;
import de.teilhabe.guides.training.Course;
import de.teilhabe.guides.training.CourseForm;
import de.teilhabe.guides.training.CourseForm.SessionRow;
import de.teilhabe.guides.training.CourseKind;
import de.teilhabe.guides.training.TrainingStore;
import de.teilhabe.region.DemoLandkreisTask;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.ApiPaging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only, after {@link DemoGuides}: the trainings of the demo guide network. A
 * Basisqualifizierung held in the autumn (four sessions; its five participants, trained
 * or further on now, completed it, one despite an excused session), the next one in a few
 * weeks with the people after their first conversation (and one interested) enrolled; a
 * refresher „Sprachmittlung im Behördengespräch“ (granting interpreting for two years)
 * held in the summer and completed by Leyla Haddad (user {@code lotse}) and planned again
 * for Dilan Aydın, whose interpreting lapsed, and Iryna Bondarenko, whose interpreting
 * lapses within the month; „Datenschutz und Schweigepflicht“ in two weeks. Dates are
 * relative to the day of the start. Skipped for a tenant that has courses.
 */
@Component
public class DemoGuideTrainings extends DemoLandkreisTask {

	private static final String BY = "Konrad Koordination";

	private static final String KREISHAUS = "Kreishaus Osnabrück, Am Schölerberg 1, Raum 102";

	private final GuideStore guides;

	private final TrainingStore trainings;

	private final JdbcClient jdbc;

	private final Times times;

	private final Clock clock;

	DemoGuideTrainings(Tenants tenants, GuideStore guides, TrainingStore trainings, PlatformMode mode, JdbcClient jdbc,
			Times times, Clock clock) {
		super("guides trainings demo data", Set.of(DemoGuides.NAME), Timing.BEFORE_HEALTHY, tenants, mode);
		this.guides = guides;
		this.trainings = trainings;
		this.jdbc = jdbc;
		this.times = times;
		this.clock = clock;
	}

	@Override
	protected void seed(Tenant tenant) {
		if (this.guides.search(tenant.id(), null, null, new ApiPaging(0, 1)).totalItems() == 0
				|| this.trainings.list(tenant.id(), today(), new ApiPaging(0, 1)).totalItems() > 0) {
			return;
		}
		landkreis(tenant.id());
	}

	private LocalDate today() {
		return this.times.today(this.clock);
	}

	private void landkreis(UUID t) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		LocalDate today = today();
		Map<String, UUID> ids = new java.util.HashMap<>();
		for (String name : List.of("Awet Gebremedhin", "Natalia Schmidt", "Zahra Mohammadi", "Helin Çelik",
				"Mohammad Nazari", "Khaled Ibrahim", "Bawar Hussein", "Petra Hömmen", "Yusuf Kaya", "Leyla Haddad",
				"Dilan Aydın", "Iryna Bondarenko", "Nour Al-Hassan", "Ahmad Al-Khalil")) {
			this.guides.search(t, null, name, new ApiPaging(0, 1))
				.items()
				.stream()
				.findFirst()
				.map(Guide::id)
				.ifPresent((id) -> ids.put(name, id));
		}

		// the Basisqualifizierung of the autumn: four Saturdays, ending six weeks ago
		LocalDate autumn = today.minusWeeks(9).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
		Course held = course(t, now, "Basisqualifizierung Integrationslotsen (Herbst)", CourseKind.BASIC,
				"Rolle und Grenzen im Ehrenamt, Behörden und Zuständigkeiten, interkulturelle Kommunikation, "
						+ "Nähe und Distanz, Datenschutz.",
				Qualification.BASIC_TRAINING, null, 14, "Kreisvolkshochschule Osnabrück, Team Integration",
				weekly(autumn, 4, "09:30", "15:30", KREISHAUS));
		for (String name : List.of("Awet Gebremedhin", "Natalia Schmidt", "Zahra Mohammadi", "Helin Çelik",
				"Mohammad Nazari")) {
			UUID guide = ids.get(name);
			if (guide == null) {
				continue;
			}
			enrol(t, held, guide, now.minusWeeks(12));
			boolean excused = name.equals("Zahra Mohammadi");
			for (int i = 0; i < held.sessions().size(); i++) {
				this.trainings.attend(t, held.id(), held.sessions().get(i).id(), guide,
						(excused && i == 1) ? Attendance.EXCUSED : Attendance.PRESENT, BY, now.minusWeeks(6));
			}
			this.trainings.complete(t, held.id(), guide, held.lastDay().plusDays(2), BY,
					excused ? "Termin 2 (Behörden und Zuständigkeiten) im Einzelgespräch nachgeholt." : null);
			this.guides.grantQualification(t, guide, Qualification.BASIC_TRAINING, null);
		}

		// the next Basisqualifizierung, for the people after their first conversation
		LocalDate spring = today.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
		Course next = course(t, now, "Basisqualifizierung Integrationslotsen (Frühjahr)", CourseKind.BASIC,
				"Vier Samstage: Rolle und Grenzen im Ehrenamt, Behörden und Zuständigkeiten, interkulturelle "
						+ "Kommunikation, Nähe und Distanz, Datenschutz.",
				Qualification.BASIC_TRAINING, null, 14, "Kreisvolkshochschule Osnabrück, Team Integration",
				weekly(spring, 4, "09:30", "15:30", KREISHAUS));
		for (String name : List.of("Khaled Ibrahim", "Bawar Hussein", "Petra Hömmen", "Yusuf Kaya")) {
			enrol(t, next, ids.get(name), now.minusDays(3));
		}

		// the interpreting refresher: held in the summer (Leyla Haddad completed it), and
		// planned again
		String interpreting = "Sprachmittlung im Behördengespräch";
		String interpretingText = "Rolle der Sprachmittlerin und des Sprachmittlers, Dolmetschtechniken, "
				+ "Fachbegriffe aus Ausländerbehörde, Jobcenter und Sozialamt, Übungen in Rollenspielen.";
		LocalDate summer = today.minusMonths(5).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
		Course pastRefresher = course(t, now, interpreting, CourseKind.FURTHER, interpretingText,
				Qualification.INTERPRETING, 2, 10, "Dolmetscherdienst Osnabrück",
				weekly(summer, 2, "17:00", "20:00", KREISHAUS));
		for (String name : List.of("Leyla Haddad", "Nour Al-Hassan")) {
			UUID guide = ids.get(name);
			if (guide == null) {
				continue;
			}
			enrol(t, pastRefresher, guide, now.minusMonths(6));
			for (Course.Session session : pastRefresher.sessions()) {
				this.trainings.attend(t, pastRefresher.id(), session.id(), guide, Attendance.PRESENT, BY,
						now.minusMonths(5));
			}
			this.trainings.complete(t, pastRefresher.id(), guide, pastRefresher.lastDay(), BY, null);
			this.guides.grantQualification(t, guide, Qualification.INTERPRETING, pastRefresher.qualificationExpiry());
		}
		LocalDate soon = today.plusWeeks(5).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
		Course refresher = course(t, now, interpreting, CourseKind.FURTHER, interpretingText,
				Qualification.INTERPRETING, 2, 10, "Dolmetscherdienst Osnabrück",
				weekly(soon, 2, "17:00", "20:00", KREISHAUS));
		for (String name : List.of("Dilan Aydın", "Iryna Bondarenko")) {
			enrol(t, refresher, ids.get(name), now.minusDays(1));
		}
		// Dilan Aydın's interpreting lapsed, Iryna Bondarenko's lapses within the month
		expire(t, ids.get("Dilan Aydın"), Qualification.INTERPRETING, today.minusDays(12));
		expire(t, ids.get("Iryna Bondarenko"), Qualification.INTERPRETING, today.plusDays(26));

		LocalDate privacy = today.plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
		Course dataProtection = course(t, now, "Datenschutz und Schweigepflicht", CourseKind.FURTHER,
				"Was Lotsinnen und Lotsen wissen dürfen und weitergeben dürfen: Schweigepflicht, DSGVO im Ehrenamt, "
						+ "Umgang mit Unterlagen und Messengern.",
				null, null, 20, "Datenschutzbeauftragte des Landkreises",
				weekly(privacy, 1, "18:00", "20:00", "Kreishaus Osnabrück, Sitzungssaal"));
		for (String name : List.of("Leyla Haddad", "Ahmad Al-Khalil", "Nour Al-Hassan")) {
			enrol(t, dataProtection, ids.get(name), now.minusDays(2));
		}
	}

	private Course course(UUID t, OffsetDateTime now, String title, CourseKind kind, String description,
			Qualification qualification, Integer validityYears, int capacity, String trainers,
			List<SessionRow> sessions) {
		UUID id = this.trainings.create(t,
				new CourseForm(title, kind, description, qualification, validityYears, capacity, trainers, sessions),
				now);
		return this.trainings.find(t, id).orElseThrow();
	}

	private void enrol(UUID t, Course course, UUID guide, OffsetDateTime at) {
		if (guide != null) {
			this.trainings.enrol(t, course.id(), guide, BY, at);
		}
	}

	private void expire(UUID t, UUID guide, Qualification qualification, LocalDate on) {
		if (guide == null) {
			return;
		}
		this.jdbc
			.sql("""
					UPDATE guide_qualification SET expires_on = ? WHERE tenant_id = ? AND guide_id = ? AND qualification = ?""")
			.params(on, t, guide, qualification.name())
			.update();
	}

	private static List<SessionRow> weekly(LocalDate first, int count, String starts, String ends, String place) {
		List<SessionRow> sessions = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			sessions.add(new SessionRow(first.plusWeeks(i), LocalTime.parse(starts), LocalTime.parse(ends), place));
		}
		return sessions;
	}

}
