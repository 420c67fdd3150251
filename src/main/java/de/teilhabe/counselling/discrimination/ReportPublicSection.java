package de.teilhabe.counselling.discrimination;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.teilhabe.shared.web.PublicSection;

import org.springframework.stereotype.Component;

/**
 * The way to the anonymous report form on the tenant's public start page: a sentence that
 * discrimination can be reported without a name, and the link to the form in the page's
 * language.
 */
@Component
class ReportPublicSection implements PublicSection {

	@Override
	public int order() {
		return 900;
	}

	@Override
	public String titleKey() {
		return "counselling.discrimination.public.title";
	}

	/** The sentence shown, as the section has no entries. */
	@Override
	public String emptyKey() {
		return "counselling.discrimination.public.text";
	}

	@Override
	public List<PublicEntry> entries(UUID tenantId, Locale language) {
		return List.of();
	}

	@Override
	public PublicEntry more(String tenantSlug, String languageCode) {
		return new PublicEntry("counselling.discrimination.report.title", null,
				"/p/" + tenantSlug + "/" + languageCode + "/" + PublicReportController.PAGE);
	}

}
