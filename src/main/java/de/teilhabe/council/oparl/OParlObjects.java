package de.teilhabe.council.oparl;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.teilhabe.council.model.FilePurpose;
import de.teilhabe.council.model.MeetingState;
import de.teilhabe.council.model.MemberRole;
import de.teilhabe.council.model.PaperType;
import de.teilhabe.shared.time.Times;

import org.springframework.stereotype.Component;

/**
 * Turns the council's rows into OParl 1.1 objects. A page of a list is turned in one go:
 * the objects it embeds (a meeting's location, files and public agenda items; a paper's
 * files and consultations; a person's memberships; a term's election results) are read
 * with one statement per kind for the whole page, and left out with
 * {@code omit_internal}. An embedded object leaves out its back references (an agenda
 * item's {@code meeting}, a file's {@code meeting} and {@code paper}, a location's
 * {@code bodies}, a consultation's {@code paper}, a membership's {@code person}): OParl
 * 1.1 gives them only of an object fetched on its own or in its own list, where they are
 * given. A deleted record is a tombstone: {@code id}, {@code type}, {@code created},
 * {@code modified}, {@code deleted: true} and what the schema requires. Times are given
 * in the platform's time zone (Europe/Berlin) with their offset. Attributes OParl does
 * not have carry the prefix {@value #VENDOR}.
 */
@Component
class OParlObjects {

	static final String VENDOR = "teilhabe:";

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final OParlStore store;

	private final Times times;

	OParlObjects(OParlStore store, Times times) {
		this.store = store;
		this.times = times;
	}

	List<Map<String, Object>> objects(OParlUrls urls, UUID tenantId, OParlKind kind, List<Map<String, Object>> rows,
			boolean omitInternal) {
		List<UUID> live = rows.stream().filter((row) -> !deleted(row)).map(OParlObjects::id).toList();
		Embedded embedded = omitInternal && kind != OParlKind.ORGANIZATION && kind != OParlKind.AGENDA_ITEM
				&& kind != OParlKind.LEGISLATIVE_TERM ? new Embedded(Map.of(), Map.of(), Map.of(), Map.of())
						: embedded(urls, tenantId, kind, live, rows);
		List<Map<String, Object>> objects = new ArrayList<>(rows.size());
		for (Map<String, Object> row : rows) {
			objects.add(deleted(row) ? tombstone(urls, kind, row) : object(urls, kind, row, embedded, omitInternal));
		}
		return objects;
	}

	/** The terms embedded in a body (OParl requires them there). */
	List<Map<String, Object>> terms(OParlUrls urls, UUID tenantId, List<Map<String, Object>> rows) {
		return objects(urls, tenantId, OParlKind.LEGISLATIVE_TERM, rows, false);
	}

	/** What a page of objects embeds, read per kind for the whole page. */
	private record Embedded(Map<UUID, List<Map<String, Object>>> first, Map<UUID, List<Map<String, Object>>> second,
			Map<UUID, List<Map<String, Object>>> third, Map<UUID, Map<String, Object>> byId) {

		List<Map<String, Object>> first(UUID id) {
			return this.first.getOrDefault(id, List.of());
		}

		List<Map<String, Object>> second(UUID id) {
			return this.second.getOrDefault(id, List.of());
		}

		List<Map<String, Object>> third(UUID id) {
			return this.third.getOrDefault(id, List.of());
		}

	}

	private Embedded embedded(OParlUrls urls, UUID tenantId, OParlKind kind, List<UUID> live,
			List<Map<String, Object>> rows) {
		Map<UUID, List<Map<String, Object>>> none = Map.of();
		return switch (kind) {
			case ORGANIZATION -> new Embedded(group(
					this.store.children(tenantId, OParlKind.MEMBERSHIP, "committee_id", live, "t.committee_id, t.id"),
					"committee_id"), none, none, Map.of());
			case PERSON -> new Embedded(group(this.store.children(tenantId, OParlKind.MEMBERSHIP, "person_id", live,
					"t.person_id, t.start_date, t.id"), "person_id"), none, none, Map.of());
			case MEETING -> {
				List<UUID> locations = rows.stream()
					.filter((row) -> !deleted(row) && row.get("location_id") != null)
					.map((row) -> (UUID) row.get("location_id"))
					.distinct()
					.toList();
				Map<UUID, Map<String, Object>> byId = this.store
					.children(tenantId, OParlKind.LOCATION, "id", locations, "t.id")
					.stream()
					.collect(Collectors.toMap(OParlObjects::id, Function.identity()));
				yield new Embedded(
						group(this.store.children(tenantId, OParlKind.AGENDA_ITEM, "meeting_id", live,
								"t.meeting_id, t.position"), "meeting_id"),
						group(this.store.children(tenantId, OParlKind.FILE, "meeting_id", live, "t.meeting_id, t.id"),
								"meeting_id"),
						group(this.store.children(tenantId, OParlKind.CONSULTATION, "meeting_id", live,
								"t.meeting_id, t.id"), "agenda_item_id"),
						byId);
			}
			case PAPER -> new Embedded(
					group(this.store.children(tenantId, OParlKind.FILE, "paper_id", live, "t.paper_id, t.id"),
							"paper_id"),
					group(this.store.children(tenantId, OParlKind.CONSULTATION, "paper_id", live, "t.paper_id, t.id"),
							"paper_id"),
					none, Map.of());
			case AGENDA_ITEM -> new Embedded(group(this.store.children(tenantId, OParlKind.CONSULTATION,
					"agenda_item_id", live, "t.agenda_item_id, t.id"), "agenda_item_id"), none, none, Map.of());
			case LEGISLATIVE_TERM ->
				new Embedded(group(this.store.electionResults(tenantId, live), "term_id"), none, none, Map.of());
			default -> new Embedded(none, none, none, Map.of());
		};
	}

