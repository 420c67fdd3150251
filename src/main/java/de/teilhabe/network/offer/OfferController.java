package de.teilhabe.network.offer;

import java.util.Map;
import java.util.UUID;

import de.teilhabe.network.form.Filter;
import de.teilhabe.network.form.Forms;
import de.teilhabe.network.form.RegionChoices;
import de.teilhabe.network.moderation.Editing;
import de.teilhabe.network.moderation.Editing.Outcome;
import de.teilhabe.network.moderation.EditingPages;
import de.teilhabe.network.moderation.EntityType;
import de.teilhabe.network.organisation.Organisation;
import de.teilhabe.network.organisation.OrganisationStore;
import de.teilhabe.network.scope.NetworkScope;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The offer pages: list with filters, detail, create and edit (office directly, a partner
 * for its own organisation through moderation).
 */
@Controller
class OfferController {

	private final OfferStore offers;

	private final OrganisationStore organisations;

	private final Editing editing;

	private final NetworkScope scope;

	private final RegionChoices regionChoices;

	private final MessageSource messages;

	OfferController(OfferStore offers, OrganisationStore organisations, Editing editing, NetworkScope scope,
			RegionChoices regionChoices, MessageSource messages) {
		this.offers = offers;
		this.organisations = organisations;
		this.editing = editing;
		this.scope = scope;
		this.regionChoices = regionChoices;
		this.messages = messages;
	}

	@GetMapping("/network/offers")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String language, @RequestParam(required = false) String region,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		Filter filter = new Filter(q, kind, language, region, null);
		model.addAttribute("filter", filter);
		model.addAttribute("result", this.offers.search(actor.tenantId(), filter, new ApiPaging(page, 50)));
		model.addAttribute("kinds", OfferKind.values());
		model.addAttribute("gemeinden", this.regionChoices.gemeinden(actor.tenantId()));
		model.addAttribute("regionNames", this.regionChoices.names(actor.tenantId()));
		return "network/offers";
	}

	@GetMapping("/network/offers/{id}")
	String detail(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		Offer offer = visible(actor, id);
		model.addAttribute("offer", offer);
		model.addAttribute("editable", this.scope.mayEdit(actor, offer.organisationId()));
		model.addAttribute("pending", this.editing.pendingFor(actor.tenantId(), id).orElse(null));
		model.addAttribute("office", this.scope.isOffice(actor));
		model.addAttribute("regionName", this.regionChoices.name(offer.regionKey()));
		return "network/offer";
	}

	@GetMapping("/network/organisations/{organisationId}/offers/new")
	String createForm(@PathVariable UUID organisationId, Model model) {
		Actor actor = CurrentActor.get();
		Organisation organisation = editableOrganisation(actor, organisationId);
		return form(model, actor, organisation, null, OfferForm.empty(), Map.of());
	}

	@PostMapping("/network/organisations/{organisationId}/offers")
	String create(@PathVariable UUID organisationId, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		Organisation organisation = editableOrganisation(actor, organisationId);
		Outcome outcome = this.editing.save(actor, EntityType.OFFER, null, organisationId,
				Forms.read(params, OfferForm.FIELDS));
		return saved(outcome, model, actor, organisation, null, response, redirect);
	}

	@GetMapping("/network/offers/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		Offer offer = editable(actor, id);
		Organisation organisation = editableOrganisation(actor, offer.organisationId());
		Map<String, String> values = this.editing.formValues(actor, EntityType.OFFER, id, offer.organisationId());
		return form(model, actor, organisation, offer, values, Map.of());
	}

	@PostMapping("/network/offers/{id}")
	String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		Offer offer = editable(actor, id);
		Organisation organisation = editableOrganisation(actor, offer.organisationId());
		Outcome outcome = this.editing.save(actor, EntityType.OFFER, id, offer.organisationId(),
				Forms.read(params, OfferForm.FIELDS));
		return saved(outcome, model, actor, organisation, offer, response, redirect);
	}

	private String saved(Outcome outcome, Model model, Actor actor, Organisation organisation, Offer offer,
			HttpServletResponse response, RedirectAttributes redirect) {
		return EditingPages.answer(outcome, response, redirect,
				(values, errors) -> form(model, actor, organisation, offer, values, errors),
				(submitted) -> "/network/organisations/" + organisation.id(), (id) -> "/network/offers/" + id, "saved");
	}

	private String form(Model model, Actor actor, Organisation organisation, Offer offer, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors) {
		Forms.show(model, values, errors, this.messages);
		model.addAttribute("organisation", organisation);
		model.addAttribute("offer", offer);
		model.addAttribute("moderated", this.scope.editsThroughModeration(actor, organisation.id()));
		model.addAttribute("kinds", OfferKind.values());
		model.addAttribute("gemeinden", this.regionChoices.gemeinden(actor.tenantId()));
		return "network/offer-form";
	}

	private Offer visible(Actor actor, UUID id) {
		Offer offer = this.offers.find(actor.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("network.error.notFound.offer"));
		this.scope.requireVisible(actor, offer.organisationId());
		return offer;
	}

	private Offer editable(Actor actor, UUID id) {
		Offer offer = this.offers.find(actor.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("network.error.notFound.offer"));
		this.scope.requireEditable(actor, offer.organisationId());
		return offer;
	}

	private Organisation editableOrganisation(Actor actor, UUID organisationId) {
		this.scope.requireEditable(actor, organisationId);
		return this.organisations.find(actor.tenantId(), organisationId)
			.orElseThrow(() -> new NotFoundException("network.error.notFound.organisation"));
	}

}
