package de.teilhabe.guides.signup;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.teilhabe.guides.guide.Topic;
import de.teilhabe.shared.web.PublicSection;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The guides on the tenant's public start page: what an Integrationslotse helps with (so
 * newcomers know whom to ask) and the way to the sign-up form for people who want to
 * become one.
 */
@Component
class GuidesPublicSection implements PublicSection {

	private final MessageSource messages;

	GuidesPublicSection(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public String titleKey() {
		return "guides.public.title";
	}

	/** Never shown: the topics are always there. */
	@Override
	public String emptyKey() {
		return "guides.public.title";
	}

	@Override
	public List<PublicEntry> entries(UUID tenantId, Locale language) {
		return Arrays.stream(Topic.values())
			.filter((topic) -> topic != Topic.OTHER)
			.map((topic) -> new PublicEntry(this.messages.getMessage("guides.topic." + topic.name(), null, language),
					null, null))
			.toList();
	}

	@Override
	public PublicEntry more(String tenantSlug, String languageCode) {
		return new PublicEntry("guides.public.signup", null,
				"/p/" + tenantSlug + "/" + languageCode + "/" + SignupController.PAGE);
	}

}
