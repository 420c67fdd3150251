package de.teilhabe.guides.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.guides.guide.GuideState;
import de.teilhabe.guides.guide.Qualification;
import de.teilhabe.guides.training.Course.Session;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tenant's courses with their sessions, participants, attendance and completions, and
 * the qualifications of active guides that lapse soon. Every query filters on the tenant.
 */
@Repository
public class TrainingStore {

	private static final String COLUMNS = """
			c.id, c.title, c.kind, c.description, c.qualification, c.validity_years, c.capacity, c.trainers,
			(SELECT count(*) FROM guide_course_participant p WHERE p.tenant_id = c.tenant_id AND p.course_id = c.id)
			  AS enrolled""";

	/** Upcoming (not yet over) first, soonest first; then past ones, latest first. */
	private static final String ORDER = " ORDER BY (c.last_day < ?), CASE WHEN c.last_day >= ? THEN c.first_day END,"
			+ " c.first_day DESC, c.title, c.id";

	private final JdbcClient jdbc;

	TrainingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Course> find(UUID tenantId, UUID id) {
		return withSessions(tenantId,
				this.jdbc.sql("SELECT " + COLUMNS + " FROM guide_course c WHERE c.tenant_id = ? AND c.id = ?")
					.params(tenantId, id)
					.query(TrainingStore::course)
					.list())
			.stream()
			.findFirst();
	}

	/** The courses, upcoming first (soonest first), then past ones (latest first). */
	public ApiPage<Course> list(UUID tenantId, LocalDate today, ApiPaging paging) {
		long total = this.jdbc.sql("SELECT count(*) FROM guide_course WHERE tenant_id = ?")
			.param(tenantId)
			.query(Long.class)
			.single();
		List<Course> items = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM guide_course c WHERE c.tenant_id = ?" + ORDER + " LIMIT ? OFFSET ?")
			.params(tenantId, today, today, paging.size(), paging.offset())
			.query(TrainingStore::course)
			.list();
		return ApiPage.of(withSessions(tenantId, items), paging, total);
	}

	/**
	 * The planned courses (first session today or later) granting one of these
	 * qualifications, soonest first.
	 */
	List<Course> upcomingGranting(UUID tenantId, LocalDate today) {
		return withSessions(tenantId, this.jdbc.sql("SELECT " + COLUMNS + " FROM guide_course c " + """
				 WHERE c.tenant_id = ? AND c.qualification IS NOT NULL AND c.first_day >= ?
				ORDER BY c.first_day, c.title""").params(tenantId, today).query(TrainingStore::course).list());
	}

	/** The courses a guide is enrolled in (as in {@link #list}). */
	List<Course> ofGuide(UUID tenantId, UUID guideId, LocalDate today) {
		return withSessions(tenantId,
				this.jdbc.sql("SELECT " + COLUMNS + " FROM guide_course c " + """
						WHERE c.tenant_id = ? AND EXISTS (SELECT 1 FROM guide_course_participant p
						WHERE p.tenant_id = c.tenant_id AND p.course_id = c.id AND p.guide_id = ?)""" + ORDER)
					.params(tenantId, guideId, today, today)
					.query(TrainingStore::course)
					.list());
	}

