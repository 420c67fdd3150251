package de.teilhabe.guides.guide;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.guides.guide.Guide.HeldQualification;
import de.teilhabe.guides.guide.Guide.Slot;
import de.teilhabe.guides.guide.Guide.SpokenLanguage;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tenant's guide profiles with their languages, availability and qualifications.
 * Every query filters on the tenant.
 */
@Repository
public class GuideStore {

	private static final String COLUMNS = """
			id, name, email, phone, home_region_key, gemeinden, topics, mobility, assignments_per_week, state,
			certificate_inspected_on, certificate_no_relevant_entry, ended_on""";

	private final JdbcClient jdbc;

	GuideStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Guide> find(UUID tenantId, UUID id) {
		return withParts(tenantId,
				this.jdbc.sql("SELECT " + COLUMNS + " FROM guide_profile WHERE tenant_id = ? AND id = ?")
					.params(tenantId, id)
					.query(GuideStore::guide)
					.list())
			.stream()
			.findFirst();
	}

	/**
	 * The profiles by name, filtered.
	 * @param state only those in this state, or null for all
	 * @param query only those whose name contains it (case-insensitive), or null
	 */
	public ApiPage<Guide> search(UUID tenantId, GuideState state, String query, ApiPaging paging) {
		StringBuilder where = new StringBuilder(" FROM guide_profile WHERE tenant_id = ?");
		List<Object> params = new ArrayList<>(List.of(tenantId));
		if (state != null) {
			where.append(" AND state = ?");
			params.add(state.name());
		}
		if (query != null && !query.isBlank()) {
			where.append(" AND strpos(lower(name), lower(?)) > 0");
			params.add(query.strip());
		}
		long total = this.jdbc.sql("SELECT count(*)" + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(paging.size());
		pageParams.add(paging.offset());
		List<Guide> items = this.jdbc.sql("SELECT " + COLUMNS + where + " ORDER BY lower(name), id LIMIT ? OFFSET ?")
			.params(pageParams)
			.query(GuideStore::guide)
			.list();
		return ApiPage.of(withParts(tenantId, items), paging, total);
	}

	/** Every profile of the tenant in a state (the candidates' pool: the active ones). */
	public List<Guide> inState(UUID tenantId, GuideState state) {
		return withParts(tenantId,
				this.jdbc.sql("SELECT " + COLUMNS + " FROM guide_profile WHERE tenant_id = ? AND state = ? ORDER BY id")
					.params(tenantId, state.name())
					.query(GuideStore::guide)
					.list());
	}

	/**
	 * The active profiles who may be candidates for a request: those speaking one of the
	 * languages needed and living in or covering the Gemeinde (the hard rules that SQL
	 * can check; the candidates' rules check them again).
	 */
	public List<Guide> activeFor(UUID tenantId, List<String> languages, String regionKey) {
		return withParts(tenantId,
				this.jdbc.sql("SELECT " + COLUMNS + """
						 FROM guide_profile p WHERE tenant_id = ? AND state = 'ACTIVE'
						AND (home_region_key = ? OR ? = ANY (gemeinden))
						AND EXISTS (SELECT 1 FROM guide_language l WHERE l.tenant_id = p.tenant_id AND l.guide_id = p.id
						  AND l.code = ANY (?::text[]))
						ORDER BY id""")
					.params(tenantId, regionKey, regionKey, languages.toArray(String[]::new))
					.query(GuideStore::guide)
					.list());
	}

	/** How many profiles the tenant has in each state. */
	public Map<GuideState, Long> countByState(UUID tenantId) {
		Map<GuideState, Long> counts = new LinkedHashMap<>();
		for (GuideState state : GuideState.values()) {
			counts.put(state, 0L);
		}
		this.jdbc.sql("SELECT state, count(*) AS n FROM guide_profile WHERE tenant_id = ? GROUP BY state")
			.param(tenantId)
			.query((ResultSet rs) -> {
				counts.put(GuideState.valueOf(rs.getString("state")), rs.getLong("n"));
			});
		return counts;
	}

	/** A new profile in a state (interested, or any for demo data); its id. */
	public UUID create(UUID tenantId, GuideForm form, GuideState state, String by, OffsetDateTime now) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					INSERT INTO guide_profile (tenant_id, id, name, email, phone, home_region_key, gemeinden, topics, mobility,
					  assignments_per_week, state, certificate_inspected_on, certificate_no_relevant_entry, ended_on,
					  created_at, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, form.name(), form.email(), form.phone(), form.homeRegion(),
					form.gemeinden().toArray(String[]::new), form.topics().toArray(String[]::new),
					form.mobility().name(), form.assignmentsPerWeek(), state.name(), form.certificateInspectedOn(),
					form.certificateNoRelevantEntry(), (state == GuideState.ENDED) ? now.toLocalDate() : null, now, now)
			.update();
		writeParts(tenantId, id, form);
		this.jdbc.sql("""
				INSERT INTO guide_state_change (tenant_id, guide_id, changed_at, from_state, to_state, changed_by)
				VALUES (?, ?, ?, NULL, ?, ?)""").params(tenantId, id, now, state.name(), by).update();
		return id;
	}

