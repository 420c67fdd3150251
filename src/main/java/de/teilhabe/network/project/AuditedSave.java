package de.teilhabe.network.project;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.shared.web.form.CheckedValues;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Stores the checked values of an office form (projects, trainings, support, committees)
 * in one transaction together with its audit entry ({@code network.<kind>.created} or
 * {@code .updated} on record type {@code network_<kind>}).
 */
@Component
public class AuditedSave {

	private final TransactionTemplate transaction;

	private final AuditLog audit;

	private final Clock clock;

	AuditedSave(TransactionTemplate transaction, AuditLog audit, Clock clock) {
		this.transaction = transaction;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates (existingId null) or updates a record.
	 * @param kind e.g. {@code project}
	 * @return the record's id
	 */
	public UUID save(String kind, UUID existingId, Writer writer) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		UUID id = (existingId != null) ? existingId : UUID.randomUUID();
		this.transaction.executeWithoutResult((status) -> {
			writer.write(id, existingId == null, now);
			this.audit.record(AuditCategory.OTHER, "network." + kind + ((existingId == null) ? ".created" : ".updated"),
					"network_" + kind, id.toString(), null, null);
		});
		return id;
	}

	/**
	 * The end of an office form's POST: invalid values answer 400 with the form again
	 * (nothing stored); valid ones are created (existingId null) or updated with their
	 * audit entry, and the answer redirects to the record's page (POST-redirect-GET) with
	 * the "saved" message.
	 * @param form renders the form with the check's values and errors
	 * @param location the page to show afterwards, by the record's id
	 */
	public String saveOrShow(CheckedValues check, Supplier<String> form, String kind, UUID existingId, Store create,
			Store update, RedirectAttributes redirect, Function<UUID, String> location) {
		if (!check.valid()) {
			// the form again answers 400 (shared.web.form.FormPage)
			return form.get();
		}
		UUID id = save(kind, existingId,
				(newId, isNew, now) -> (isNew ? create : update).write(newId, check.values(), now));
		redirect.addFlashAttribute("saved", "saved");
		return "redirect:" + location.apply(id);
	}

	/** Writes checked values to a store. */
	@FunctionalInterface
	public interface Store {

		void write(UUID id, Map<String, String> values, OffsetDateTime now);

	}

	/** Writes the record. */
	@FunctionalInterface
	public interface Writer {

		void write(UUID id, boolean create, OffsetDateTime now);

	}

}
