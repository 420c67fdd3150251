package de.teilhabe.network.organisation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import de.teilhabe.network.form.Forms;
import de.teilhabe.network.moderation.Editing;
import de.teilhabe.network.moderation.Editing.Outcome;
import de.teilhabe.network.moderation.EditingPages;
import de.teilhabe.network.moderation.EntityType;
import de.teilhabe.network.scope.NetworkScope;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The create and edit form of an organisation's moderated entry (offers, events): a new
 * entry belongs to an organisation the user may edit (or, without one, is the office's
 * own); an entry to edit must be editable by the user (else 404). The values are saved
 * through {@link Editing} and the POST ends with {@link EditingPages}. The controllers
 * keep only their mappings.
 *
 * @param <E> the entry
 */
public final class OrganisationEntryForm<E> {

	private final Editing editing;

	private final EditableOrganisations organisations;

	private final NetworkScope scope;

	private final EntityType type;

	private final List<String> fields;

	private final Supplier<Map<String, String>> empty;

	private final Editable<E> editable;

	private final Function<E, UUID> organisationOf;

	private final View<E> view;

	private final Function<UUID, String> appliedTo;

	/**
	 * @param fields the form's fields
	 * @param editable the entry the user may edit, else 404
	 * @param organisationOf the entry's organisation (null: the office's own)
	 * @param appliedTo the entry's page after the office's change, by its id
	 */
	public OrganisationEntryForm(Editing editing, EditableOrganisations organisations, NetworkScope scope,
			EntityType type, List<String> fields, Supplier<Map<String, String>> empty, Editable<E> editable,
			Function<E, UUID> organisationOf, View<E> view, Function<UUID, String> appliedTo) {
		this.editing = editing;
		this.organisations = organisations;
		this.scope = scope;
		this.type = type;
		this.fields = fields;
		this.empty = empty;
		this.editable = editable;
		this.organisationOf = organisationOf;
		this.view = view;
		this.appliedTo = appliedTo;
	}

	/**
	 * The form of a new entry of the organisation (without both: the office's own) or of
	 * the entry to edit (id).
	 */
	public String show(Model model, UUID organisationId, UUID id) {
		if (id == null) {
			Actor actor = actorFor(organisationId);
			return this.view.show(model, actor, organisation(actor, organisationId), null, this.empty.get(), Map.of());
		}
		Actor actor = CurrentActor.get();
		E entry = this.editable.find(actor, id);
		UUID entryOrganisation = this.organisationOf.apply(entry);
		Map<String, String> values = this.editing.formValues(actor, this.type, id, entryOrganisation);
		return this.view.show(model, actor, organisation(actor, entryOrganisation), entry, values, Map.of());
	}

	/**
	 * Creates an entry of the organisation (without both: the office's own) or updates
	 * the entry (id): 400 with the form again when the values are invalid, else a
	 * redirect (a partner's change waits for approval).
	 */
	public String save(Model model, UUID organisationId, UUID id, MultiValueMap<String, String> params,
			RedirectAttributes redirect) {
		Actor actor = (id == null) ? actorFor(organisationId) : CurrentActor.get();
		E entry = (id == null) ? null : this.editable.find(actor, id);
		UUID entryOrganisation = (entry == null) ? organisationId : this.organisationOf.apply(entry);
		Organisation organisation = organisation(actor, entryOrganisation);
		Outcome outcome = this.editing.save(actor, this.type, id, entryOrganisation, Forms.read(params, this.fields));
		return EditingPages.answer(outcome, redirect,
				(values, errors) -> this.view.show(model, actor, organisation, entry, values, errors),
				(submitted) -> "/network/organisations/" + organisation.id(), this.appliedTo, "saved");
	}

	private Actor actorFor(UUID organisationId) {
		return (organisationId == null) ? this.scope.officeActor() : CurrentActor.get();
	}

	private Organisation organisation(Actor actor, UUID organisationId) {
		return (organisationId == null) ? null : this.organisations.find(actor, organisationId);
	}

	/** The entry the actor may edit, else 404. */
	@FunctionalInterface
	public interface Editable<E> {

		E find(Actor actor, UUID id);

	}

	/** Renders the form page. */
	@FunctionalInterface
	public interface View<E> {

		String show(Model model, Actor actor, Organisation organisation, E entry, Map<String, String> values,
				Map<String, ? extends MessageSourceResolvable> errors);

	}

}
