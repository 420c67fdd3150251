package de.teilhabe.network.offer;

import java.util.Map;
import java.util.UUID;

import de.teilhabe.network.form.Filter;
import de.teilhabe.network.form.Forms;
import de.teilhabe.network.form.RegionChoices;
import de.teilhabe.network.moderation.Editing;
import de.teilhabe.network.moderation.EntityType;
import de.teilhabe.network.organisation.EditableOrganisations;
import de.teilhabe.network.organisation.Organisation;
import de.teilhabe.network.organisation.OrganisationEntryForm;
import de.teilhabe.network.scope.NetworkScope;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.NotFoundException;

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

	private final Editing editing;

	private final NetworkScope scope;

	private final RegionChoices regionChoices;

	private final MessageSource messages;

	private final OrganisationEntryForm<Offer> entries;

	OfferController(OfferStore offers, EditableOrganisations organisations, Editing editing, NetworkScope scope,
			RegionChoices regionChoices, MessageSource messages) {
		this.offers = offers;
		this.editing = editing;
		this.scope = scope;
		this.regionChoices = regionChoices;
		this.messages = messages;
		this.entries = new OrganisationEntryForm<>(editing, organisations, scope, EntityType.OFFER, OfferForm.FIELDS,
				OfferForm::empty, this::editable, Offer::organisationId, this::formPage,
				(id) -> "/network/offers/" + id);
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

	/** A new offer of an organisation, or an offer to edit. */
	@GetMapping({ "/network/organisations/{organisationId}/offers/new", "/network/offers/{id}/edit" })
	String form(@PathVariable(required = false) UUID organisationId, @PathVariable(required = false) UUID id,
			Model model) {
		return this.entries.show(model, organisationId, id);
	}

	@PostMapping({ "/network/organisations/{organisationId}/offers", "/network/offers/{id}" })
	String save(@PathVariable(required = false) UUID organisationId, @PathVariable(required = false) UUID id,
			@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		return this.entries.save(model, organisationId, id, params, redirect);
	}

	private String formPage(Model model, Actor actor, Organisation organisation, Offer offer,
			Map<String, String> values, Map<String, ? extends MessageSourceResolvable> errors) {
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

}
