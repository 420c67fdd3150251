package de.teilhabe.guides.assignment;

import java.util.Map;

import de.teilhabe.guides.request.GuideRequest;
import de.teilhabe.shared.web.form.FormPage;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.ui.Model;

/**
 * The page that changes one work entry ({@code guides/work-entry}), for the guide and for
 * the Leitstelle's correction: the same fields and checks, another address to send to and
 * to go back to.
 */
final class WorkEntryPage {

	/** The labels of the entry's fields ({@code guides.worklog.field.<field>}). */
	static final String LABELS = "guides.worklog.field.";

	private WorkEntryPage() {
	}

	/**
	 * @param action where the form is sent
	 * @param back where the page leads back to
	 */
	static String show(Model model, Assignment assignment, GuideRequest request, WorkEntry entry, String action,
			String back, Map<String, String> values, Map<String, ? extends MessageSourceResolvable> errors,
			MessageSource messages) {
		model.addAttribute("assignment", assignment);
		model.addAttribute("request", request);
		model.addAttribute("entry", entry);
		model.addAttribute("action", action);
		model.addAttribute("back", back);
		FormPage.show(model, values, errors, messages, LABELS);
		return "guides/work-entry";
	}

}
