package de.teilhabe.council.meeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.council.meeting.MeetingStore.Item;
import de.teilhabe.council.meeting.MeetingStore.Meeting;
import de.teilhabe.council.meeting.MeetingStore.Member;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.documents.DocumentRequest;
import de.teilhabe.shared.documents.Documents;
import de.teilhabe.shared.time.Times;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The invitation and the minutes of a meeting as PDF (through the shared
 * {@link Documents}, template {@code council/meeting-document}), in German, the language
 * of the standing orders: the members' version with the non-public part, the published
 * version with the public part only (the non-public items are not handed to the template
 * at all).
 */
@Component
class MeetingDocuments {

	/** Which document. */
	enum Kind {

		INVITATION, MINUTES

	}

	private static final Locale GERMAN = Locale.GERMAN;

	private final Documents documents;

	private final Tenants tenants;

	private final MessageSource messages;

	private final Times times;

	MeetingDocuments(Documents documents, Tenants tenants, MessageSource messages, Times times) {
		this.documents = documents;
		this.tenants = tenants;
		this.messages = messages;
		this.times = times;
	}

	/**
	 * The PDF of the invitation or the minutes.
	 * @param full with the non-public part (the members' and the office's version)
	 * @param members the members with their attendance (the minutes list who attended)
	 */
	byte[] render(UUID tenantId, Kind kind, Meeting meeting, List<Item> agenda, List<Member> members, boolean full) {
		List<Part> parts = new ArrayList<>();
		parts.add(new Part(this.messages.getMessage("council.meetings.document.publicPart", null, GERMAN),
				agenda.stream().filter(Item::isPublic).toList()));
		if (full) {
			parts.add(new Part(this.messages.getMessage("council.meetings.document.nonPublicPart", null, GERMAN),
					agenda.stream().filter((item) -> !item.isPublic()).toList()));
		}
		String title = this.messages.getMessage("council.meetings.document." + kind.name(),
				new Object[] { meeting.name(), this.times.date(meeting.startsAt()) }, GERMAN);
		Map<String, Object> variables = new HashMap<>();
		variables.put("meeting", meeting);
		variables.put("parts", parts);
		variables.put("kind", kind.name());
		variables.put("full", full);
		variables.put("documentTitle", title);
		variables.put("present", names(members, AttendanceStatus.PRESENT));
		variables.put("excused", names(members, AttendanceStatus.EXCUSED));
		variables.put("absent", names(members, AttendanceStatus.ABSENT));
		return this.documents.render(DocumentRequest.ofTemplate("council/meeting-document", variables, title, GERMAN,
				this.tenants.letterhead(tenantId)));
	}

	private static List<String> names(List<Member> members, AttendanceStatus status) {
		return members.stream().filter((m) -> m.attendance() == status).map(Member::name).toList();
	}

	/** A part of the agenda as the document shows it. */
	record Part(String title, List<Item> items) {
	}

	/**
	 * The file name of a document: {@code einladung-2026-12-10.pdf},
	 * {@code niederschrift-…}.
	 */
	String fileName(Kind kind, Meeting meeting, boolean full) {
		return (kind == Kind.INVITATION ? "einladung-" : "niederschrift-")
				+ this.times.local(meeting.startsAt()).toLocalDate() + (full ? "" : "-oeffentlich") + ".pdf";
	}

}
