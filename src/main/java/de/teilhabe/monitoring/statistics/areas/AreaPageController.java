package de.teilhabe.monitoring.statistics.areas;

import java.util.Map;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A tenant's own statistical areas (e.g. its Stadtteile): list and define.
 */
@Controller
class AreaPageController {

	private final StatisticalAreas areas;

	AreaPageController(StatisticalAreas areas) {
		this.areas = areas;
	}

	@GetMapping("/statistics/areas")
	String list(Model model) {
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
			model.addAttribute("parentKey", "");
			model.addAttribute("code", "");
			model.addAttribute("name", "");
		}
		model.addAttribute("areas", this.areas.list(CurrentActor.get().tenantId()));
		return "monitoring/areas";
	}

	@PostMapping("/statistics/areas")
	String create(@RequestParam(defaultValue = "") String parentKey, @RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		Map<String, String> errors = this.areas.create(actor.tenantId(), parentKey, code, name);
		if (!errors.isEmpty()) {
			model.addAttribute("errors", errors);
			model.addAttribute("parentKey", parentKey);
			model.addAttribute("code", code);
			model.addAttribute("name", name);
			return list(model);
		}
		redirect.addFlashAttribute("created", parentKey.strip() + "-" + code.strip());
		return "redirect:/statistics/areas";
	}

}