	private Map<String, Object> object(OParlUrls urls, OParlKind kind, Map<String, Object> row, Embedded embedded,
			boolean omitInternal) {
		UUID id = id(row);
		Map<String, Object> object = head(urls, kind, row);
		switch (kind) {
			case ORGANIZATION -> {
				put(object, "body", urls.body());
				put(object, "name", row.get("name"));
				put(object, "shortName", row.get("short_name"));
				put(object, "organizationType", "Gremium");
				put(object, "classification", row.get("classification"));
				put(object, "subOrganizationOf", urls.object(OParlKind.ORGANIZATION, row.get("parent_id")));
				put(object, "membership", urlsOf(urls, OParlKind.MEMBERSHIP, embedded.first(id)));
				put(object, "startDate", date(row.get("start_date")));
				put(object, "endDate", date(row.get("end_date")));
				put(object, "website", row.get("website"));
			}
			case PERSON -> {
				put(object, "body", urls.body());
				put(object, "name", row.get("given_name") + " " + row.get("family_name"));
				put(object, "familyName", row.get("family_name"));
				put(object, "givenName", row.get("given_name"));
				if (!omitInternal) {
					put(object, "membership",
							embeddedObjects(urls, OParlKind.MEMBERSHIP, embedded.first(id), embedded, "person"));
				}
			}
			case MEMBERSHIP -> {
				put(object, "person", urls.object(OParlKind.PERSON, row.get("person_id")));
				put(object, "organization", urls.object(OParlKind.ORGANIZATION, row.get("committee_id")));
				put(object, "role", MemberRole.valueOf((String) row.get("role")).oparlName());
				put(object, "votingRight", row.get("voting_right"));
				put(object, "startDate", date(row.get("start_date")));
				put(object, "endDate", date(row.get("end_date")));
				put(object, VENDOR + "legislativeTerm", urls.object(OParlKind.LEGISLATIVE_TERM, row.get("term_id")));
				put(object, VENDOR + "delegatedBy", row.get("delegated_by"));
				put(object, VENDOR + "replaces", urls.object(OParlKind.MEMBERSHIP, row.get("replaces_id")));
			}
			case LEGISLATIVE_TERM -> {
				put(object, "body", urls.body());
				put(object, "name", row.get("name"));
				put(object, "startDate", date(row.get("start_date")));
				put(object, "endDate", date(row.get("end_date")));
				put(object, VENDOR + "election", election(row, embedded.first(id)));
			}
			case LOCATION -> {
				put(object, "description", row.get("description"));
				put(object, "streetAddress", row.get("street_address"));
				put(object, "room", row.get("room"));
				put(object, "postalCode", row.get("postal_code"));
				put(object, "locality", row.get("locality"));
				put(object, "bodies", List.of(urls.body()));
				put(object, VENDOR + "accessibility", row.get("accessibility"));
			}
			case MEETING -> {
				MeetingState state = MeetingState.valueOf((String) row.get("state"));
				put(object, "name", row.get("name"));
				put(object, "meetingState", state.oparlName());
				put(object, "cancelled", state == MeetingState.CANCELLED);
				put(object, "start", dateTime(row.get("starts_at")));
				put(object, "end", dateTime(row.get("ends_at")));
				put(object, "organization", List.of(urls.object(OParlKind.ORGANIZATION, row.get("committee_id"))));
				put(object, "web", urls.web(OParlKind.MEETING, id));
				if (!omitInternal) {
					Map<String, Object> location = embedded.byId().get(row.get("location_id"));
					if (location != null) {
						put(object, "location", withoutBackReferences(
								object(urls, OParlKind.LOCATION, location, embedded, true), "bodies"));
					}
					for (Map<String, Object> file : embedded.second(id)) {
						FilePurpose purpose = FilePurpose.valueOf((String) file.get("purpose"));
						Map<String, Object> fileObject = embeddedFile(urls, file, embedded);
						switch (purpose) {
							case INVITATION -> put(object, "invitation", fileObject);
							case MINUTES -> put(object, "resultsProtocol", fileObject);
							default -> add(object, "auxiliaryFile", fileObject);
						}
					}
					put(object, "agendaItem",
							embedded.first(id)
								.stream()
								.map((item) -> agendaItem(urls, item, firstId(embedded.third(id(item))), false))
								.toList());
				}
			}
			case AGENDA_ITEM -> {
				return agendaItem(urls, row, firstId(embedded.first(id)), true);
			}
			case PAPER -> {
				put(object, "body", urls.body());
				put(object, "name", row.get("name"));
				put(object, "reference", row.get("reference"));
				put(object, "date", date(row.get("paper_date")));
				put(object, "paperType", PaperType.valueOf((String) row.get("paper_type")).oparlName());
				put(object, "web", urls.web(OParlKind.PAPER, id));
				if (row.get("originator_committee_id") != null) {
					put(object, "originatorOrganization",
							List.of(urls.object(OParlKind.ORGANIZATION, row.get("originator_committee_id"))));
				}
				if (!omitInternal) {
					for (Map<String, Object> file : embedded.first(id)) {
						Map<String, Object> fileObject = embeddedFile(urls, file, embedded);
						if (FilePurpose.MAIN.name().equals(file.get("purpose"))) {
							put(object, "mainFile", fileObject);
						}
						else {
							add(object, "auxiliaryFile", fileObject);
						}
					}
					put(object, "consultation",
							embeddedObjects(urls, OParlKind.CONSULTATION, embedded.second(id), embedded, "paper"));
				}
			}
			case CONSULTATION -> {
				put(object, "paper", urls.object(OParlKind.PAPER, row.get("paper_id")));
				put(object, "agendaItem", urls.object(OParlKind.AGENDA_ITEM, row.get("agenda_item_id")));
				put(object, "meeting", urls.object(OParlKind.MEETING, row.get("meeting_id")));
				put(object, "organization", List.of(urls.object(OParlKind.ORGANIZATION, row.get("committee_id"))));
				put(object, "authoritative", row.get("authoritative"));
				put(object, "role", row.get("role"));
				put(object, VENDOR + "result", row.get("result"));
			}
			case FILE -> {
				put(object, "name", row.get("name"));
				put(object, "fileName", row.get("file_name"));
				put(object, "mimeType", row.get("mime_type"));
				put(object, "date", date(row.get("file_date")));
				put(object, "size", row.get("size"));
				put(object, "sha1Checksum", row.get("sha1"));
				put(object, "accessUrl", urls.download(id));
				put(object, "downloadUrl", urls.download(id));
				if (row.get("meeting_id") != null) {
					put(object, "meeting", List.of(urls.object(OParlKind.MEETING, row.get("meeting_id"))));
				}
				if (row.get("paper_id") != null) {
					put(object, "paper", List.of(urls.object(OParlKind.PAPER, row.get("paper_id"))));
				}
			}
		}
		tail(object, row);
		return object;
	}

