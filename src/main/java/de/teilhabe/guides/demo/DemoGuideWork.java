package de.teilhabe.guides.demo;

import java.math.BigDecimal;
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
import de.teilhabe.guides.assignment.Assignment;
import de.teilhabe.guides.assignment.AssignmentStatus;
import de.teilhabe.guides.assignment.AssignmentStore;
import de.teilhabe.guides.assignment.WorkEntryStore;
import de.teilhabe.guides.assignment.WorkEntryStore.Work;
import de.teilhabe.guides.guide.Guide;
import de.teilhabe.guides.guide.GuideStore;
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
import de.teilhabe.shared.security.BindableRecords.Kind;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.ApiPaging;

import org.springframework.stereotype.Component;

/**
 * Demo mode only, after {@link DemoGuides}: the work on done assignments. The
 * accompaniment of Leyla Haddad (user {@code lotse}) done last month has two work
 * entries, approved by the Leitstelle; Svetlana Becker reported an orientation walk done
 * last month whose entries wait for approval, so that the approval list is not empty.
 * Skipped once the done assignment of Leyla Haddad has entries.
 */
@Component
class DemoGuideWork extends DemoLandkreisTask {

	private static final String BY = "Konrad Koordination";

	private final UserDirectory users;

	private final GuideStore guides;

	private final RequestStore requests;

	private final AssignmentStore assignments;

	private final WorkEntryStore entries;

	private final Times times;

	private final Clock clock;

	DemoGuideWork(Tenants tenants, UserDirectory users, GuideStore guides, RequestStore requests,
			AssignmentStore assignments, WorkEntryStore entries, PlatformMode mode, Times times, Clock clock) {
		super("guides demo work entries", Set.of(DemoGuides.NAME), Timing.BEFORE_HEALTHY, tenants, mode);
		this.users = users;
		this.guides = guides;
		this.requests = requests;
		this.assignments = assignments;
		this.entries = entries;
		this.times = times;
		this.clock = clock;
	}

	@Override
	protected void seed(Tenant tenant) {
		UUID t = tenant.id();
		UUID leyla = this.users.findUserId(t, "lotse")
			.flatMap((user) -> this.users.boundRecordOf(t, user, Kind.GUIDE_PROFILE))
			.orElse(null);
		if (leyla == null) {
			return;
		}
		Assignment done = this.assignments.ofGuide(t, leyla, new ApiPaging(0, 50))
			.items()
			.stream()
			.filter((assignment) -> assignment.awaitingApproval())
			.findFirst()
			.orElse(null);
		if (done == null || !this.entries.ofAssignment(t, done.id()).isEmpty()) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		LocalDate day = this.requests.find(t, done.requestId()).map((request) -> request.date()).orElse(null);
		if (day == null) {
			return;
		}
		OffsetDateTime doneAt = this.times.at(day, LocalTime.of(16, 0));
		this.entries.create(t, done.id(), leyla, new Work(day, 105, new BigDecimal("18.4"), "Termin mit Rückfahrt."),
				doneAt);
		this.entries.create(t, done.id(), leyla,
				new Work(day.plusDays(1), 30, BigDecimal.ZERO.setScale(1), "Unterlagen nachgereicht."), doneAt);
		OffsetDateTime approvedAt = this.times.at(day.plusDays(3), LocalTime.of(10, 0));
		this.assignments.approve(t, done.id(), BY, approvedAt);
		this.entries.approveAll(t, done.id(), BY, approvedAt);

		awaitingApproval(t, now);
	}

	/**
	 * A done orientation walk of Svetlana Becker last month, its entries not approved
	 * yet.
	 */
	private void awaitingApproval(UUID t, OffsetDateTime now) {
		List<Guide> found = this.guides.search(t, null, "Svetlana Becker", new ApiPaging(0, 1)).items();
		if (found.isEmpty()) {
			return;
		}
		UUID guide = found.get(0).id();
		LocalDate day = this.times.today(this.clock).minusWeeks(5).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
		UUID request = this.requests.create(t,
				new RequestForm(Topic.ORIENTATION, List.of("ru"), "03459015", "Rathaus Dissen", day,
						LocalTime.of(10, 0), LocalTime.of(12, 0), Recurrence.ONCE, null, Urgency.NORMAL, List.of(),
						"H-2026-0011", "Wege im Ort: Rathaus, Ärztin, Bus."),
				null, now.minusWeeks(6));
		OffsetDateTime commissioned = now.minusWeeks(6);
		UUID assignment = this.assignments.create(t, request, guide, null, BY, commissioned);
		this.requests.changeStatus(t, request, RequestStatus.OPEN, RequestStatus.ASSIGNED, commissioned);
		this.assignments.changeStatus(t, assignment, AssignmentStatus.COMMISSIONED, AssignmentStatus.ACCEPTED,
				commissioned.plusDays(1));
		OffsetDateTime doneAt = this.times.at(day, LocalTime.of(13, 0));
		this.entries.create(t, assignment, guide, new Work(day, 150, new BigDecimal("9.5"), null), doneAt);
		this.assignments.changeStatus(t, assignment, AssignmentStatus.ACCEPTED, AssignmentStatus.DONE, doneAt);
		this.requests.changeStatus(t, request, RequestStatus.ASSIGNED, RequestStatus.DONE, doneAt);
	}

}
