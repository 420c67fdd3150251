package de.teilhabe.portal.accessibility;

import de.teilhabe.shared.security.CurrentActor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The office's list of reported barriers (STRATEGY), newest first. */
@Controller
class BarrierReportsController {

	static final String PATH = "/portal/barrier-reports";

	private final BarrierReports reports;

	BarrierReportsController(BarrierReports reports) {
		this.reports = reports;
	}

	@GetMapping(PATH)
	String list(Model model) {
		model.addAttribute("reports", this.reports.list(CurrentActor.get().tenantId()));
		return "portal/office/barrier-reports";
	}

}
