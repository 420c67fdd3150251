package de.teilhabe.counselling.casework.contact;

import java.util.UUID;

import de.teilhabe.counselling.casework.CaseAccess.CaseStub;
import de.teilhabe.region.Languages;
import de.teilhabe.shared.security.Actor;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The header of every page of a case's parts (contacts, notes, tasks, and the parts of
 * other packages such as accompaniment by a guide): the case and its client, read and
 * audited with the part's name as the purpose, for the fragment
 * {@code counselling/case-parts :: caseHeader}.
 */
@Component
public class CaseHeaders {

	private final CaseFiles files;

	CaseHeaders(CaseFiles files) {
		this.files = files;
	}

	/**
	 * Puts the case ({@code caseFile}), the current part ({@code current}), the user's id
	 * ({@code me}) and the client's language names into the model.
	 * @throws de.teilhabe.shared.web.NotFoundException for an unknown case or another
	 * tenant's
	 * @throws org.springframework.security.access.AccessDeniedException for a case the
	 * user may not read
	 */
	public CaseView show(Actor actor, UUID caseId, String current, Model model) {
		CaseStub stub = this.files.readable(actor, caseId);
		CaseView view = CaseView.of(stub, this.files.client(actor, stub, current));
		model.addAttribute("caseFile", view);
		model.addAttribute("current", current);
		model.addAttribute("me", actor.userId());
		model.addAttribute("clientLanguageNames",
				Languages.displayNames(view.clientLanguages(), LocaleContextHolder.getLocale()));
		return view;
	}

}
