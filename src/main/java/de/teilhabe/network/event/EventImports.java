package de.teilhabe.network.event;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The office's iCal import: an uploaded file is kept until the office takes its events
 * over (preview from the kept file), then each event that can be kept is stored as an
 * event of the office in the category chosen — or updates the event an earlier import
 * made from the same UID —, each in its own transaction (all or nothing per event); the
 * events left out are kept with their reason, the file's content is dropped, and the
 * import is audited ({@code network.event.imported}). Every imported event keeps where it
 * came from (the import: file, when, by whom).
 */
@Service
class EventImports {

	private final JdbcClient jdbc;

	private final EventStore events;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Times times;

	private final Clock clock;

	EventImports(JdbcClient jdbc, EventStore events, AuditLog audit, TransactionTemplate transactions, Times times,
			Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.audit = audit;
		this.transactions = transactions;
		this.times = times;
		this.clock = clock;
	}

	/**
	 * An upload.
	 *
	 * @param id its id
	 * @param fileName the file's name
	 * @param uploadedBy who uploaded it (name)
	 * @param createdAt when
	 * @param done whether its events were taken over
	 * @param category the category chosen, or null
	 * @param created how many events it added
	 * @param updated how many it updated
	 * @param rejected how many it left out
	 * @param importedAt when they were taken over, or null
	 */
	record Upload(UUID id, String fileName, String uploadedBy, OffsetDateTime createdAt, boolean done, String category,
			Integer created, Integer updated, Integer rejected, OffsetDateTime importedAt) {
	}

	/**
	 * An event left out.
	 *
	 * @param line the line of its BEGIN:VEVENT, or null
	 * @param title its title, or null
	 * @param reasonKey the reason (after {@code networkEventImport.reason.})
	 * @param detail what it names, or null
	 */
	record Rejection(Integer line, String title, String reasonKey, String detail) {
	}

	/**
	 * An event of the preview: the file's entry and whether it updates an event an
	 * earlier import made.
	 */
	record Previewed(IcsFile.Entry entry, boolean updates) {
	}

	/** Reads and keeps the file; refuses it whole if it cannot be read. */
	UUID upload(Actor actor, String fileName, byte[] content) throws IcsFile.Unreadable {
		IcsFile.read(content, this.times.zone());
		UUID id = UUID.randomUUID();
		String name = (fileName == null || fileName.isBlank()) ? "kalender.ics"
				: fileName.replaceAll("[\\p{Cntrl}]", "").strip();
		this.jdbc.sql("""
				INSERT INTO network_event_import (tenant_id, id, uploaded_by, uploaded_by_name, file_name, content,
				  status, created_at) VALUES (?, ?, ?, ?, ?, ?, 'UPLOADED', ?)""")
			.params(actor.tenantId(), id, actor.userId(), actor.displayName(),
					name.substring(0, Math.min(name.length(), 200)), content, OffsetDateTime.now(this.clock))
			.update();
		return id;
	}

	Upload find(Actor actor, UUID id) {
		return this.jdbc.sql(UPLOAD + " WHERE tenant_id = ? AND id = ?")
			.params(actor.tenantId(), id)
			.query(Upload.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("error.notFound"));
	}

	/** The tenant's last 20 imports, newest first. */
	List<Upload> latest(Actor actor) {
		return this.jdbc.sql(UPLOAD + " WHERE tenant_id = ? ORDER BY created_at DESC, id LIMIT 20")
			.params(actor.tenantId())
			.query(Upload.class)
			.list();
	}

	private static final String UPLOAD = """
			SELECT id, file_name, uploaded_by_name AS uploaded_by, created_at, status = 'IMPORTED' AS done, category,
			       created_count AS created, updated_count AS updated, rejected_count AS rejected, imported_at
			FROM network_event_import""";

	/** Every event of a kept file as it would be taken over. */
	List<Previewed> preview(Actor actor, UUID id) {
		List<IcsFile.Entry> entries = entries(actor, id);
		Map<String, UUID> existing = existing(actor.tenantId(), entries);
		return entries.stream()
			.map((entry) -> new Previewed(entry, entry.valid() && existing.containsKey(entry.uid())))
			.toList();
	}

	private List<IcsFile.Entry> entries(Actor actor, UUID id) {
		byte[] content = this.jdbc
			.sql("SELECT content FROM network_event_import WHERE tenant_id = ? AND id = ? AND status = 'UPLOADED'")
			.params(actor.tenantId(), id)
			.query(byte[].class)
			.optional()
			.orElseThrow(() -> new NotFoundException("error.notFound"));
		try {
			return IcsFile.read(content, this.times.zone());
		}
		catch (IcsFile.Unreadable ex) {
			// it was read on upload
			throw new IllegalStateException(ex.key());
		}
	}

