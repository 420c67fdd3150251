package de.teilhabe.council.paper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.council.model.ConsultationRole;
import de.teilhabe.council.model.FilePurpose;
import de.teilhabe.council.model.PaperType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Papers with their consultations and files of a tenant, without the tombstones. Every
 * query filters on the tenant; every write sets {@code modified_at}.
 */
@Repository
class PaperStore {

	/** Papers per page of the list. */
	static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	PaperStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A record offered by name in a form's choice. */
	record Choice(UUID id, String name) {
	}

	record Paper(UUID id, String reference, String name, PaperType paperType, LocalDate paperDate, boolean isPublic,
			UUID originatorId, String originator) {
	}

	record Consultation(UUID id, UUID committeeId, String committee, UUID meetingId, String meeting,
			OffsetDateTime meetingStart, ConsultationRole role, boolean authoritative, String result) {
	}

	record File(UUID id, UUID paperId, FilePurpose purpose, String name, String fileName, String mimeType,
			LocalDate fileDate, int size, String sha1) {
	}

	record Meeting(UUID id, UUID committeeId, String name, OffsetDateTime startsAt) {
	}

	/** The list's filters; null: any. */
	record Filter(PaperType type, Integer year, Boolean isPublic, String q) {

		String likePattern() {
			return "%" + this.q.toLowerCase(java.util.Locale.ROOT)
				.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_") + "%";
		}

	}

	private static final String PAPER = """
			SELECT p.id, p.reference, p.name, p.paper_type, p.paper_date, p.public, p.originator_committee_id,
			       c.name AS originator
			FROM council_paper p
			LEFT JOIN council_committee c ON c.tenant_id = p.tenant_id AND c.id = p.originator_committee_id
			""";

	private static Paper paper(ResultSet rs, int row) throws SQLException {
		return new Paper(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("name"),
				PaperType.valueOf(rs.getString("paper_type")), rs.getObject("paper_date", LocalDate.class),
				rs.getBoolean("public"), rs.getObject("originator_committee_id", UUID.class),
				rs.getString("originator"));
	}

	private record Where(String sql, List<Object> params) {
	}

	private static Where where(UUID tenantId, Filter filter) {
		StringBuilder sql = new StringBuilder(" WHERE p.tenant_id = ? AND NOT p.deleted");
		List<Object> params = new ArrayList<>(List.of(tenantId));
		if (filter.type() != null) {
			sql.append(" AND p.paper_type = ?");
			params.add(filter.type().name());
		}
		if (filter.year() != null) {
			sql.append(" AND p.paper_date >= ? AND p.paper_date < ?");
			params.add(LocalDate.of(filter.year(), 1, 1));
			params.add(LocalDate.of(filter.year() + 1, 1, 1));
		}
		if (filter.isPublic() != null) {
			sql.append(" AND p.public = ?");
			params.add(filter.isPublic());
		}
		if (filter.q() != null) {
			sql.append(" AND (lower(p.reference) LIKE ? OR lower(p.name) LIKE ?)");
			params.add(filter.likePattern());
			params.add(filter.likePattern());
		}
		return new Where(sql.toString(), params);
	}

