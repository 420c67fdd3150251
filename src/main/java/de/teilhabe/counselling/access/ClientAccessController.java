package de.teilhabe.counselling.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.counselling.client.ClientStore;
import de.teilhabe.counselling.client.Clients;
import de.teilhabe.counselling.access.ClientAccess.Grant;
import de.teilhabe.counselling.access.ClientAccess.Kind;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.form.FormPage;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who reads a client, on pages: the responsible counsellor names deputies among the
 * counsellors of the team (picked by name); another counsellor opens a client through the
 * break-glass page with a reason (shown without the client's name: only its number and
 * who is responsible).
 */
@Controller
class ClientAccessController {

	private static final String LABELS = "counselling.field.";

	private final Clients clients;

	private final ClientAccess access;

	private final MessageSource messages;

	ClientAccessController(Clients clients, ClientAccess access, MessageSource messages) {
		this.clients = clients;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/counselling/clients/{id}/deputies")
	String deputies(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		ClientStore.Stub stub = responsibleOnly(actor, id);
		Map<UUID, String> chosen = this.access.deputies(actor.tenantId(), id);
		Map<String, String> values = Map.of("deputies",
				String.join(", ", chosen.keySet().stream().map(UUID::toString).toList()));
		FormPage.show(model, values, Map.of(), this.messages, LABELS);
		return deputiesPage(model, actor, stub);
	}

	@PostMapping("/counselling/clients/{id}/deputies")
	String setDeputies(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		ClientStore.Stub stub = responsibleOnly(actor, id);
		List<UUID> chosen = new ArrayList<>();
		for (String value : params.getOrDefault("deputies", List.of())) {
			try {
				chosen.add(UUID.fromString(value));
			}
			catch (IllegalArgumentException ex) {
				// not a counsellor of the team: left out like any other
			}
		}
		this.access.setDeputies(actor, id, stub.responsibleId(), chosen);
		redirect.addFlashAttribute("saved", "deputies");
		return "redirect:/counselling/clients/" + id;
	}

	private String deputiesPage(Model model, Actor actor, ClientStore.Stub stub) {
		List<Map.Entry<String, String>> counsellors = new ArrayList<>();
		this.access.counsellors(actor.tenantId()).forEach((user, name) -> {
			if (!user.equals(stub.responsibleId())) {
				counsellors.add(Map.entry(user.toString(), name));
			}
		});
		model.addAttribute("stub", stub);
		model.addAttribute("counsellors", counsellors);
		return "counselling/deputies";
	}

	/**
	 * The client's stub, for its responsible counsellor only (403 else, 404 if unknown).
	 */
	private ClientStore.Stub responsibleOnly(Actor actor, UUID id) {
		ClientStore.Stub stub = this.clients.stub(actor, id);
		if (!actor.userId().equals(stub.responsibleId())) {
			throw new AccessDeniedException("only the responsible counsellor names deputies");
		}
		return stub;
	}

	@GetMapping("/counselling/clients/{id}/break-glass")
	String breakGlass(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		ClientStore.Stub stub = this.clients.stub(actor, id);
		Grant grant = this.clients.grant(actor, id);
		if (grant.kind() == Kind.RESPONSIBLE || grant.kind() == Kind.DEPUTY) {
			return "redirect:/counselling/clients/" + id;
		}
		FormPage.show(model, Map.of("reason", ""), Map.of(), this.messages, LABELS);
		return breakGlassPage(model, actor, stub);
	}

	@PostMapping("/counselling/clients/{id}/break-glass")
	String openBreakGlass(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model) {
		Actor actor = CurrentActor.get();
		ClientStore.Stub stub = this.clients.stub(actor, id);
		Grant grant = this.clients.grant(actor, id);
		if (grant.kind() == Kind.RESPONSIBLE || grant.kind() == Kind.DEPUTY) {
			return "redirect:/counselling/clients/" + id;
		}
		String text = (reason != null) ? reason.strip() : "";
		if (text.length() < ClientAccess.MIN_REASON || text.length() > ClientAccess.MAX_REASON) {
			Map<String, String> values = new LinkedHashMap<>();
			values.put("reason", (reason != null && reason.length() <= 2 * ClientAccess.MAX_REASON) ? reason : "");
			FormPage.show(model, values,
					Map.of("reason",
							new DefaultMessageSourceResolvable(new String[] { "counselling.error.reason" },
									new Object[] { ClientAccess.MIN_REASON, ClientAccess.MAX_REASON })),
					this.messages, LABELS);
			return breakGlassPage(model, actor, stub);
		}
		this.access.breakGlass(actor, id, text);
		return "redirect:/counselling/clients/" + id;
	}

	private String breakGlassPage(Model model, Actor actor, ClientStore.Stub stub) {
		model.addAttribute("stub", stub);
		model.addAttribute("responsible",
				this.access.counsellors(actor.tenantId()).getOrDefault(stub.responsibleId(), "–"));
		model.addAttribute("hours", ClientAccess.BREAK_GLASS_DURATION.toHours());
		return "counselling/break-glass";
	}

}
