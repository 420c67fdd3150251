package de.teilhabe.network.moderation;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import de.teilhabe.network.moderation.Editing.Applied;
import de.teilhabe.network.moderation.Editing.Invalid;
import de.teilhabe.network.moderation.Editing.Outcome;
import de.teilhabe.network.moderation.Editing.Submitted;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The end of a page form saved through {@link Editing} (organisations, offers, events,
 * contact persons): invalid values answer 400 with the form again, nothing stored; a
 * partner's change waits for approval (message {@code network.saved.submitted}); the
 * office's change is live (POST-redirect-GET with the given message).
 */
public final class EditingPages {

	private EditingPages() {
	}

	/**
	 * @param form shows the form again with the values and their errors
	 * @param submittedTo the page after a partner's change
	 * @param appliedTo the page after the office's change, by the entry's id
	 * @param appliedMessage the message after the office's change, e.g. {@code saved}
	 */
	public static String answer(Outcome outcome, RedirectAttributes redirect, FormAgain form,
			Function<Submitted, String> submittedTo, Function<UUID, String> appliedTo, String appliedMessage) {
		if (outcome instanceof Invalid invalid) {
			// the form again answers 400 (shared.web.form.FormPage)
			return form.show(invalid.values(), invalid.errors());
		}
		if (outcome instanceof Submitted submitted) {
			redirect.addFlashAttribute("saved", "submitted");
			return "redirect:" + submittedTo.apply(submitted);
		}
		redirect.addFlashAttribute("saved", appliedMessage);
		return "redirect:" + appliedTo.apply(((Applied) outcome).id());
	}

	/** Shows a form again. */
	@FunctionalInterface
	public interface FormAgain {

		String show(Map<String, String> values, Map<String, ? extends MessageSourceResolvable> errors);

	}

}