	public UUID create(UUID tenantId, CourseForm form, OffsetDateTime now) {
		UUID id = UUID.randomUUID();
		List<CourseForm.SessionRow> sessions = form.sessionsInOrder();
		this.jdbc
			.sql("""
					INSERT INTO guide_course (tenant_id, id, title, kind, description, qualification, validity_years, capacity,
					  trainers, first_day, last_day, created_at, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, form.title(), form.kind().name(), form.description(),
					(form.qualification() != null) ? form.qualification().name() : null, form.validityYears(),
					form.capacity(), form.trainers(), sessions.get(0).day(), sessions.get(sessions.size() - 1).day(),
					now, now)
			.update();
		for (CourseForm.SessionRow session : sessions) {
			insertSession(tenantId, id, session);
		}
		return id;
	}

	/**
	 * Changes a course. A session of the same day and start as before keeps its recorded
	 * attendance; the others are new, and a session no longer in the form is removed with
	 * its attendance.
	 */
	void update(UUID tenantId, UUID id, CourseForm form, OffsetDateTime now) {
		List<CourseForm.SessionRow> sessions = form.sessionsInOrder();
		this.jdbc.sql("""
				UPDATE guide_course SET title = ?, kind = ?, description = ?, qualification = ?, validity_years = ?,
				  capacity = ?, trainers = ?, first_day = ?, last_day = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(form.title(), form.kind().name(), form.description(),
					(form.qualification() != null) ? form.qualification().name() : null, form.validityYears(),
					form.capacity(), form.trainers(), sessions.get(0).day(), sessions.get(sessions.size() - 1).day(),
					now, tenantId, id)
			.update();
		Map<String, UUID> existing = new HashMap<>();
		this.jdbc.sql("SELECT id, day, starts FROM guide_course_session WHERE tenant_id = ? AND course_id = ?")
			.params(tenantId, id)
			.query((ResultSet rs) -> {
				existing.put(rs.getObject("day", LocalDate.class) + " " + rs.getObject("starts", LocalTime.class),
						rs.getObject("id", UUID.class));
			});
		List<CourseForm.SessionRow> added = new ArrayList<>();
		for (CourseForm.SessionRow session : sessions) {
			UUID kept = existing.remove(session.day() + " " + session.starts());
			if (kept != null) {
				this.jdbc.sql("UPDATE guide_course_session SET ends = ?, place = ? WHERE tenant_id = ? AND id = ?")
					.params(session.ends(), session.place(), tenantId, kept)
					.update();
			}
			else {
				added.add(session);
			}
		}
		for (UUID gone : existing.values()) {
			this.jdbc.sql("DELETE FROM guide_course_session WHERE tenant_id = ? AND id = ?")
				.params(tenantId, gone)
				.update();
		}
		for (CourseForm.SessionRow session : added) {
			insertSession(tenantId, id, session);
		}
	}

	private void insertSession(UUID tenantId, UUID courseId, CourseForm.SessionRow session) {
		this.jdbc.sql("""
				INSERT INTO guide_course_session (tenant_id, id, course_id, day, starts, ends, place)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, UUID.randomUUID(), courseId, session.day(), session.starts(), session.ends(),
					session.place())
			.update();
	}

	/** The participants of a course by name, with their attendance. */
	public List<Participant> participants(UUID tenantId, UUID courseId) {
		Map<UUID, Map<UUID, Attendance>> attendance = new HashMap<>();
		this.jdbc
			.sql("""
					SELECT guide_id, session_id, status FROM guide_course_attendance WHERE tenant_id = ? AND course_id = ?""")
			.params(tenantId, courseId)
			.query((ResultSet rs) -> {
				attendance.computeIfAbsent(rs.getObject("guide_id", UUID.class), (key) -> new HashMap<>())
					.put(rs.getObject("session_id", UUID.class), Attendance.valueOf(rs.getString("status")));
			});
		return this.jdbc.sql("""
				SELECT p.guide_id, g.name, g.state, p.completed_on, p.completion_reason
				FROM guide_course_participant p JOIN guide_profile g ON g.tenant_id = p.tenant_id AND g.id = p.guide_id
				WHERE p.tenant_id = ? AND p.course_id = ? ORDER BY lower(g.name), g.id""")
			.params(tenantId, courseId)
			.query((rs, row) -> {
				UUID guide = rs.getObject("guide_id", UUID.class);
				return new Participant(guide, rs.getString("name"), GuideState.valueOf(rs.getString("state")),
						attendance.getOrDefault(guide, Map.of()), rs.getObject("completed_on", LocalDate.class),
						rs.getString("completion_reason"));
			})
			.list();
	}

	/** A guide's participation in a course, if enrolled. */
	Optional<Participant> participant(UUID tenantId, UUID courseId, UUID guideId) {
		return participants(tenantId, courseId).stream().filter((p) -> p.guideId().equals(guideId)).findFirst();
	}

	/**
	 * The guides not ended and not enrolled in the course whose name contains the query,
	 * by name (at most 20).
	 */
	List<Enrollable> enrollable(UUID tenantId, UUID courseId, String query) {
		return this.jdbc.sql("""
				SELECT g.id, g.name, g.state FROM guide_profile g
				WHERE g.tenant_id = ? AND g.state <> 'ENDED' AND strpos(lower(g.name), lower(?)) > 0
				AND NOT EXISTS (SELECT 1 FROM guide_course_participant p WHERE p.tenant_id = g.tenant_id
				  AND p.course_id = ? AND p.guide_id = g.id)
				ORDER BY lower(g.name), g.id LIMIT 20""")
			.params(tenantId, query.strip(), courseId)
			.query((rs, row) -> new Enrollable(rs.getObject("id", UUID.class), rs.getString("name"),
					GuideState.valueOf(rs.getString("state"))))
			.list();
	}

	/**
	 * A guide that may be enrolled.
	 *
	 * @param id the guide
	 * @param name its name
	 * @param state where it stands
	 */
	record Enrollable(UUID id, String name, GuideState state) {
	}

	/** Enrols a guide (false if enrolled already). */
	public boolean enrol(UUID tenantId, UUID courseId, UUID guideId, String by, OffsetDateTime now) {
		return this.jdbc.sql("""
				INSERT INTO guide_course_participant (tenant_id, course_id, guide_id, enrolled_at, enrolled_by)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(tenantId, courseId, guideId, now, by)
			.update() == 1;
	}

	/** Removes a guide not completed from a course, with its attendance. */
	boolean withdraw(UUID tenantId, UUID courseId, UUID guideId) {
		return this.jdbc.sql("""
				DELETE FROM guide_course_participant
				WHERE tenant_id = ? AND course_id = ? AND guide_id = ? AND completed_on IS NULL""")
			.params(tenantId, courseId, guideId)
			.update() == 1;
	}

	/** Records (or with null clears) a participant's attendance at a session. */
	public void attend(UUID tenantId, UUID courseId, UUID sessionId, UUID guideId, Attendance status, String by,
			OffsetDateTime now) {
		if (status == null) {
			this.jdbc.sql("DELETE FROM guide_course_attendance WHERE tenant_id = ? AND session_id = ? AND guide_id = ?")
				.params(tenantId, sessionId, guideId)
				.update();
			return;
		}
		this.jdbc.sql("""
				INSERT INTO guide_course_attendance (tenant_id, course_id, session_id, guide_id, status, recorded_at,
				  recorded_by)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (tenant_id, session_id, guide_id) DO UPDATE SET status = EXCLUDED.status,
				  recorded_at = EXCLUDED.recorded_at, recorded_by = EXCLUDED.recorded_by
				WHERE guide_course_attendance.status <> EXCLUDED.status""")
			.params(tenantId, courseId, sessionId, guideId, status.name(), now, by)
			.update();
	}

	/** Marks a participant as completed (false if completed already). */
	public boolean complete(UUID tenantId, UUID courseId, UUID guideId, LocalDate on, String by, String reason) {
		return this.jdbc.sql("""
				UPDATE guide_course_participant SET completed_on = ?, completed_by = ?, completion_reason = ?
				WHERE tenant_id = ? AND course_id = ? AND guide_id = ? AND completed_on IS NULL""")
			.params(on, by, reason, tenantId, courseId, guideId)
			.update() == 1;
	}

	/**
	 * The qualifications of active guides that lapsed or lapse by a day, soonest first.
	 */
	List<Due> due(UUID tenantId, LocalDate until) {
		return this.jdbc.sql("""
				SELECT g.id, g.name, q.qualification, q.expires_on FROM guide_qualification q
				JOIN guide_profile g ON g.tenant_id = q.tenant_id AND g.id = q.guide_id
				WHERE q.tenant_id = ? AND g.state = 'ACTIVE' AND q.expires_on IS NOT NULL AND q.expires_on <= ?
				ORDER BY q.expires_on, lower(g.name), g.id""")
			.params(tenantId, until)
			.query((rs, row) -> new Due(rs.getObject("id", UUID.class), rs.getString("name"),
					Qualification.valueOf(rs.getString("qualification")), rs.getObject("expires_on", LocalDate.class)))
			.list();
	}

	/** How many active guides have a qualification that lapsed or lapses by a day. */
	long countDue(UUID tenantId, LocalDate until) {
		return this.jdbc.sql("""
				SELECT count(DISTINCT g.id) FROM guide_qualification q
				JOIN guide_profile g ON g.tenant_id = q.tenant_id AND g.id = q.guide_id
				WHERE q.tenant_id = ? AND g.state = 'ACTIVE' AND q.expires_on IS NOT NULL AND q.expires_on <= ?""")
			.params(tenantId, until)
			.query(Long.class)
			.single();
	}

	/**
	 * A qualification of an active guide that lapsed or lapses soon.
	 *
	 * @param guideId the guide
	 * @param name its name
	 * @param qualification which
	 * @param expiresOn the last day it counts
	 */
	record Due(UUID guideId, String name, Qualification qualification, LocalDate expiresOn) {
	}

	private List<Course> withSessions(UUID tenantId, List<Course> courses) {
		if (courses.isEmpty()) {
			return courses;
		}
		Map<UUID, List<Session>> sessions = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT id, course_id, day, starts, ends, place FROM guide_course_session
				WHERE tenant_id = ? AND course_id = ANY (?::uuid[]) ORDER BY course_id, day, starts""")
			.params(tenantId, courses.stream().map((course) -> course.id().toString()).toArray(String[]::new))
			.query((ResultSet rs) -> {
				sessions.computeIfAbsent(rs.getObject("course_id", UUID.class), (key) -> new ArrayList<>())
					.add(new Session(rs.getObject("id", UUID.class), rs.getObject("day", LocalDate.class),
							rs.getObject("starts", LocalTime.class), rs.getObject("ends", LocalTime.class),
							rs.getString("place")));
			});
		return courses.stream()
			.map((c) -> new Course(c.id(), c.title(), c.kind(), c.description(), c.qualification(), c.validityYears(),
					c.capacity(), c.trainers(), sessions.getOrDefault(c.id(), List.of()), c.enrolled()))
			.toList();
	}

	private static Course course(ResultSet rs, int row) throws SQLException {
		String qualification = rs.getString("qualification");
		return new Course(rs.getObject("id", UUID.class), rs.getString("title"),
				CourseKind.valueOf(rs.getString("kind")), rs.getString("description"),
				(qualification != null) ? Qualification.valueOf(qualification) : null,
				(Integer) rs.getObject("validity_years"), rs.getInt("capacity"), rs.getString("trainers"), List.of(),
				rs.getInt("enrolled"));
	}

}