	/** Changes a profile's details (not its state). */
	public void update(UUID tenantId, UUID id, GuideForm form, OffsetDateTime now) {
		this.jdbc.sql("""
				UPDATE guide_profile SET name = ?, email = ?, phone = ?, home_region_key = ?, gemeinden = ?::text[],
				  topics = ?::text[], mobility = ?, assignments_per_week = ?, certificate_inspected_on = ?,
				  certificate_no_relevant_entry = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(form.name(), form.email(), form.phone(), form.homeRegion(), form.gemeinden().toArray(String[]::new),
					form.topics().toArray(String[]::new), form.mobility().name(), form.assignmentsPerWeek(),
					form.certificateInspectedOn(), form.certificateNoRelevantEntry(), now, tenantId, id)
			.update();
		for (String table : List.of("guide_language", "guide_availability", "guide_qualification")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE tenant_id = ? AND guide_id = ?")
				.params(tenantId, id)
				.update();
		}
		writeParts(tenantId, id, form);
	}

	/**
	 * Moves a profile from one state to another, if it is still in the first (false if it
	 * moved meanwhile); the end of an engagement is dated.
	 */
	public boolean changeState(UUID tenantId, UUID id, GuideState from, GuideState to, String by, OffsetDateTime now,
			LocalDate today) {
		int changed = this.jdbc.sql("""
				UPDATE guide_profile SET state = ?, ended_on = CASE WHEN ? = 'ENDED' THEN ?::date ELSE NULL END,
				  updated_at = ?
				WHERE tenant_id = ? AND id = ? AND state = ?""")
			.params(to.name(), to.name(), today, now, tenantId, id, from.name())
			.update();
		if (changed == 1) {
			this.jdbc.sql("""
					INSERT INTO guide_state_change (tenant_id, guide_id, changed_at, from_state, to_state, changed_by)
					VALUES (?, ?, ?, ?, ?, ?)""").params(tenantId, id, now, from.name(), to.name(), by).update();
		}
		return changed == 1;
	}

	/**
	 * Grants a qualification to a profile (a completed course): a new one with the
	 * expiry, or one held already kept at the later expiry (none, null, counts as the
	 * latest).
	 */
	public void grantQualification(UUID tenantId, UUID id, Qualification qualification, LocalDate expiresOn) {
		this.jdbc.sql("""
				INSERT INTO guide_qualification (tenant_id, guide_id, position, qualification, expires_on)
				VALUES (?, ?, (SELECT coalesce(max(position) + 1, 0) FROM guide_qualification
				  WHERE tenant_id = ? AND guide_id = ?), ?, ?)
				ON CONFLICT (tenant_id, guide_id, qualification) DO UPDATE SET expires_on =
				  CASE WHEN guide_qualification.expires_on IS NULL OR EXCLUDED.expires_on IS NULL THEN NULL
				  ELSE greatest(guide_qualification.expires_on, EXCLUDED.expires_on) END""")
			.params(tenantId, id, tenantId, id, qualification.name(), expiresOn)
			.update();
	}

	/**
	 * The lifecycle of a profile, oldest first.
	 */
	public List<StateChange> history(UUID tenantId, UUID id) {
		return this.jdbc.sql("""
				SELECT changed_at, from_state, to_state, changed_by FROM guide_state_change
				WHERE tenant_id = ? AND guide_id = ? ORDER BY changed_at, to_state""")
			.params(tenantId, id)
			.query((rs, row) -> new StateChange(rs.getObject("changed_at", OffsetDateTime.class),
					(rs.getString("from_state") != null) ? GuideState.valueOf(rs.getString("from_state")) : null,
					GuideState.valueOf(rs.getString("to_state")), rs.getString("changed_by")))
			.list();
	}

	/**
	 * A change of a profile's state.
	 *
	 * @param at when
	 * @param from the state before (null: created)
	 * @param to the state after
	 * @param by who changed it (display name)
	 */
	public record StateChange(OffsetDateTime at, GuideState from, GuideState to, String by) {
	}

	private void writeParts(UUID tenantId, UUID id, GuideForm form) {
		for (int i = 0; i < form.languages().size(); i++) {
			GuideForm.LanguageRow row = form.languages().get(i);
			this.jdbc
				.sql("INSERT INTO guide_language (tenant_id, guide_id, position, code, level) VALUES (?, ?, ?, ?, ?)")
				.params(tenantId, id, i, row.code(), row.level().name())
				.update();
		}
		for (int i = 0; i < form.availability().size(); i++) {
			GuideForm.SlotRow row = form.availability().get(i);
			this.jdbc.sql("""
					INSERT INTO guide_availability (tenant_id, guide_id, position, day, starts, ends)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(tenantId, id, i, row.day().getValue(), row.starts(), row.ends())
				.update();
		}
		for (int i = 0; i < form.qualifications().size(); i++) {
			GuideForm.QualificationRow row = form.qualifications().get(i);
			this.jdbc.sql("""
					INSERT INTO guide_qualification (tenant_id, guide_id, position, qualification, expires_on)
					VALUES (?, ?, ?, ?, ?)""")
				.params(tenantId, id, i, row.qualification().name(), row.expiresOn())
				.update();
		}
	}

