package de.teilhabe.strategy.dialog;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.shared.privacy.ConsentOwner;
import de.teilhabe.shared.privacy.DataSubject;
import de.teilhabe.shared.privacy.DataSubjectEraser;
import de.teilhabe.shared.privacy.DataSubjectExporter;
import de.teilhabe.shared.privacy.DataSubjectFinder;
import de.teilhabe.shared.privacy.DataSubjectSection;
import de.teilhabe.shared.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The privacy hooks of named workshop participants (subject type
 * {@value Participants#SUBJECT_TYPE}, id: the participant's id): found by name, exported
 * (Art. 15) with the workshop, erased (Art. 17) by deleting the row (the workshop keeps
 * its count); their consents are recorded, and may be withdrawn, by STRATEGY. After a
 * withdrawal the name is no longer shown anywhere (pages and protocol show only names
 * with a valid consent).
 */
@Component
class ParticipantPrivacy implements DataSubjectFinder, DataSubjectExporter, DataSubjectEraser, ConsentOwner {

	private static final String SECTION = "strategy.workshop-participant";

	private final JdbcClient jdbc;

	ParticipantPrivacy(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> subjectTypes() {
		return Set.of(Participants.SUBJECT_TYPE);
	}

	@Override
	public List<FoundRecord> find(UUID tenantId, String query) {
		return this.jdbc.sql("""
				SELECT p.id, p.name, w.title FROM strategy_workshop_participant p
				JOIN strategy_workshop w ON w.tenant_id = p.tenant_id AND w.id = p.workshop_id
				WHERE p.tenant_id = ? AND p.name ILIKE ? ORDER BY lower(p.name), p.id LIMIT ?""")
			.params(tenantId, DataSubjectFinder.containsPattern(query), LIMIT)
			.query((rs, row) -> new FoundRecord(
					new DataSubject(tenantId, Participants.SUBJECT_TYPE, rs.getObject("id", UUID.class).toString()),
					"privacy.kind." + Participants.SUBJECT_TYPE, rs.getString("name"), null, rs.getString("title")))
			.list();
	}

	@Override
	public Optional<String> nameOf(DataSubject subject) {
		return row(subject).map((row) -> (String) row.get("name"));
	}

	@Override
	public Optional<DataSubjectSection> export(DataSubject subject) {
		return row(subject).map((row) -> {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("name", row.get("name"));
			data.put("workshop", row.get("title"));
			data.put("workshopAt", row.get("starts_at"));
			data.put("place", row.get("place"));
			return new DataSubjectSection(SECTION, data);
		});
	}

	@Override
	public Erasure erase(DataSubject subject, String reason) {
		int affected = subject.uuid()
			.map((id) -> this.jdbc.sql("DELETE FROM strategy_workshop_participant WHERE tenant_id = ? AND id = ?")
				.params(subject.tenantId(), id)
				.update())
			.orElse(0);
		return new Erasure(SECTION, affected, "strategy.dialog.privacy.erased");
	}

	@Override
	public Set<Role> recordedBy() {
		return Set.of(Role.STRATEGY);
	}

	@Override
	public Optional<String> describe(DataSubject subject) {
		return row(subject).map((row) -> row.get("name") + " (" + row.get("title") + ")");
	}

	@Override
	public String afterWithdrawal() {
		return "strategy.dialog.privacy.afterWithdrawal";
	}

	@Override
	public Optional<String> page(DataSubject subject) {
		return row(subject).map((row) -> "/strategy/workshops/" + row.get("workshop_id"));
	}

	private Optional<Map<String, Object>> row(DataSubject subject) {
		if (!supports(subject.type())) {
			return Optional.empty();
		}
		return subject.uuid().flatMap((id) -> this.jdbc.sql("""
				SELECT p.name, p.workshop_id, w.title, w.starts_at, w.place FROM strategy_workshop_participant p
				JOIN strategy_workshop w ON w.tenant_id = p.tenant_id AND w.id = p.workshop_id
				WHERE p.tenant_id = ? AND p.id = ?""").params(subject.tenantId(), id).query((rs, n) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("name", rs.getString("name"));
			row.put("workshop_id", rs.getObject("workshop_id", UUID.class));
			row.put("title", rs.getString("title"));
			row.put("starts_at", rs.getObject("starts_at", OffsetDateTime.class));
			row.put("place", rs.getString("place"));
			return row;
		}).optional());
	}

}
