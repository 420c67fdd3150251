package de.teilhabe.council.oparl;

import java.util.Arrays;
import java.util.Optional;

/**
 * The object lists of an OParl body: the path segment they are served at, their OParl
 * type, the table they come from (alias {@code t}) with the columns they need, and the
 * condition that keeps what is not public out (a non-public paper or agenda item, and the
 * consultations and files that would name one).
 */
enum OParlKind {

	ORGANIZATION("organizations", "Organization", "council_committee",
			"t.id, t.kind, t.parent_id, t.name, t.short_name, t.classification, t.start_date, t.end_date, t.website",
			"t.kind <> 'NETWORK'"),

	PERSON("persons", "Person", "council_person", "t.id, t.given_name, t.family_name", "TRUE"),

	MEETING("meetings", "Meeting", "council_meeting",
			"t.id, t.committee_id, t.name, t.starts_at, t.ends_at, t.location_id, t.state", OParlKind.OF_THE_COUNCIL),

	PAPER("papers", "Paper", "council_paper",
			"t.id, t.reference, t.name, t.paper_type, t.paper_date, t.originator_committee_id", "t.public"),

	LEGISLATIVE_TERM("legislative-terms", "LegislativeTerm", "council_term",
			"t.id, t.name, t.start_date, t.end_date, t.election_date, t.eligible_voters, t.votes_cast", "TRUE"),

	MEMBERSHIP("memberships", "Membership", "council_membership",
			"t.id, t.person_id, t.committee_id, t.term_id, t.role, t.voting_right, t.delegated_by, t.start_date,"
					+ " t.end_date, t.replaces_id",
			"t.person_id IS NOT NULL AND " + OParlKind.OF_THE_COUNCIL),

	AGENDA_ITEM("agenda-items", "AgendaItem", "council_agenda_item",
			"t.id, t.meeting_id, t.position, t.number, t.name, CASE WHEN " + Published.MEETING
					+ " THEN t.result END AS result, CASE WHEN " + Published.MEETING
					+ " THEN t.resolution_text END AS resolution_text",
			"t.public"),

	FILE("files", "File", "council_file",
			"t.id, t.paper_id, t.meeting_id, t.purpose, t.name, t.file_name, t.mime_type, t.file_date, t.size, t.sha1",
			"(t.paper_id IS NULL OR EXISTS (SELECT 1 FROM council_paper p WHERE p.tenant_id = t.tenant_id"
					+ " AND p.id = t.paper_id AND p.public)) AND (t.purpose <> 'MINUTES' OR " + Published.MEETING
					+ ")"),

	CONSULTATION("consultations", "Consultation", "council_consultation",
			"t.id, t.paper_id, t.meeting_id, t.agenda_item_id, t.committee_id, t.role, t.authoritative,"
					+ " CASE WHEN t.meeting_id IS NULL OR " + Published.MEETING + " THEN t.result END AS result",
			"EXISTS (SELECT 1 FROM council_paper p WHERE p.tenant_id = t.tenant_id AND p.id = t.paper_id"
					+ " AND p.public) AND (t.agenda_item_id IS NULL OR EXISTS (SELECT 1 FROM council_agenda_item a"
					+ " WHERE a.tenant_id = t.tenant_id AND a.id = t.agenda_item_id AND a.public))"),

	LOCATION("locations", "Location", "council_location",
			"t.id, t.description, t.street_address, t.room, t.postal_code, t.locality, t.accessibility", "TRUE");

	static final String SCHEMA = "https://schema.oparl.org/1.1/";

	/**
	 * Rows (alias {@code t}) of the council and its working groups, not of the committees
	 * the office only sits on (kind {@code NETWORK}: its own bookkeeping, never in
	 * OParl).
	 */
	static final String OF_THE_COUNCIL = "NOT EXISTS (SELECT 1 FROM council_committee n WHERE n.tenant_id = t.tenant_id"
			+ " AND n.id = t.committee_id AND n.kind = 'NETWORK')";

	/**
	 * Results, resolution texts and the minutes file of a meeting are public only once
	 * the office has published its minutes.
	 */
	private static final class Published {

		/** Whether the meeting {@code t.meeting_id} has published minutes. */
		static final String MEETING = "EXISTS (SELECT 1 FROM council_meeting pm WHERE pm.tenant_id = t.tenant_id"
				+ " AND pm.id = t.meeting_id AND pm.minutes_published_at IS NOT NULL)";

	}

	private final String path;

	private final String type;

	private final String table;

	private final String columns;

	private final String visible;

	OParlKind(String path, String type, String table, String columns, String visible) {
		this.path = path;
		this.type = type;
		this.table = table;
		this.columns = columns;
		this.visible = visible;
	}

	/** The kind served at a path segment ({@code meetings}), if any. */
	static Optional<OParlKind> ofPath(String path) {
		return Arrays.stream(values()).filter((kind) -> kind.path.equals(path)).findFirst();
	}

	String path() {
		return this.path;
	}

	/** The OParl type URI, e.g. {@code https://schema.oparl.org/1.1/Meeting}. */
	String type() {
		return SCHEMA + this.type;
	}

	String table() {
		return this.table;
	}

	/**
	 * The columns read, with {@code created_at}, {@code modified_at} and {@code deleted}.
	 */
	String columns() {
		return this.columns + ", t.created_at, t.modified_at, t.deleted";
	}

	/** The condition on alias {@code t} that lets only public records through. */
	String visible() {
		return this.visible;
	}

}
