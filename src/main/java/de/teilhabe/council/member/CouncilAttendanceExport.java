package de.teilhabe.council.member;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.teilhabe.council.meeting.AttendanceStatus;
import de.teilhabe.shared.privacy.DataSubject;
import de.teilhabe.shared.privacy.DataSubjectExporter;
import de.teilhabe.shared.privacy.DataSubjectSection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Art. 15 export of a Beirat person's attendance at meetings: meeting, committee,
 * date, status and when the minutes were published; for
 * {@value CouncilMemberPrivacy#CONTACT} only the meetings whose minutes are not published
 * (what that subject's erasure deletes).
 */
@Component
class CouncilAttendanceExport implements DataSubjectExporter {

	private final JdbcClient jdbc;

	CouncilAttendanceExport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> subjectTypes() {
		return Set.of(CouncilMemberPrivacy.MEMBER, CouncilMemberPrivacy.CONTACT);
	}

	@Override
	public Optional<DataSubjectSection> export(DataSubject subject) {
		if (!supports(subject.type())) {
			return Optional.empty();
		}
		String unpublished = CouncilMemberPrivacy.CONTACT.equals(subject.type()) ? " AND m.minutes_published_at IS NULL"
				: "";
		List<Map<String, Object>> attendance = subject.uuid()
			.map((id) -> this.jdbc
				.sql("""
						SELECT m.name, c.name AS committee, m.starts_at, a.status, m.minutes_published_at
						FROM council_attendance a
						JOIN council_person p ON p.tenant_id = a.tenant_id AND p.id = a.person_id
						JOIN council_meeting m ON m.tenant_id = a.tenant_id AND m.id = a.meeting_id
						JOIN council_committee c ON c.tenant_id = m.tenant_id AND c.id = m.committee_id
						WHERE a.tenant_id = ? AND a.person_id = ? AND""" + " " + CouncilMemberPrivacy.NAMED
						+ unpublished + " ORDER BY m.starts_at, m.id")
				.params(subject.tenantId(), id)
				.query((rs, row) -> {
					Map<String, Object> data = new LinkedHashMap<>();
					data.put("councilMeeting", rs.getString("name"));
					data.put("committee", rs.getString("committee"));
					data.put("councilMeetingAt", rs.getObject("starts_at", OffsetDateTime.class));
					data.put("councilAttendance", AttendanceStatus.valueOf(rs.getString("status")));
					data.put("councilMinutesPublishedAt", rs.getObject("minutes_published_at", OffsetDateTime.class));
					return data;
				})
				.list())
			.orElse(List.of());
		return attendance.isEmpty() ? Optional.empty()
				: Optional.of(new DataSubjectSection("council.attendance", attendance));
	}

}
