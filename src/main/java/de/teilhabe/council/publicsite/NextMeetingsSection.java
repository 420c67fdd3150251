package de.teilhabe.council.publicsite;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.teilhabe.council.model.MeetingState;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.PublicSection;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The next meetings of the Beirat and its working groups on the tenant's public start
 * page, each linked to its public page, and below them the way to the Beirat's page. The
 * entries' links are relative to the start page ({@code /p/{slug}/{language}/}), so they
 * keep the visitor's language.
 */
@Component
class NextMeetingsSection implements PublicSection {

	static final int SHOWN = 3;

	private final PublicCouncilStore store;

	private final Times times;

	private final Clock clock;

	private final MessageSource messages;

	NextMeetingsSection(PublicCouncilStore store, Times times, Clock clock, MessageSource messages) {
		this.store = store;
		this.times = times;
		this.clock = clock;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 250;
	}

	@Override
	public String titleKey() {
		return "council.public.section.title";
	}

	@Override
	public String emptyKey() {
		return "council.public.section.empty";
	}

	@Override
	public List<PublicEntry> entries(UUID tenantId, Locale language) {
		return this.store.nextMeetings(tenantId, this.clock.instant(), SHOWN)
			.stream()
			.map((meeting) -> new PublicEntry(meeting.name(),
					Stream
						.of(this.times.dateTime(meeting.startsAt(), language), meeting.location(),
								meeting.state() == MeetingState.CANCELLED
										? this.messages.getMessage("council.state.CANCELLED", null, language) : null)
						.filter(Objects::nonNull)
						.collect(Collectors.joining(" · ")),
					CouncilPublicPaths.BEIRAT + "/sitzungen/" + meeting.id()))
			.toList();
	}

	@Override
	public PublicEntry more(String tenantSlug, String languageCode) {
		return new PublicEntry("council.public.section.more", null,
				CouncilPublicPaths.beirat(tenantSlug, languageCode));
	}

}
