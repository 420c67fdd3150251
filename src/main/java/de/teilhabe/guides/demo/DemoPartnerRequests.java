package de.teilhabe.guides.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.UserDirectory;
import de.teilhabe.guides.assignment.AssignmentStatus;
import de.teilhabe.guides.assignment.AssignmentStore;
import de.teilhabe.guides.candidate.Candidate;
import de.teilhabe.guides.candidate.Candidates;
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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: three requests of the demo partner organisation (the one the demo user
 * {@code partner} is bound to, Brückenschlag in Bramsche) three weeks ahead: one in
 * Turkish assigned to its best candidate who accepted it, one in Kurmanji and one weekly
 * orientation in Arabic still open. Skipped when the tenant has requests of an
 * organisation already.
 */
@Component
class DemoPartnerRequests extends DemoLandkreisTask {

	private static final String BRAMSCHE = "03459014";

	private final UserDirectory users;

	private final RequestStore requests;

	private final AssignmentStore assignments;

	private final Candidates candidates;

	private final JdbcClient jdbc;

	private final Times times;

	private final Clock clock;

	DemoPartnerRequests(Tenants tenants, UserDirectory users, RequestStore requests, AssignmentStore assignments,
			Candidates candidates, PlatformMode mode, JdbcClient jdbc, Times times, Clock clock) {
		super("guides partner demo requests", Set.of(DemoGuides.NAME, "network demo data"), Timing.BEFORE_HEALTHY,
				tenants, mode);
		this.users = users;
		this.requests = requests;
		this.assignments = assignments;
		this.candidates = candidates;
		this.jdbc = jdbc;
		this.times = times;
		this.clock = clock;
	}

	@Override
	protected void seed(Tenant tenant) {
		UUID t = tenant.id();
		UUID organisation = this.users.findUserId(t, "partner")
			.flatMap((partner) -> this.users.organisationOf(t, partner))
			.orElse(null);
		if (organisation == null || this.jdbc
			.sql("SELECT count(*) FROM guide_request WHERE tenant_id = ? AND requester_organisation_id IS NOT NULL")
			.param(t)
			.query(Long.class)
			.single() > 0) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		LocalDate monday = this.times.today(this.clock)
			.plusWeeks(3)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		UUID accepted = this.requests.create(t,
				new RequestForm(Topic.AUTHORITY, List.of("tr"), BRAMSCHE, "Jobcenter Bramsche", monday.plusDays(2),
						LocalTime.of(15, 0), LocalTime.of(16, 30), Recurrence.ONCE, null, Urgency.NORMAL, List.of(),
						"BR-2026-014", "Erstgespräch beim Jobcenter, Unterlagen liegen vor."),
				organisation, now);
		this.requests.create(t,
				new RequestForm(Topic.CULTURAL_MEDIATION, List.of("kmr"), BRAMSCHE, "Grundschule Bramsche",
						monday.plusDays(3), LocalTime.of(10, 0), LocalTime.of(11, 30), Recurrence.ONCE, null,
						Urgency.HIGH, List.of(), "BR-2026-021", "Elterngespräch in der Schule, Vermittlung erwünscht."),
				organisation, now);
		this.requests.create(t,
				new RequestForm(Topic.ORIENTATION, List.of("ar"), BRAMSCHE, "Familienzentrum Bramsche",
						monday.plusDays(4), LocalTime.of(9, 0), LocalTime.of(10, 0), Recurrence.WEEKLY,
						monday.plusDays(4).plusWeeks(3), Urgency.LOW, List.of(), "BR-2026-023",
						"Wege im Ort kennenlernen: Ämter, Ärzte, Einkauf; viermal freitags."),
				organisation, now);
		this.requests.find(t, accepted)
			.flatMap((request) -> this.candidates.of(t, request).stream().findFirst())
			.map(Candidate::guide)
			.ifPresent((guide) -> {
				UUID assignment = this.assignments.create(t, accepted, guide.id(), null, "Konrad Koordination",
						now.minusDays(2));
				this.assignments.changeStatus(t, assignment, AssignmentStatus.COMMISSIONED, AssignmentStatus.ACCEPTED,
						now.minusDays(1));
				this.requests.changeStatus(t, accepted, RequestStatus.OPEN, RequestStatus.ASSIGNED, now.minusDays(2));
			});
	}

}
