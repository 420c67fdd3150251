package de.teilhabe.counselling.statistics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.counselling.client.ClientPrivacy;
import de.teilhabe.counselling.client.Clients;
import de.teilhabe.region.Region;
import de.teilhabe.shared.privacy.DataSubject;
import de.teilhabe.shared.privacy.DataSubjectExporter;
import de.teilhabe.shared.privacy.DataSubjectSection;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What is stored about a client for the statistics, in the Art. 15 export (section
 * {@code counselling.case-categories}): per case of the client the coarse categories
 * taken at its opening ({@code counselling_case_category}: age band, nationality group,
 * gender, Gemeinde) and when they were taken, in words (German, as the other sections of
 * the Beratungsstelle). Nothing is decrypted (the categories are plain coarse codes), so
 * the export of this section needs no entry in the audit log of its own; the client's
 * section records the request. Anonymised cases have no client and are not exported.
 */
@Component
class CaseCategoriesPrivacy implements DataSubjectExporter {

	static final String SECTION = "counselling.case-categories";

	private final JdbcClient jdbc;

	private final Clients clients;

	private final MessageSource messages;

	CaseCategoriesPrivacy(JdbcClient jdbc, Clients clients, MessageSource messages) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.messages = messages;
	}

	@Override
	public Set<String> subjectTypes() {
		return Set.of(ClientPrivacy.SUBJECT_TYPE);
	}

	@Override
	public Optional<DataSubjectSection> export(DataSubject subject) {
		if (!supports(subject.type())) {
			return Optional.empty();
		}
		return subject.uuid().flatMap((client) -> {
			UUID tenantId = subject.tenantId();
			Map<String, String> gemeinden = new LinkedHashMap<>();
			for (Region region : this.clients.gemeinden(tenantId)) {
				gemeinden.put(region.key(), region.label());
			}
			List<Map<String, Object>> rows = this.jdbc.sql("""
					SELECT c.kind, c.opened_on, k.age_band, k.nationality_group, k.gender, k.gemeinde, k.recorded_at
					FROM counselling_case_category k
					JOIN counselling_case c ON c.tenant_id = k.tenant_id AND c.id = k.case_id
					WHERE k.tenant_id = ? AND c.client_id = ? ORDER BY c.opened_on, c.id""")
				.params(tenantId, client)
				.query((rs, row) -> {
					Map<String, Object> entry = new LinkedHashMap<>();
					entry.put("caseKind", text("counselling.privacy.value." + rs.getString("kind")));
					entry.put("caseOpenedOn", rs.getObject("opened_on", LocalDate.class));
					entry.put("ageBand", text("counselling.statistics.age." + rs.getString("age_band")));
					entry.put("nationalityGroup",
							text("counselling.statistics.nationality." + rs.getString("nationality_group")));
					String gender = rs.getString("gender");
					entry.put("gender", text("counselling.gender." + gender));
					String gemeinde = rs.getString("gemeinde");
					entry.put("gemeinde", (gemeinde != null) ? gemeinden.getOrDefault(gemeinde, gemeinde)
							: text("counselling.statistics.UNKNOWN"));
					entry.put("categoriesRecordedAt", rs.getObject("recorded_at", OffsetDateTime.class));
					return entry;
				})
				.list();
			return rows.isEmpty() ? Optional.empty() : Optional.of(new DataSubjectSection(SECTION, rows));
		});
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, Locale.GERMAN);
	}

}
