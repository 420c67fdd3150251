package de.teilhabe.guides.training;

import de.teilhabe.shared.security.CurrentActor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A guide's own trainings (GUIDE, phone-friendly): the courses of the profile the account
 * is bound to, upcoming first, with its attendance at each session and its completion,
 * and the qualifications of the profile with their expiry. Nothing of other guides.
 */
@Controller
class MyTrainingsController {

	private final Trainings trainings;

	MyTrainingsController(Trainings trainings) {
		this.trainings = trainings;
	}

	@GetMapping("/guides/me/trainings")
	String mine(Model model) {
		model.addAttribute("mine", this.trainings.mine(CurrentActor.get()));
		return "guides/my-trainings";
	}

}
