package de.teilhabe.privacy.retention;

import java.util.List;
import java.util.Optional;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.security.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The retention rules, their latest runs, and "run now" for the PRIVACY_OFFICER (on the
 * records of the officer's tenant only; ADMIN may read).
 */
@Controller
class RetentionController {

	static final int RUNS_SHOWN = 50;

	private final RetentionRunner runner;

	RetentionController(RetentionRunner runner) {
		this.runner = runner;
	}

	@GetMapping("/privacy/retention")
	String page(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("rules", this.runner.rules());
		model.addAttribute("runs", this.runner.latestRuns(actor.tenantId(), RUNS_SHOWN));
		model.addAttribute("mayRun", actor.has(Role.PRIVACY_OFFICER));
		return "privacy/retention";
	}

	@PostMapping("/privacy/retention/run")
	String runNow(RedirectAttributes redirect) {
		Optional<List<RetentionRun>> runs = this.runner.runFor(CurrentActor.get());
		if (runs.isEmpty()) {
			redirect.addFlashAttribute("busy", true);
		}
		else {
			redirect.addFlashAttribute("ranRules", runs.get().size());
			redirect.addFlashAttribute("ranAffected",
					runs.get().stream().mapToInt((run) -> (run.affected() != null) ? run.affected() : 0).sum());
			redirect.addFlashAttribute("ranFailed", runs.get().stream().filter(RetentionRun::failed).count());
		}
		return "redirect:/privacy/retention";
	}

}
