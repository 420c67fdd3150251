package de.teilhabe.guides.assignment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Leitstelle's approval through the API (GUIDE_COORDINATOR): a done assignment is
 * approved with all its work entries (when and by whom on both); another tenant's or an
 * unknown assignment answers 404, one that is not done or approved already 409.
 */
@RestController
class ApprovalApiController {

	private final WorkLog work;

	ApprovalApiController(WorkLog work) {
		this.work = work;
	}

	/** Approves a done assignment with all its work entries. */
	@PostMapping("/api/v1/guide-assignments/{id}/approval")
	Approval approve(@PathVariable UUID id) {
		Actor actor = CurrentActor.get();
		Assignment assignment = this.work.approve(actor, id);
		List<WorkEntry> entries = this.work.entries(actor, assignment);
		WorkTotals totals = WorkTotals.of(entries);
		return new Approval(assignment.id(), assignment.status().name(), assignment.doneAt(), assignment.approvedAt(),
				assignment.approvedBy(), entries.size(), totals.minutes(), totals.kilometres());
	}

	/**
	 * An approved assignment.
	 *
	 * @param id the assignment
	 * @param status {@code DONE}
	 * @param doneAt when the guide marked it done
	 * @param approvedAt when it was approved
	 * @param approvedBy who approved
	 * @param entries how many work entries were approved with it
	 * @param minutes their time spent
	 * @param kilometres their kilometres
	 */
	record Approval(UUID id, String status, OffsetDateTime doneAt, OffsetDateTime approvedAt, String approvedBy,
			int entries, int minutes, BigDecimal kilometres) {
	}

}