	/**
	 * An agenda item; embedded in its meeting without the back reference {@code meeting}
	 * (OParl 1.1 requires it only of an agenda item fetched on its own).
	 */
	private Map<String, Object> agendaItem(OParlUrls urls, Map<String, Object> row, UUID consultation, boolean alone) {
		Map<String, Object> object = head(urls, OParlKind.AGENDA_ITEM, row);
		if (alone) {
			put(object, "meeting", urls.object(OParlKind.MEETING, row.get("meeting_id")));
		}
		put(object, "number", row.get("number"));
		put(object, "order", row.get("position"));
		put(object, "name", row.get("name"));
		put(object, "public", true);
		put(object, "consultation", urls.object(OParlKind.CONSULTATION, consultation));
		put(object, "result", row.get("result"));
		put(object, "resolutionText", row.get("resolution_text"));
		tail(object, row);
		return object;
	}

	/**
	 * A file embedded in a meeting or a paper: without its back references, which OParl
	 * 1.1 gives only where a file is not embedded.
	 */
	private Map<String, Object> embeddedFile(OParlUrls urls, Map<String, Object> file, Embedded embedded) {
		return withoutBackReferences(object(urls, OParlKind.FILE, file, embedded, true), "meeting", "paper");
	}

	/** Objects embedded in another, without the given back references. */
	private List<Map<String, Object>> embeddedObjects(OParlUrls urls, OParlKind kind, List<Map<String, Object>> rows,
			Embedded embedded, String... backReferences) {
		return rows.stream()
			.map((row) -> withoutBackReferences(object(urls, kind, row, embedded, true), backReferences))
			.toList();
	}

