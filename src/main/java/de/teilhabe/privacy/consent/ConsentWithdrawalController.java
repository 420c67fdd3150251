package de.teilhabe.privacy.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.privacy.InvalidConsentException;
import de.teilhabe.privacy.consent.ConsentWithdrawals.Withdrawal;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.time.Times;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of one consent: what was agreed to, when and how, and whether it was
 * withdrawn; staff record a withdrawal there on the person's behalf (with the day the
 * person declared it, a note and a confirmation).
 */
@Controller
class ConsentWithdrawalController {

	private final ConsentWithdrawals withdrawals;

	private final Times times;

	private final Clock clock;

	ConsentWithdrawalController(ConsentWithdrawals withdrawals, Times times, Clock clock) {
		this.withdrawals = withdrawals;
		this.times = times;
		this.clock = clock;
	}

	@GetMapping("/privacy/consents/{id}/withdrawal")
	String page(@PathVariable UUID id, Model model) {
		return render(model, CurrentActor.get(), id, Map.of());
	}

	@PostMapping("/privacy/consents/{id}/withdrawal")
	String withdraw(@PathVariable UUID id, @RequestParam(required = false) String withdrawnOn,
			@RequestParam(required = false) String note, @RequestParam(required = false) String confirm, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		Map<String, String> errors = new HashMap<>();
		OffsetDateTime at = null;
		try {
			at = withdrawnAt(withdrawnOn);
		}
		catch (DateTimeParseException ex) {
			errors.put("withdrawnOn", "privacy.withdrawal.error.date");
		}
		if (!"true".equals(confirm)) {
			errors.put("confirm", "privacy.withdrawal.error.confirm");
		}
		if (errors.isEmpty()) {
			try {
				this.withdrawals.withdraw(actor, id, at, note);
				redirect.addFlashAttribute("withdrawn", true);
				return "redirect:/privacy/consents/" + id + "/withdrawal";
			}
			catch (InvalidConsentException ex) {
				errors.put("note".equals(ex.field()) ? "note" : "withdrawnOn",
						"privacy.withdrawal.error." + ex.field());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("withdrawnOnValue", withdrawnOn);
		model.addAttribute("noteValue", note);
		return render(model, actor, id, errors);
	}

	/**
	 * The time of a withdrawal declared on the given day: now if it is today (or not
	 * given), else the start of that day in the platform's time zone.
	 */
	private OffsetDateTime withdrawnAt(String day) {
		if (day == null || day.isBlank()) {
			return null;
		}
		LocalDate date = LocalDate.parse(day.strip());
		return date.equals(LocalDate.now(this.clock.withZone(this.times.zone()))) ? null
				: date.atStartOfDay(this.times.zone()).toOffsetDateTime();
	}

	private String render(Model model, Actor actor, UUID id, Map<String, String> errors) {
		Withdrawal withdrawal = this.withdrawals.find(actor, id);
		model.addAttribute("w", withdrawal);
		model.addAttribute("givenAt", this.times.dateTime(withdrawal.consent().givenAt()));
		model.addAttribute("withdrawnAt", (withdrawal.consent().withdrawnAt() != null)
				? this.times.dateTime(withdrawal.consent().withdrawnAt()) : null);
		model.addAttribute("today", LocalDate.now(this.clock.withZone(this.times.zone())).toString());
		model.addAttribute("officer", actor.has(Role.PRIVACY_OFFICER));
		model.addAttribute("errors", errors);
		return "privacy/consent-withdrawal";
	}

}
