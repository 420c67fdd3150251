package de.teilhabe.counselling.household;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.counselling.client.Client;
import de.teilhabe.counselling.client.Clients;
import de.teilhabe.counselling.client.Gender;
import de.teilhabe.counselling.household.Households.Alongside;
import de.teilhabe.counselling.household.Households.MemberView;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.InvalidBodyException;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormPage;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The household pages: the form to add or change a household member of a client (all or
 * nothing, every wrong field named; a client to link is searched by name among those the
 * counsellor reads, with the button „Suchen“ that shows the form again with the
 * candidates), removing one, and the form on which the members counselled alongside in a
 * case are ticked by name. The client's page and the case page show the members
 * ({@link HouseholdOnPages}).
 */
@Controller
class HouseholdController {

	private static final String LABELS = "counselling.household.field.";

	private static final String FORM = "counselling/household-form";

	private final Households households;

	private final Clients clients;

	private final MessageSource messages;

	HouseholdController(Households households, Clients clients, MessageSource messages) {
		this.households = households;
		this.clients = clients;
		this.messages = messages;
	}

	@GetMapping("/counselling/clients/{id}/household/new")
	String newMember(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		Client client = this.clients.read(actor, id, Households.PURPOSE);
		return form(model, actor, client, null, MemberForm.empty(), Map.of(), null, List.of());
	}

	@GetMapping("/counselling/clients/{id}/household/{memberId}/edit")
	String editMember(@PathVariable UUID id, @PathVariable UUID memberId, Model model) {
		Actor actor = CurrentActor.get();
		Client client = this.clients.read(actor, id, Households.PURPOSE);
		MemberView member = this.households.one(actor, id, memberId);
		return form(model, actor, client, member, MemberForm.of(member.member()), Map.of(), null, List.of());
	}

	@PostMapping({ "/counselling/clients/{id}/household", "/counselling/clients/{id}/household/{memberId}" })
	String save(@PathVariable UUID id, @PathVariable(required = false) UUID memberId,
			@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		Client client = this.clients.read(actor, id, Households.PURPOSE);
		MemberView member = (memberId != null) ? this.households.one(actor, id, memberId) : null;
		Map<String, String> values = new LinkedHashMap<>(params.toSingleValueMap());
		if (params.containsKey("search")) {
			String query = values.getOrDefault("linkQuery", "").strip();
			if (query.length() > Households.MAX_QUERY) {
				throw new BadRequestException("counselling.error.queryTooLong", Households.MAX_QUERY);
			}
			return form(model, actor, client, member, values, Map.of(), query,
					this.households.linkCandidates(actor, id, query));
		}
		Households.Saved saved = (memberId == null) ? this.households.add(actor, id, params)
				: this.households.change(actor, id, memberId, params);
		if (saved.id() == null) {
			Map<String, String> shown = new LinkedHashMap<>(saved.checked().values());
			String query = values.getOrDefault("linkQuery", "").strip();
			shown.put("linkQuery", query);
			// the candidates of the search stay choices
			boolean searched = !query.isEmpty() && query.length() <= Households.MAX_QUERY;
			return form(model, actor, client, member, shown, saved.checked().errors(), searched ? query : null,
					searched ? this.households.linkCandidates(actor, id, query) : List.of());
		}
		redirect.addFlashAttribute("householdSaved", (memberId == null) ? "added" : "changed");
		return "redirect:/counselling/clients/" + id + "#household";
	}

	@PostMapping("/counselling/clients/{id}/household/{memberId}/delete")
	String remove(@PathVariable UUID id, @PathVariable UUID memberId, RedirectAttributes redirect) {
		this.households.remove(CurrentActor.get(), id, memberId);
		redirect.addFlashAttribute("householdSaved", "removed");
		return "redirect:/counselling/clients/" + id + "#household";
	}

	@GetMapping("/counselling/cases/{id}/household")
	String alongside(@PathVariable UUID id, Model model) {
		Alongside alongside = this.households.alongside(CurrentActor.get(), id);
		return alongsidePage(model, alongside, alongside.chosen().stream().map(UUID::toString).toList(), Map.of());
	}

	@PostMapping("/counselling/cases/{id}/household")
	String setAlongside(@PathVariable UUID id, @RequestParam(name = "memberIds", required = false) List<String> ids,
			Model model, RedirectAttributes redirect) {
		List<String> chosen = (ids != null) ? ids : List.of();
		try {
			this.households.setAlongside(CurrentActor.get(), id, chosen);
		}
		catch (InvalidBodyException ex) {
			Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>();
			ex.messages().forEach((message) -> errors.put(message.field(), message.message()));
			return alongsidePage(model, this.households.alongside(CurrentActor.get(), id), chosen, errors);
		}
		redirect.addFlashAttribute("householdSaved", "alongside");
		return "redirect:/counselling/cases/" + id + "#household";
	}

	/** The choice of the members counselled alongside (400 with its errors). */
	private String alongsidePage(Model model, Alongside alongside, List<String> chosen,
			Map<String, ? extends MessageSourceResolvable> errors) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("memberIds", String.join(FormBinder.LIST_SEPARATOR, chosen));
		FormPage.show(model, values, errors, this.messages, LABELS);
		model.addAttribute("alongside", alongside);
		model.addAttribute("memberChoices", choices(alongside, this.messages));
		return "counselling/household-case";
	}

	/** The client's members to tick by name (id and text), for the case page too. */
	static List<Map.Entry<String, String>> choices(Alongside alongside, MessageSource messages) {
		return alongside.members()
			.stream().<Map
					.Entry<String, String>>map(
							(view) -> new AbstractMap.SimpleImmutableEntry<>(view.member().id().toString(),
									label(view, messages)))
			.toList();
	}

	/** A member by name, relationship and birth year, as the choices show it. */
	private static String label(MemberView view, MessageSource messages) {
		Member member = view.member();
		String relationship = messages.getMessage("counselling.household.relationship." + member.relationship(), null,
				LocaleContextHolder.getLocale());
		return member.firstName() + " (" + relationship
				+ ((member.birthYear() != null) ? ", " + member.birthYear() : "") + ")";
	}

	private String form(Model model, Actor actor, Client client, MemberView member, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors, String query,
			List<Clients.ClientSummary> candidates) {
		FormPage.show(model, values, errors, this.messages, LABELS);
		model.addAttribute("client", client);
		model.addAttribute("member", member);
		model.addAttribute("relationships", Relationship.values());
		model.addAttribute("genders", Gender.values());
		model.addAttribute("query", query);
		List<Map.Entry<String, String>> links = new ArrayList<>();
		if (member != null && member.linked() != null) {
			links.add(new AbstractMap.SimpleImmutableEntry<>(member.linked().id().toString(),
					(member.linked().name() != null)
							? member.linked().name() + " (" + member.linked().clientNumber() + ")"
							: member.linked().clientNumber()));
		}
		for (Clients.ClientSummary candidate : candidates) {
			if (links.stream().noneMatch((link) -> link.getKey().equals(candidate.id().toString()))) {
				links.add(new AbstractMap.SimpleImmutableEntry<>(candidate.id().toString(),
						candidate.firstName() + " " + candidate.lastName() + " ("
								+ ((candidate.birthYear() != null) ? candidate.birthYear() + ", " : "")
								+ candidate.clientNumber() + ")"));
			}
		}
		model.addAttribute("links", links);
		model.addAttribute("candidatesFound", (query != null) ? candidates.size() : null);
		return FORM;
	}

}
