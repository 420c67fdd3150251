package de.teilhabe.strategy.dialog;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The records of the Integrationsdialog as the pages and documents read them. */
public final class Records {

	private Records() {
	}

	/** A stakeholder group with the number of workshops held with it. */
	public record StakeholderGroup(UUID id, int position, String name, long workshops) {
	}

	/** A dialog process informing one version of the concept. */
	public record Dialog(UUID id, UUID conceptId, String conceptTitle, String title, String description,
			LocalDate startedOn) {
	}

	/** A workshop of a dialog with its capture state and number of statements. */
	public record Workshop(UUID id, UUID dialogId, String title, OffsetDateTime startsAt, String place, UUID groupId,
			String groupName, int capacity, String facilitators, int participantCount, String joinCode,
			OffsetDateTime captureOpenedAt, OffsetDateTime captureClosedAt, long statements) {

		/** Whether statements can be sent with the join code now. */
		public boolean captureOpen() {
			return this.captureOpenedAt != null && this.captureClosedAt == null;
		}

		/** Whether capture was closed (for good: the join code is dead). */
		public boolean captureClosed() {
			return this.captureClosedAt != null;
		}

	}

	/** A statement of a small group; {@code mergedInto} set when it is a duplicate. */
	public record Statement(UUID id, UUID workshopId, StatementType type, String text, UUID fieldId, String fieldName,
			String smallGroup, UUID mergedInto, OffsetDateTime createdAt, String groupName) {
	}

	/** A named participant (only with a consent record). */
	public record Participant(UUID id, String name, UUID organisationId, UUID consentId) {
	}

	/** A cell of the priorities heatmap. */
	public record HeatCell(String field, StatementType type, String group, long count) {
	}

	/** The workshop a join code admits to, across tenants. */
	public record JoinTarget(String code, UUID tenantId, UUID workshopId, UUID dialogId, UUID conceptId, String title,
			OffsetDateTime startsAt, boolean open, boolean closed) {
	}

}
