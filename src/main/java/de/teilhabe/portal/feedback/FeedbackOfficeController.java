package de.teilhabe.portal.feedback;

import de.teilhabe.shared.security.CurrentActor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The office's list of the feedback on the portal's pages (STRATEGY), newest first; each
 * page's view shows its own.
 */
@Controller
class FeedbackOfficeController {

	private final PageFeedback feedback;

	FeedbackOfficeController(PageFeedback feedback) {
		this.feedback = feedback;
	}

	@GetMapping("/portal/feedback")
	String list(Model model) {
		model.addAttribute("entries", this.feedback.latest(CurrentActor.get().tenantId(), null, 200));
		return "portal/office/feedback";
	}

}