	/** The ids of the tenant's events imported before under the entries' UIDs. */
	private Map<String, UUID> existing(UUID tenantId, List<IcsFile.Entry> entries) {
		Map<String, UUID> found = new LinkedHashMap<>();
		List<String> uids = entries.stream().map(IcsFile.Entry::uid).toList();
		this.jdbc.sql("SELECT import_uid, id FROM network_event WHERE tenant_id = ? AND import_uid = ANY(?)")
			.params(tenantId, uids.toArray(String[]::new))
			.query((rs, row) -> found.put(rs.getString("import_uid"), rs.getObject("id", UUID.class)))
			.list();
		return found;
	}

	/**
	 * The values of an event taken over before, updated from the calendar: the file's
	 * fields replace the stored ones, what the office added on the event's form stays.
	 */
	private Map<String, String> keepingOfficeFields(UUID tenantId, UUID eventId, IcsFile.Entry entry) {
		Map<String, String> values = new LinkedHashMap<>(this.events.current(tenantId, eventId).orElse(entry.values()));
		IcsFile.CALENDAR_FIELDS.forEach((field) -> values.put(field, entry.values().get(field)));
		return values;
	}

	/**
	 * Takes the events of a kept file over in the category; nothing if it was taken over
	 * already.
	 */
	void run(Actor actor, UUID id, EventCategory category) {
		Upload upload = find(actor, id);
		if (upload.done()) {
			return;
		}
		List<IcsFile.Entry> entries = entries(actor, id);
		Map<String, UUID> existing = existing(actor.tenantId(), entries);
		List<Rejection> rejections = new ArrayList<>();
		int created = 0;
		int updated = 0;
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		for (IcsFile.Entry entry : entries) {
			if (!entry.valid()) {
				rejections.add(new Rejection(entry.line(), entry.title(), entry.reasonKey(), entry.detail()));
				continue;
			}
			UUID eventId = existing.get(entry.uid());
			Map<String, String> values = (eventId != null) ? keepingOfficeFields(actor.tenantId(), eventId, entry)
					: new LinkedHashMap<>(entry.values());
			values.put("category", category.name());
			CheckedValues checked = this.events.check(actor.tenantId(), values);
			if (!checked.valid()) {
				rejections.add(new Rejection(entry.line(), entry.title(), "invalid",
						String.join(", ", checked.errors().keySet())));
				continue;
			}
			try {
				boolean update = eventId != null;
				UUID stored = update ? eventId : UUID.randomUUID();
				this.transactions.executeWithoutResult((status) -> {
					if (update) {
						this.events.update(actor.tenantId(), stored, checked.values(), now);
					}
					else {
						this.events.create(actor.tenantId(), stored, null, checked.values(), now);
					}
					this.jdbc
						.sql("UPDATE network_event SET import_id = ?, import_uid = ? WHERE tenant_id = ? AND id = ?")
						.params(id, entry.uid(), actor.tenantId(), stored)
						.update();
				});
				if (update) {
					updated++;
				}
				else {
					created++;
				}
			}
			catch (DataAccessException ex) {
				rejections.add(new Rejection(entry.line(), entry.title(), "notStored", null));
			}
		}
		int position = 0;
		for (Rejection rejection : rejections) {
			this.jdbc.sql("""
					INSERT INTO network_event_import_rejection (tenant_id, import_id, position, line, title, reason_key,
					  detail) VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(actor.tenantId(), id, position++,
						(rejection.line() != null && rejection.line() > 0) ? rejection.line() : null,
						cut(rejection.title()), rejection.reasonKey(), cut(rejection.detail()))
				.update();
		}
		this.jdbc.sql("""
				UPDATE network_event_import SET status = 'IMPORTED', content = NULL, category = ?, created_count = ?,
				  updated_count = ?, rejected_count = ?, imported_at = ? WHERE tenant_id = ? AND id = ?""")
			.params(category.name(), created, updated, rejections.size(), now, actor.tenantId(), id)
			.update();
		this.audit.record(AuditCategory.OTHER, "network.event.imported", "network_event_import", id.toString(), null,
				created + " events created, " + updated + " updated, " + rejections.size() + " rejected from "
						+ upload.fileName());
	}

	List<Rejection> rejections(Actor actor, UUID id) {
		return this.jdbc.sql("""
				SELECT line, title, reason_key, detail FROM network_event_import_rejection
				WHERE tenant_id = ? AND import_id = ? ORDER BY position""")
			.params(actor.tenantId(), id)
			.query(Rejection.class)
			.list();
	}

	private static String cut(String text) {
		return (text == null || text.length() <= 300) ? text : text.substring(0, 300);
	}

}
