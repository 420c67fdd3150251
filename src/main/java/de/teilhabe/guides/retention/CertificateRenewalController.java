package de.teilhabe.guides.retention;

import de.teilhabe.guides.guide.Guides;
import de.teilhabe.shared.security.CurrentActor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The coordinator's list of police certificates due for renewal (GUIDE_COORDINATOR, as
 * every page under {@code /guides/}).
 */
@Controller
class CertificateRenewalController {

	private final CertificateRenewals renewals;

	private final Guides guides;

	CertificateRenewalController(CertificateRenewals renewals, Guides guides) {
		this.renewals = renewals;
		this.guides = guides;
	}

	@GetMapping("/guides/certificate-renewals")
	String list(Model model) {
		model.addAttribute("due", this.renewals.due(CurrentActor.get().tenantId(), this.guides.today()));
		model.addAttribute("years", this.guides.certificateValidity().getYears());
		return "guides/signup/renewals";
	}

}