	/**
	 * An embedded object without the references back to the object it is embedded in (and
	 * its other back references), which OParl 1.1 gives only of an object fetched on its
	 * own or in its own list: they only repeat what the embedding says, and make a page
	 * of 100 meetings about a sixth larger.
	 */
	private static Map<String, Object> withoutBackReferences(Map<String, Object> object, String... attributes) {
		for (String attribute : attributes) {
			object.remove(attribute);
		}
		return object;
	}

	private static UUID firstId(List<Map<String, Object>> rows) {
		return rows.isEmpty() ? null : id(rows.get(0));
	}

	private static Map<String, Object> election(Map<String, Object> row, List<Map<String, Object>> results) {
		if (row.get("election_date") == null) {
			return null;
		}
		Map<String, Object> election = new LinkedHashMap<>();
		put(election, "date", date(row.get("election_date")));
		put(election, "eligibleVoters", row.get("eligible_voters"));
		put(election, "votesCast", row.get("votes_cast"));
		if (row.get("eligible_voters") instanceof Integer eligible && row.get("votes_cast") instanceof Integer cast
				&& eligible > 0) {
			put(election, "turnoutPercent",
					BigDecimal.valueOf(cast * 100L).divide(BigDecimal.valueOf(eligible), 1, RoundingMode.HALF_UP));
		}
		put(election, "results", results.stream().map((result) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			put(entry, "list", result.get("list_name"));
			put(entry, "candidate", result.get("candidate_name"));
			put(entry, "votes", result.get("votes"));
			put(entry, "seats", result.get("seats"));
			put(entry, "elected", result.get("candidate_name") != null ? result.get("elected") : null);
			return entry;
		}).toList());
		return election;
	}

	private Map<String, Object> tombstone(OParlUrls urls, OParlKind kind, Map<String, Object> row) {
		Map<String, Object> object = head(urls, kind, row);
		if (kind == OParlKind.AGENDA_ITEM) {
			put(object, "order", row.get("position"));
		}
		if (kind == OParlKind.FILE) {
			put(object, "accessUrl", urls.download(id(row)));
		}
		tail(object, row);
		put(object, "deleted", true);
		return object;
	}

	private static Map<String, Object> head(OParlUrls urls, OParlKind kind, Map<String, Object> row) {
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("id", urls.object(kind, id(row)));
		object.put("type", kind.type());
		return object;
	}

	private void tail(Map<String, Object> object, Map<String, Object> row) {
		put(object, "created", dateTime(row.get("created_at")));
		put(object, "modified", dateTime(row.get("modified_at")));
	}

	/** An OParl date-time: seconds, with the offset of the platform's time zone. */
	String dateTime(Object value) {
		if (value == null) {
			return null;
		}
		OffsetDateTime time = value instanceof Timestamp timestamp
				? timestamp.toInstant().atOffset(java.time.ZoneOffset.UTC) : (OffsetDateTime) value;
		return this.times.local(time).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS).format(DATE_TIME);
	}

	private static String date(Object value) {
		return value instanceof Date date ? date.toLocalDate().toString() : value == null ? null : value.toString();
	}

	private static List<String> urlsOf(OParlUrls urls, OParlKind kind, List<Map<String, Object>> rows) {
		return rows.stream().map((row) -> urls.object(kind, id(row))).toList();
	}

	private static Map<UUID, List<Map<String, Object>>> group(List<Map<String, Object>> rows, String column) {
		Map<UUID, List<Map<String, Object>>> groups = new LinkedHashMap<>();
		for (Map<String, Object> row : rows) {
			Object key = row.get(column);
			if (key != null) {
				groups.computeIfAbsent((UUID) key, (k) -> new ArrayList<>()).add(row);
			}
		}
		return groups;
	}

	private static void put(Map<String, Object> object, String key, Object value) {
		if (value != null) {
			object.put(key, value);
		}
	}

	@SuppressWarnings("unchecked")
	private static void add(Map<String, Object> object, String key, Map<String, Object> value) {
		((List<Map<String, Object>>) object.computeIfAbsent(key, (k) -> new ArrayList<>())).add(value);
	}

	private static UUID id(Map<String, Object> row) {
		return (UUID) row.get("id");
	}

	private static boolean deleted(Map<String, Object> row) {
		return Boolean.TRUE.equals(row.get("deleted"));
	}

}
