package de.teilhabe.council.member;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.teilhabe.council.model.MemberRole;
import de.teilhabe.shared.privacy.DataSubject;
import de.teilhabe.shared.privacy.DataSubjectExporter;
import de.teilhabe.shared.privacy.DataSubjectSection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Art. 15 export of a Beirat person's memberships (subject type
 * {@value CouncilMemberPrivacy#MEMBER}): committee, term, role, voting right, delegated
 * by, from and until, whom the membership replaced and who replaced it; tombstones too
 * (they are still stored).
 */
@Component
class CouncilMembershipExport implements DataSubjectExporter {

	private final JdbcClient jdbc;

	CouncilMembershipExport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> subjectTypes() {
		return Set.of(CouncilMemberPrivacy.MEMBER);
	}

	@Override
	public Optional<DataSubjectSection> export(DataSubject subject) {
		if (!supports(subject.type())) {
			return Optional.empty();
		}
		List<Map<String, Object>> memberships = subject.uuid().map((id) -> this.jdbc.sql("""
				SELECT c.name AS committee, t.name AS term, m.role, m.voting_right, m.delegated_by, m.start_date,
				       m.end_date, m.deleted,
				       (SELECT rp.given_name || ' ' || rp.family_name FROM council_membership r
				        JOIN council_person rp ON rp.tenant_id = r.tenant_id AND rp.id = r.person_id
				        WHERE r.tenant_id = m.tenant_id AND r.id = m.replaces_id) AS replaces,
				       (SELECT string_agg(sp.given_name || ' ' || sp.family_name, ', ') FROM council_membership s
				        JOIN council_person sp ON sp.tenant_id = s.tenant_id AND sp.id = s.person_id
				        WHERE s.tenant_id = m.tenant_id AND s.replaces_id = m.id AND NOT s.deleted) AS replaced_by
				FROM council_membership m
				JOIN council_person p ON p.tenant_id = m.tenant_id AND p.id = m.person_id
				JOIN council_committee c ON c.tenant_id = m.tenant_id AND c.id = m.committee_id AND c.kind <> 'NETWORK'
				LEFT JOIN council_term t ON t.tenant_id = m.tenant_id AND t.id = m.term_id
				WHERE m.tenant_id = ? AND m.person_id = ? AND""" + " " + CouncilMemberPrivacy.NAMED + """

				ORDER BY m.start_date, c.name, m.id""").params(subject.tenantId(), id).query((rs, row) -> {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("committee", rs.getString("committee"));
			data.put("councilTerm", rs.getString("term"));
			data.put("committeeRole", MemberRole.valueOf(rs.getString("role")));
			data.put("votingRight", rs.getBoolean("voting_right"));
			data.put("councilDelegatedBy", rs.getString("delegated_by"));
			data.put("memberFrom", rs.getObject("start_date", LocalDate.class));
			data.put("memberUntil", rs.getObject("end_date", LocalDate.class));
			data.put("councilReplaces", blankToNull(rs.getString("replaces")));
			data.put("councilReplacedBy", blankToNull(rs.getString("replaced_by")));
			data.put("councilDeletedByOffice", rs.getBoolean("deleted"));
			return data;
		}).list()).orElse(List.of());
		return memberships.isEmpty() ? Optional.empty()
				: Optional.of(new DataSubjectSection("council.memberships", memberships));
	}

	/** A successor or predecessor erased since: no name. */
	private static String blankToNull(String name) {
		return (name == null || name.isBlank()) ? null : name;
	}

}
