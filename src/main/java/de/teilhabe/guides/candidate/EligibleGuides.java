package de.teilhabe.guides.candidate;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.guides.guide.Guide;
import de.teilhabe.guides.guide.Guide.HeldQualification;
import de.teilhabe.guides.guide.Guide.Slot;
import de.teilhabe.guides.guide.Guide.SpokenLanguage;
import de.teilhabe.guides.guide.GuideState;
import de.teilhabe.guides.guide.LanguageLevel;
import de.teilhabe.guides.guide.Mobility;
import de.teilhabe.guides.guide.Qualification;
import de.teilhabe.guides.guide.Topic;
import de.teilhabe.guides.request.GuideRequest;
import de.teilhabe.guides.request.Occurrence;
import de.teilhabe.guides.request.Recurrence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What one request's candidates need, read in one query (one round trip to the database):
 * the active guides who speak one of the languages needed and live in or cover the
 * Gemeinde (the hard rules SQL can check; {@link CandidateRules} checks them again), each
 * with its languages, availability and qualifications, its assignments counted by topic
 * (how many for the request's contact reference, how many commissioned this month) and
 * the schedules of its live assignments of other requests whose days can overlap the
 * request's.
 */
@Repository
class EligibleGuides {

	private static final String QUERY = """
			SELECT p.id, p.name, p.email, p.phone, p.home_region_key, p.gemeinden, p.topics, p.mobility,
			  p.assignments_per_week, p.state, p.certificate_inspected_on, p.certificate_no_relevant_entry, p.ended_on,
			  spoken.codes AS language_codes, spoken.levels AS language_levels,
			  slot.days AS slot_days, slot.starts AS slot_starts, slot.ends AS slot_ends,
			  held.qualifications, held.expiries AS qualification_expiries,
			  tally.topics AS tally_topics, tally.counts AS tally_counts, tally.with_contact, tally.in_month,
			  busy.first_days AS busy_first_days, busy.starts AS busy_starts, busy.ends AS busy_ends,
			  busy.recurrences AS busy_recurrences, busy.repeat_untils AS busy_repeat_untils
			FROM guide_profile p
			CROSS JOIN LATERAL (
			  SELECT array_agg(l.code ORDER BY l.position) AS codes, array_agg(l.level ORDER BY l.position) AS levels
			  FROM guide_language l WHERE l.tenant_id = p.tenant_id AND l.guide_id = p.id) spoken
			CROSS JOIN LATERAL (
			  SELECT array_agg(s.day ORDER BY s.position) AS days, array_agg(s.starts::text ORDER BY s.position) AS starts,
			    array_agg(s.ends::text ORDER BY s.position) AS ends
			  FROM guide_availability s WHERE s.tenant_id = p.tenant_id AND s.guide_id = p.id) slot
			CROSS JOIN LATERAL (
			  SELECT array_agg(q.qualification ORDER BY q.position) AS qualifications,
			    array_agg(q.expires_on::text ORDER BY q.position) AS expiries
			  FROM guide_qualification q WHERE q.tenant_id = p.tenant_id AND q.guide_id = p.id) held
			CROSS JOIN LATERAL (
			  SELECT array_agg(t.topic) AS topics, array_agg(t.assignments) AS counts,
			    coalesce(sum(t.with_contact), 0) AS with_contact, coalesce(sum(t.in_month), 0) AS in_month
			  FROM (SELECT r.topic, count(*) AS assignments,
			      count(*) FILTER (WHERE r.contact_reference = ?) AS with_contact,
			      count(*) FILTER (WHERE a.commissioned_at >= ? AND a.commissioned_at < ?) AS in_month
			    FROM guide_assignment a JOIN guide_request r ON r.tenant_id = a.tenant_id AND r.id = a.request_id
			    WHERE a.tenant_id = p.tenant_id AND a.guide_id = p.id AND a.request_id <> ?
			      AND a.status IN ('COMMISSIONED', 'ACCEPTED', 'DONE')
			    GROUP BY r.topic) t) tally
			CROSS JOIN LATERAL (
			  SELECT array_agg(r.first_day::text) AS first_days, array_agg(r.starts::text) AS starts,
			    array_agg(r.ends::text) AS ends, array_agg(r.recurrence) AS recurrences,
			    array_agg(r.repeat_until::text) AS repeat_untils
			  FROM guide_assignment a JOIN guide_request r ON r.tenant_id = a.tenant_id AND r.id = a.request_id
			  WHERE a.tenant_id = p.tenant_id AND a.guide_id = p.id AND a.request_id <> ?
			    AND a.status IN ('COMMISSIONED', 'ACCEPTED')
			    AND r.first_day <= ? AND coalesce(r.repeat_until, r.first_day) >= ?) busy
			WHERE p.tenant_id = ? AND p.state = 'ACTIVE' AND (p.home_region_key = ? OR ? = ANY (p.gemeinden))
			  AND EXISTS (SELECT 1 FROM guide_language l WHERE l.tenant_id = p.tenant_id AND l.guide_id = p.id
			    AND l.code = ANY (?::text[]))
			ORDER BY p.id""";

	private final JdbcClient jdbc;

	EligibleGuides(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The guides who may be candidates for a request, with what the rules need to know of
	 * them (the request's own assignments left out).
	 * @param monthFrom the first instant of the month whose load counts
	 * @param monthUntil the first instant after that month
	 * @param zone the office's time zone (the busy appointments' local times)
	 */
	List<Eligible> of(UUID tenantId, GuideRequest request, OffsetDateTime monthFrom, OffsetDateTime monthUntil,
			ZoneId zone) {
		LocalDate lastDay = (request.repeatUntil() != null) ? request.repeatUntil() : request.date();
		return this.jdbc.sql(QUERY)
			.params(request.contactReference(), monthFrom, monthUntil, request.id(), request.id(), lastDay,
					request.date(), tenantId, request.regionKey(), request.regionKey(),
					request.languages().toArray(String[]::new))
			.query((rs, row) -> eligible(rs, zone))
			.list();
	}

	/**
	 * A guide who may be a candidate, with its assignments as the rules count them.
	 *
	 * @param guide the profile with its languages, availability and qualifications
	 * @param experience how many requests of each topic the guide was assigned before
	 * @param accompaniedContact whether one of them was for the request's contact
	 * reference
	 * @param assignmentsThisMonth how many were commissioned this month
	 * @param busy the appointments of the guide's live assignments that can overlap
	 */
	record Eligible(Guide guide, Map<Topic, Integer> experience, boolean accompaniedContact, int assignmentsThisMonth,
			List<Occurrence> busy) {
	}

	private static Eligible eligible(ResultSet rs, ZoneId zone) throws SQLException {
		String[] codes = strings(rs, "language_codes");
		String[] levels = strings(rs, "language_levels");
		List<SpokenLanguage> languages = new ArrayList<>(codes.length);
		for (int i = 0; i < codes.length; i++) {
			languages.add(new SpokenLanguage(codes[i], LanguageLevel.valueOf(levels[i])));
		}
		Integer[] days = integers(rs, "slot_days");
		String[] starts = strings(rs, "slot_starts");
		String[] ends = strings(rs, "slot_ends");
		List<Slot> slots = new ArrayList<>(days.length);
		for (int i = 0; i < days.length; i++) {
			slots.add(new Slot(DayOfWeek.of(days[i]), LocalTime.parse(starts[i]), LocalTime.parse(ends[i])));
		}
		String[] qualificationNames = strings(rs, "qualifications");
		String[] expiries = strings(rs, "qualification_expiries");
		List<HeldQualification> qualifications = new ArrayList<>(qualificationNames.length);
		for (int i = 0; i < qualificationNames.length; i++) {
			qualifications.add(new HeldQualification(Qualification.valueOf(qualificationNames[i]), date(expiries[i])));
		}
		Guide guide = new Guide(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("email"),
				rs.getString("phone"), rs.getString("home_region_key"), Arrays.asList(strings(rs, "gemeinden")),
				Arrays.stream(strings(rs, "topics")).map(Topic::valueOf).toList(),
				Mobility.valueOf(rs.getString("mobility")), rs.getInt("assignments_per_week"),
				GuideState.valueOf(rs.getString("state")), rs.getObject("certificate_inspected_on", LocalDate.class),
				rs.getBoolean("certificate_no_relevant_entry"), rs.getObject("ended_on", LocalDate.class), languages,
				slots, qualifications);
		String[] tallyTopics = strings(rs, "tally_topics");
		Long[] tallyCounts = longs(rs, "tally_counts");
		Map<Topic, Integer> experience = new EnumMap<>(Topic.class);
		for (int i = 0; i < tallyTopics.length; i++) {
			experience.merge(Topic.valueOf(tallyTopics[i]), tallyCounts[i].intValue(), Integer::sum);
		}
		return new Eligible(guide, experience, rs.getLong("with_contact") > 0, rs.getInt("in_month"), busy(rs, zone));
	}

	/** The appointments of the live assignments, each request's schedule unrolled. */
	private static List<Occurrence> busy(ResultSet rs, ZoneId zone) throws SQLException {
		String[] firstDays = strings(rs, "busy_first_days");
		if (firstDays.length == 0) {
			return List.of();
		}
		String[] starts = strings(rs, "busy_starts");
		String[] ends = strings(rs, "busy_ends");
		String[] recurrences = strings(rs, "busy_recurrences");
		String[] repeatUntils = strings(rs, "busy_repeat_untils");
		List<Occurrence> busy = new ArrayList<>();
		for (int i = 0; i < firstDays.length; i++) {
			GuideRequest schedule = new GuideRequest(null, null, List.of(), null, null, LocalDate.parse(firstDays[i]),
					LocalTime.parse(starts[i]), LocalTime.parse(ends[i]), Recurrence.valueOf(recurrences[i]),
					date(repeatUntils[i]), null, List.of(), null, null, null, null);
			busy.addAll(schedule.occurrences(zone));
		}
		return busy;
	}

	private static LocalDate date(String text) {
		return (text != null) ? LocalDate.parse(text) : null;
	}

	private static String[] strings(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return (array != null) ? (String[]) array.getArray() : new String[0];
	}

	private static Integer[] integers(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return (array != null) ? (Integer[]) array.getArray() : new Integer[0];
	}

	private static Long[] longs(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return (array != null) ? (Long[]) array.getArray() : new Long[0];
	}

}
