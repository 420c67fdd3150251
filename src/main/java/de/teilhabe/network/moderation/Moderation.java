package de.teilhabe.network.moderation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.access.UserDirectory;
import de.teilhabe.shared.mail.MailOutbox;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.ConflictException;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's moderation of partner changes: the queue, the diff of a change against the
 * live entry, approval (the change goes live) and rejection with a reason. The submitting
 * partner is told by mail either way.
 */
@Service
public class Moderation {

	static final int MAX_REASON = 1000;

	private final Editing editing;

	private final ChangeStore changes;

	private final UserDirectory users;

	private final MailOutbox mails;

	private final MessageSource messages;

	private final AuditLog audit;

	private final Clock clock;

	private final FieldReading reading;

	Moderation(Editing editing, ChangeStore changes, UserDirectory users, MailOutbox mails, MessageSource messages,
			AuditLog audit, Clock clock, FieldReading reading) {
		this.reading = reading;
		this.editing = editing;
		this.changes = changes;
		this.users = users;
		this.mails = mails;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	public List<PendingChange> queue(Actor office) {
		return this.changes.pending(office.tenantId());
	}

	public PendingChange find(Actor office, UUID changeId) {
		return this.changes.find(office.tenantId(), changeId)
			.orElseThrow(() -> new NotFoundException("network.error.notFound.change"));
	}

	/**
	 * Old and new value of every field of the entry's form, as people read them: labels
	 * instead of constants, Gemeinde and language names instead of keys and codes. The
	 * same items of a list field in another order are no change.
	 */
	public List<FieldDiff> diff(Actor office, PendingChange change) {
		ModeratedType type = this.editing.type(change.entityType());
		Map<String, String> live = type.current(office.tenantId(), change.entityId()).orElse(Map.of());
		List<FieldDiff> diff = new ArrayList<>();
		for (String field : type.fields()) {
			String before = live.getOrDefault(field, "");
			String after = change.isDelete() ? "" : change.proposed().getOrDefault(field, "");
			diff.add(new FieldDiff(field, this.reading.read(type, field, before), this.reading.read(type, field, after),
					!FieldReading.same(field, before, after)));
		}
		return diff;
	}

	/** Puts the change live and tells the partner. */
	@Transactional
	public void approve(Actor office, UUID changeId) {
		PendingChange change = pendingChange(office, changeId);
		ModeratedType type = this.editing.type(change.entityType());
		if (change.isDelete()) {
			approveDeletion(office, change, type);
			return;
		}
		CheckedValues check = type.check(office.tenantId(), change.proposed());
		if (!check.valid()) {
			throw new ConflictException("network.error.proposalInvalid");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		if (!this.changes.decide(office.tenantId(), changeId, "APPROVED", office, now, null)) {
			throw new NotFoundException("network.error.notFound.change");
		}
		if (change.isCreate()) {
			type.create(office.tenantId(), change.entityId(), change.organisationId(), check.values(), now);
		}
		else if (type.current(office.tenantId(), change.entityId()).isPresent()) {
			type.update(office.tenantId(), change.entityId(), check.values(), now);
		}
		else {
			throw new NotFoundException("network.error.entryDeleted");
		}
		this.audit.record(AuditCategory.OTHER, "network.change.approved", "network_change", changeId.toString(), null,
				change.entityType().name().toLowerCase(Locale.ROOT) + " " + change.entityId());
		tell(office, change, "approved", null);
	}

	private void approveDeletion(Actor office, PendingChange change, ModeratedType type) {
		if (!this.changes.decide(office.tenantId(), change.id(), "APPROVED", office, OffsetDateTime.now(this.clock),
				null)) {
			throw new NotFoundException("network.error.notFound.change");
		}
		if (type.current(office.tenantId(), change.entityId()).isPresent()) {
			type.delete(office.tenantId(), change.entityId());
		}
		this.audit.record(AuditCategory.OTHER, "network.change.approved", "network_change", change.id().toString(),
				null, change.entityType().name().toLowerCase(Locale.ROOT) + " " + change.entityId() + " (delete)");
		tell(office, change, "approved", null);
	}

	/** Rejects the change with a reason and tells the partner. */
	@Transactional
	public void reject(Actor office, UUID changeId, String reason) {
		PendingChange change = pendingChange(office, changeId);
		String text = (reason != null) ? reason.strip() : "";
		if (text.isEmpty() || text.length() > MAX_REASON) {
			throw new InvalidReasonException(text.isEmpty() ? "network.error.required" : "network.error.tooLong");
		}
		if (!this.changes.decide(office.tenantId(), changeId, "REJECTED", office, OffsetDateTime.now(this.clock),
				text)) {
			throw new NotFoundException("network.error.notFound.change");
		}
		this.audit.record(AuditCategory.OTHER, "network.change.rejected", "network_change", changeId.toString(), null,
				change.entityType().name().toLowerCase(Locale.ROOT) + " " + change.entityId());
		tell(office, change, "rejected", text);
	}

	private PendingChange pendingChange(Actor office, UUID changeId) {
		PendingChange change = find(office, changeId);
		if (!change.pending()) {
			throw new NotFoundException("network.error.notFound.change");
		}
		return change;
	}

	private void tell(Actor office, PendingChange change, String outcome, String reason) {
		this.users.emailOf(office.tenantId(), change.submittedBy()).ifPresent((email) -> {
			Locale german = Locale.GERMAN;
			String what = this.messages.getMessage("network.entity." + change.entityType().name(), null, german);
			String subject = this.messages.getMessage("network.mail." + outcome + ".subject",
					new Object[] { what, change.label() }, german);
			String body = this.messages.getMessage("network.mail." + outcome + ".body",
					new Object[] { change.submittedByName(), what, change.label(), (reason != null) ? reason : "" },
					german);
			this.mails.queue(office.tenantId(), email, subject, body);
		});
	}

	/**
	 * One field of a change.
	 *
	 * @param field the field
	 * @param before its live value ("" for a new entry)
	 * @param after the proposed value
	 * @param changed whether they differ
	 */
	public record FieldDiff(String field, String before, String after, boolean changed) {
	}

	/** A missing or too long reason for a rejection. */
	public static class InvalidReasonException extends RuntimeException {

		private final String messageKey;

		InvalidReasonException(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

}
