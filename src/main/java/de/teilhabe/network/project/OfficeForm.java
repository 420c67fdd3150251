package de.teilhabe.network.project;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The create and edit form of one kind of office record (project, training, support,
 * committee): finds the record (or answers 404), shows the form with its values, and
 * stores the checked values with their audit entry ({@link AuditedSave#saveOrShow}). The
 * controllers keep only their mappings.
 *
 * @param <R> the record
 */
public final class OfficeForm<R> {

	private final AuditedSave saving;

	private final String kind;

	private final Finder<R> finder;

	private final String notFound;

	private final Function<R, UUID> recordId;

	private final Supplier<Map<String, String>> empty;

	private final Function<R, Map<String, String>> valuesOf;

	private final Check check;

	private final View<R> view;

	private final TenantStore create;

	private final TenantStore update;

	private final Location location;

	/**
	 * @param kind the audit kind, e.g. {@code project}
	 * @param notFound the message key when the record is not there
	 */
	public OfficeForm(AuditedSave saving, String kind, Finder<R> finder, String notFound, Function<R, UUID> recordId,
			Supplier<Map<String, String>> empty, Function<R, Map<String, String>> valuesOf, Check check, View<R> view,
			TenantStore create, TenantStore update, Location location) {
		this.saving = saving;
		this.kind = kind;
		this.finder = finder;
		this.notFound = notFound;
		this.recordId = recordId;
		this.empty = empty;
		this.valuesOf = valuesOf;
		this.check = check;
		this.view = view;
		this.create = create;
		this.update = update;
		this.location = location;
	}

	/** The record of the actor's tenant, or 404. */
	public R find(Actor actor, UUID id) {
		return this.finder.find(actor.tenantId(), id).orElseThrow(() -> new NotFoundException(this.notFound));
	}

	/** The form of a new record (id null) or of the record to edit. */
	public String show(Model model, Actor actor, UUID id) {
		if (id == null) {
			return show(model, actor, null, this.empty.get());
		}
		R record = find(actor, id);
		return show(model, actor, record, this.valuesOf.apply(record));
	}

	/** The form of the record (null: a new one) with the given values and no errors. */
	public String show(Model model, Actor actor, R record, Map<String, String> values) {
		return this.view.show(model, actor, record, values, Map.of());
	}

	/**
	 * Creates (id null) or updates the record from the submitted values: 400 with the
	 * form again when they are invalid, else a redirect to the record's page.
	 */
	public String save(Model model, Actor actor, UUID id, MultiValueMap<String, String> params,
			RedirectAttributes redirect) {
		R record = (id != null) ? find(actor, id) : null;
		CheckedValues checked = this.check.check(actor, params);
		UUID tenantId = actor.tenantId();
		return this.saving.saveOrShow(checked,
				() -> this.view.show(model, actor, record, checked.values(), checked.errors()), this.kind,
				(record != null) ? this.recordId.apply(record) : null,
				(newId, values, now) -> this.create.write(tenantId, newId, values, now),
				(newId, values, now) -> this.update.write(tenantId, newId, values, now), redirect,
				(savedId) -> this.location.of(savedId, checked.values()));
	}

	/** Finds a record of a tenant. */
	@FunctionalInterface
	public interface Finder<R> {

		Optional<R> find(UUID tenantId, UUID id);

	}

	/** Checks the submitted values for the actor. */
	@FunctionalInterface
	public interface Check {

		CheckedValues check(Actor actor, MultiValueMap<String, String> params);

	}

	/** Renders the form page. */
	@FunctionalInterface
	public interface View<R> {

		String show(Model model, Actor actor, R record, Map<String, String> values,
				Map<String, ? extends MessageSourceResolvable> errors);

	}

	/** Writes checked values of a tenant's record. */
	@FunctionalInterface
	public interface TenantStore {

		void write(UUID tenantId, UUID id, Map<String, String> values, OffsetDateTime now);

	}

	/** The page to show after saving. */
	@FunctionalInterface
	public interface Location {

		String of(UUID id, Map<String, String> values);

	}

}