	long count(UUID tenantId, Filter filter) {
		Where where = where(tenantId, filter);
		return this.jdbc.sql("SELECT count(*) FROM council_paper p" + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	/** A page of the papers, the latest first. */
	List<Paper> papers(UUID tenantId, Filter filter, int page) {
		Where where = where(tenantId, filter);
		List<Object> params = new ArrayList<>(where.params());
		params.add(PAGE_SIZE);
		params.add((long) page * PAGE_SIZE);
		return this.jdbc.sql(PAPER + where.sql() + " ORDER BY p.paper_date DESC, p.reference DESC LIMIT ? OFFSET ?")
			.params(params)
			.query(PaperStore::paper)
			.list();
	}

	/** The years papers are dated in, the latest first. */
	List<Integer> years(UUID tenantId) {
		return this.jdbc.sql("""
				SELECT DISTINCT CAST(extract(YEAR FROM paper_date) AS INT) AS y FROM council_paper
				WHERE tenant_id = ? AND NOT deleted ORDER BY y DESC""").params(tenantId).query(Integer.class).list();
	}

	Optional<Paper> paper(UUID tenantId, UUID id) {
		return this.jdbc.sql(PAPER + " WHERE p.tenant_id = ? AND p.id = ? AND NOT p.deleted")
			.params(tenantId, id)
			.query(PaperStore::paper)
			.optional();
	}

	/** The Beirat and its working groups, the Beirat first. */
	List<Choice> committees(UUID tenantId) {
		return this.jdbc.sql("""
				SELECT id, name FROM council_committee WHERE tenant_id = ? AND NOT deleted
				AND kind IN ('COUNCIL', 'WORKING_GROUP') ORDER BY kind, lower(name)""")
			.params(tenantId)
			.query((rs, row) -> new Choice(rs.getObject("id", UUID.class), rs.getString("name")))
			.list();
	}

	/** The meetings of the council and its working groups, the latest first. */
	List<Meeting> meetings(UUID tenantId) {
		return this.jdbc.sql("""
				SELECT m.id, m.committee_id, m.name, m.starts_at FROM council_meeting m
				JOIN council_committee c ON c.tenant_id = m.tenant_id AND c.id = m.committee_id
				                        AND c.kind IN ('COUNCIL', 'WORKING_GROUP')
				WHERE m.tenant_id = ? AND NOT m.deleted
				ORDER BY m.starts_at DESC, m.id""")
			.params(tenantId)
			.query((rs, row) -> new Meeting(rs.getObject("id", UUID.class), rs.getObject("committee_id", UUID.class),
					rs.getString("name"), rs.getObject("starts_at", OffsetDateTime.class)))
			.list();
	}

	/**
	 * Creates a paper with the next reference of its year
	 * ({@code <prefix>/<year>/<number>}, unique per tenant, deleted papers included).
	 * @return the reference
	 */
	String create(UUID tenantId, UUID id, PaperForm form, String prefix, OffsetDateTime now) {
		// one reference at a time per tenant
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))")
			.params("council_paper:" + tenantId)
			.query(Object.class)
			.single();
		String start = prefix + "/" + form.paperDate().getYear() + "/";
		int last = this.jdbc.sql("""
				SELECT coalesce(max(CAST(substring(reference FROM ?) AS INT)), 0) FROM council_paper
				WHERE tenant_id = ? AND starts_with(reference, ?) AND substring(reference FROM ?) IS NOT NULL""")
			.params(number(start), tenantId, start, number(start))
			.query(Integer.class)
			.single();
		String reference = start + String.format("%03d", last + 1);
		this.jdbc.sql("""
				INSERT INTO council_paper (tenant_id, id, reference, name, paper_type, paper_date, public,
				                           originator_committee_id, created_at, modified_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, reference, form.name(), form.paperType().name(), form.paperDate(), form.publicPaper(),
					form.originator(), now, now)
			.update();
		return reference;
	}

	/**
	 * The pattern of a reference's number after its start (every other character
	 * escaped).
	 */
	private static String number(String start) {
		return "^" + start.replaceAll("([^A-Za-z0-9])", "\\\\$1") + "([0-9]{1,9})$";
	}

	void update(UUID tenantId, UUID id, PaperForm form, OffsetDateTime now) {
		this.jdbc.sql("""
				UPDATE council_paper SET name = ?, paper_type = ?, paper_date = ?, public = ?,
				       originator_committee_id = ?, modified_at = ?
				WHERE tenant_id = ? AND id = ? AND NOT deleted""")
			.params(form.name(), form.paperType().name(), form.paperDate(), form.publicPaper(), form.originator(), now,
					tenantId, id)
			.update();
	}

	// consultations

	private static final String CONSULTATION = """
			SELECT k.id, k.committee_id, c.name AS committee, k.meeting_id, m.name AS meeting, m.starts_at, k.role,
			       k.authoritative, k.result, k.paper_id
			FROM council_consultation k
			JOIN council_committee c ON c.tenant_id = k.tenant_id AND c.id = k.committee_id
			LEFT JOIN council_meeting m ON m.tenant_id = k.tenant_id AND m.id = k.meeting_id
			""";

	private static Consultation consultation(ResultSet rs, int row) throws SQLException {
		return new Consultation(rs.getObject("id", UUID.class), rs.getObject("committee_id", UUID.class),
				rs.getString("committee"), rs.getObject("meeting_id", UUID.class), rs.getString("meeting"),
				rs.getObject("starts_at", OffsetDateTime.class), ConsultationRole.of(rs.getString("role")),
				rs.getBoolean("authoritative"), rs.getString("result"));
	}

	List<Consultation> consultations(UUID tenantId, UUID paperId) {
		return this.jdbc.sql(CONSULTATION + """
				WHERE k.tenant_id = ? AND k.paper_id = ? AND NOT k.deleted ORDER BY m.starts_at NULLS LAST, k.id""")
			.params(tenantId, paperId)
			.query(PaperStore::consultation)
			.list();
	}

	/** A consultation with the id of its paper. */
	Optional<java.util.Map.Entry<UUID, Consultation>> consultation(UUID tenantId, UUID id) {
		return this.jdbc.sql(CONSULTATION + """
				JOIN council_paper p ON p.tenant_id = k.tenant_id AND p.id = k.paper_id AND NOT p.deleted
				WHERE k.tenant_id = ? AND k.id = ? AND NOT k.deleted""")
			.params(tenantId, id)
			.query((rs, row) -> java.util.Map.entry(rs.getObject("paper_id", UUID.class), consultation(rs, row)))
			.optional();
	}

	void createConsultation(UUID tenantId, UUID id, UUID paperId, ConsultationForm form, OffsetDateTime now) {
		this.jdbc
			.sql("""
					INSERT INTO council_consultation (tenant_id, id, paper_id, meeting_id, committee_id, role, authoritative,
					                                  result, created_at, modified_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, paperId, form.meeting(), form.committee(), form.role().stored(), form.authoritative(),
					form.result(), now, now)
			.update();
	}

	void updateConsultation(UUID tenantId, UUID id, ConsultationForm form, OffsetDateTime now) {
		this.jdbc.sql("""
				UPDATE council_consultation SET meeting_id = ?, committee_id = ?, role = ?, authoritative = ?,
				       result = ?, modified_at = ?
				WHERE tenant_id = ? AND id = ? AND NOT deleted""")
			.params(form.meeting(), form.committee(), form.role().stored(), form.authoritative(), form.result(), now,
					tenantId, id)
			.update();
	}

	// files

	private static final String FILE = """
			SELECT f.id, f.paper_id, f.purpose, f.name, f.file_name, f.mime_type, f.file_date, f.size, f.sha1
			FROM council_file f
			""";

	private static File file(ResultSet rs, int row) throws SQLException {
		return new File(rs.getObject("id", UUID.class), rs.getObject("paper_id", UUID.class),
				FilePurpose.valueOf(rs.getString("purpose")), rs.getString("name"), rs.getString("file_name"),
				rs.getString("mime_type"), rs.getObject("file_date", LocalDate.class), rs.getInt("size"),
				rs.getString("sha1"));
	}

	List<File> files(UUID tenantId, UUID paperId) {
		return this.jdbc.sql(FILE + """
				WHERE f.tenant_id = ? AND f.paper_id = ? AND NOT f.deleted ORDER BY f.purpose DESC, f.created_at""")
			.params(tenantId, paperId)
			.query(PaperStore::file)
			.list();
	}

	/** A file of a paper (not deleted, nor its paper). */
	Optional<File> file(UUID tenantId, UUID id) {
		return this.jdbc.sql(FILE + """
				JOIN council_paper p ON p.tenant_id = f.tenant_id AND p.id = f.paper_id AND NOT p.deleted
				WHERE f.tenant_id = ? AND f.id = ? AND NOT f.deleted""")
			.params(tenantId, id)
			.query(PaperStore::file)
			.optional();
	}

	Optional<byte[]> content(UUID tenantId, UUID id) {
		return this.jdbc.sql("SELECT content FROM council_file WHERE tenant_id = ? AND id = ? AND NOT deleted")
			.params(tenantId, id)
			.query((rs, row) -> rs.getBytes("content"))
			.optional();
	}

	/**
	 * Stores a paper's file; a new main file replaces the paper's main file before (which
	 * becomes a tombstone).
	 * @return the id of the main file it replaced, if any
	 */
	Optional<UUID> createFile(UUID tenantId, UUID id, UUID paperId, FilePurpose purpose, String name, String fileName,
			LocalDate date, byte[] content, String sha1, OffsetDateTime now) {
		Optional<UUID> replaced = Optional.empty();
		if (purpose == FilePurpose.MAIN) {
			replaced = this.jdbc.sql("""
					UPDATE council_file SET deleted = TRUE, modified_at = ?
					WHERE tenant_id = ? AND paper_id = ? AND purpose = 'MAIN' AND NOT deleted RETURNING id""")
				.params(now, tenantId, paperId)
				.query(UUID.class)
				.list()
				.stream()
				.findFirst();
		}
		this.jdbc.sql("""
				INSERT INTO council_file (tenant_id, id, paper_id, purpose, name, file_name, mime_type, file_date, size,
				                          sha1, content, created_at, modified_at)
				VALUES (?, ?, ?, ?, ?, ?, 'application/pdf', ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, paperId, purpose.name(), name, fileName, date, content.length, sha1, content, now,
					now)
			.update();
		this.jdbc.sql("UPDATE council_paper SET modified_at = ? WHERE tenant_id = ? AND id = ?")
			.params(now, tenantId, paperId)
			.update();
		return replaced;
	}

}