	/** The guides with their languages, availability and qualifications read. */
	private List<Guide> withParts(UUID tenantId, List<Guide> guides) {
		if (guides.isEmpty()) {
			return guides;
		}
		String[] ids = guides.stream().map((guide) -> guide.id().toString()).toArray(String[]::new);
		Map<UUID, List<SpokenLanguage>> languages = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT guide_id, code, level FROM guide_language WHERE tenant_id = ? AND guide_id = ANY (?::uuid[])
				ORDER BY guide_id, position""").params(tenantId, ids).query((ResultSet rs) -> {
			languages.computeIfAbsent(rs.getObject("guide_id", UUID.class), (key) -> new ArrayList<>())
				.add(new SpokenLanguage(rs.getString("code"), LanguageLevel.valueOf(rs.getString("level"))));
		});
		Map<UUID, List<Slot>> slots = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT guide_id, day, starts, ends FROM guide_availability
				WHERE tenant_id = ? AND guide_id = ANY (?::uuid[]) ORDER BY guide_id, position""")
			.params(tenantId, ids)
			.query((ResultSet rs) -> {
				slots.computeIfAbsent(rs.getObject("guide_id", UUID.class), (key) -> new ArrayList<>())
					.add(new Slot(DayOfWeek.of(rs.getInt("day")), rs.getObject("starts", LocalTime.class),
							rs.getObject("ends", LocalTime.class)));
			});
		Map<UUID, List<HeldQualification>> qualifications = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT guide_id, qualification, expires_on FROM guide_qualification
				WHERE tenant_id = ? AND guide_id = ANY (?::uuid[]) ORDER BY guide_id, position""")
			.params(tenantId, ids)
			.query((ResultSet rs) -> {
				qualifications.computeIfAbsent(rs.getObject("guide_id", UUID.class), (key) -> new ArrayList<>())
					.add(new HeldQualification(Qualification.valueOf(rs.getString("qualification")),
							rs.getObject("expires_on", LocalDate.class)));
			});
		return guides.stream()
			.map((g) -> new Guide(g.id(), g.name(), g.email(), g.phone(), g.homeRegionKey(), g.gemeinden(), g.topics(),
					g.mobility(), g.assignmentsPerWeek(), g.state(), g.certificateInspectedOn(),
					g.certificateNoRelevantEntry(), g.endedOn(), languages.getOrDefault(g.id(), List.of()),
					slots.getOrDefault(g.id(), List.of()), qualifications.getOrDefault(g.id(), List.of())))
			.toList();
	}

	private static Guide guide(ResultSet rs, int row) throws SQLException {
		return new Guide(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("email"),
				rs.getString("phone"), rs.getString("home_region_key"),
				Arrays.asList((String[]) rs.getArray("gemeinden").getArray()),
				Arrays.stream((String[]) rs.getArray("topics").getArray()).map(Topic::valueOf).toList(),
				Mobility.valueOf(rs.getString("mobility")), rs.getInt("assignments_per_week"),
				GuideState.valueOf(rs.getString("state")), rs.getObject("certificate_inspected_on", LocalDate.class),
				rs.getBoolean("certificate_no_relevant_entry"), rs.getObject("ended_on", LocalDate.class), List.of(),
				List.of(), List.of());
	}

}
