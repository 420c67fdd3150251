package de.teilhabe.counselling.client;

import java.text.Collator;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.counselling.access.ClientAccess;
import de.teilhabe.counselling.access.ClientAccess.Grant;
import de.teilhabe.counselling.access.ClientAccess.Kind;
import de.teilhabe.region.Region;
import de.teilhabe.region.Regions;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clients of the Beratungsstelle for the pages and the API: entering and changing a
 * client (all or nothing, with a duplicate warning), reading one, the counsellor's own
 * clients and the name search. Every client whose data is shown is recorded in the audit
 * log (category case access, record {@code counselling_client}, the client's id, the
 * reason {@code list}, {@code detail}, {@code edit} or {@code break-glass: …}); the
 * entries and the log lines carry no name.
 */
@Service
public class Clients {

	/** The longest search text. */
	static final int MAX_QUERY = 200;

	private final ClientStore store;

	private final ClientAccess access;

	private final AuditLog audit;

	private final FormBinder binder;

	private final Tenants tenants;

	private final Regions regions;

	private final Times times;

	private final Clock clock;

	private final ClientOrder order;

	private final ApplicationEventPublisher events;

	Clients(ClientStore store, ClientAccess access, AuditLog audit, FormBinder binder, Tenants tenants, Regions regions,
			Times times, Clock clock, ClientOrder order, ApplicationEventPublisher events) {
		this.order = order;
		this.events = events;
		this.store = store;
		this.access = access;
		this.audit = audit;
		this.binder = binder;
		this.tenants = tenants;
		this.regions = regions;
		this.times = times;
		this.clock = clock;
	}

	/**
	 * Enters a client; the counsellor becomes responsible. Not stored when a value is
	 * wrong, or when a client with the same phonetic name and birth year exists and the
	 * counsellor has not confirmed that this is another person ({@code confirmDuplicate},
	 * the possible duplicates in {@link Saved#duplicates()}).
	 */
	@Transactional
	public Saved create(Actor actor, Map<String, ?> raw) {
		FormBinder.Bound<ClientForm> bound = check(actor, raw);
		if (!bound.valid()) {
			return new Saved(null, null, bound.checked(), List.of());
		}
		ClientForm form = bound.form();
		if (!form.confirmDuplicate()) {
			List<ClientSummary> duplicates = duplicates(actor, form);
			if (!duplicates.isEmpty()) {
				Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>(bound.checked().errors());
				errors.put("confirmDuplicate",
						new DefaultMessageSourceResolvable(new String[] { "counselling.error.duplicate" },
								new Object[] { duplicates.size(),
										duplicates.stream()
											.map(ClientSummary::clientNumber)
											.collect(Collectors.joining(", ")) }));
				return new Saved(null, null, new CheckedValues(bound.checked().values(), errors), duplicates);
			}
		}
		ClientStore.Created created = this.store.insert(actor.tenantId(), actor.userId(), form, now());
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.client.created", "counselling_client",
				created.id().toString(), null, created.clientNumber());
		return new Saved(created.id(), created.clientNumber(), bound.checked(), List.of());
	}

	/** Changes a client the counsellor may edit (403 otherwise, 404 if unknown). */
	@Transactional
	public Saved update(Actor actor, UUID id, Map<String, ?> raw) {
		Grant grant = grantOrRefuse(actor, id);
		FormBinder.Bound<ClientForm> bound = check(actor, raw);
		if (!bound.valid()) {
			return new Saved(null, null, bound.checked(), List.of());
		}
		this.store.update(actor.tenantId(), id, bound.form(), now());
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.client.changed", "counselling_client", id.toString(),
				grant.auditReason("edit"));
		this.events.publishEvent(new ClientChanged(actor.tenantId(), id));
		return new Saved(id, this.store.numberOf(actor.tenantId(), id).orElseThrow(), bound.checked(), List.of());
	}

	private FormBinder.Bound<ClientForm> check(Actor actor, Map<String, ?> raw) {
		return ClientForm.check(this.binder, raw, gemeindeKeys(actor.tenantId()),
				this.times.today(this.clock).getYear());
	}

	/**
	 * A client the counsellor may read, recorded in the audit log with the purpose (or
	 * the break-glass reason).
	 * @throws NotFoundException for an unknown client or one of another tenant
	 * @throws AccessDeniedException for a client the counsellor may not read
	 */
	@Transactional
	public Client read(Actor actor, UUID id, String purpose) {
		Grant grant = grantOrRefuse(actor, id);
		Client client = this.store.find(actor.tenantId(), id).orElseThrow(Clients::notFound);
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.client.read", "counselling_client", id.toString(),
				grant.auditReason(purpose));
		return client;
	}

	/**
	 * A client read for a sharing that the client's consent permits, by someone who is no
	 * counsellor of the client (a guide reading the contact of the person accompanied),
	 * recorded in the audit log as {@code counselling.client.shared-read} with the
	 * reason. The caller checks the consent first; empty for an unknown client.
	 */
	@Transactional
	public Optional<Client> readShared(Actor reader, UUID tenantId, UUID id, String reason) {
		Optional<Client> client = this.store.find(tenantId, id);
		client.ifPresent((found) -> this.audit
			.record(new AuditLog.AuditEntry(tenantId, reader.userId(), reader.username(), AuditCategory.CASE_ACCESS,
					"counselling.client.shared-read", "counselling_client", id.toString(), reason, null)));
		return client;
	}

	/** How the counsellor may read a client (404 if unknown or of another tenant). */
	public Grant grant(Actor actor, UUID id) {
		UUID responsible = this.store.responsibleOf(actor.tenantId(), id).orElseThrow(Clients::notFound);
		return this.access.grant(actor, id, responsible);
	}

	/**
	 * The client's number and responsible counsellor, without reading it (404 if
	 * unknown).
	 */
	public ClientStore.Stub stub(Actor actor, UUID id) {
		return Optional.ofNullable(this.store.stubs(actor.tenantId(), List.of(id)).get(id))
			.orElseThrow(Clients::notFound);
	}

	private Grant grantOrRefuse(Actor actor, UUID id) {
		Grant grant = grant(actor, id);
		if (!grant.kind().reads()) {
			throw new AccessDeniedException("not responsible, no deputy, no break-glass access");
		}
		return grant;
	}

	/**
	 * The clients the counsellor reads (responsible, deputy, break-glass running) by
	 * name, one page, each shown client audited as {@code list}. The order by name is
	 * kept while none of these clients changed ({@link ClientOrder}), so a page decrypts
	 * only its own clients' names and birth years. Without a transaction of its own, as
	 * the search: it only reads, and its audit entry commits by its own statement before
	 * the answer is sent (the audit chain's lock held only inside the database).
	 */
	public ApiPage<ClientSummary> mine(Actor actor, ApiPaging paging) {
		List<ClientStore.Stamp> readable = this.store.readableBy(actor.tenantId(), actor.userId(), now());
		List<UUID> order = this.order.byName(actor.tenantId(), actor.userId(), readable,
				(ids) -> this.store.listed(actor.tenantId(), ids, false));
		ApiPage<UUID> page = ApiPage.slice(order, paging);
		Map<UUID, ClientStore.Listed> listed = byId(this.store.listed(actor.tenantId(), page.items(), true));
		return shown(actor, page, listed, Map.of());
	}

	/**
	 * Clients of the tenant whose names sound like the search text (every part of it
	 * matching a part of the first or last name by its phonetic key), or the client with
	 * that client number; best matches first. Clients the counsellor may read are shown
	 * with their names (audited as {@code list}), the others only with their number and
	 * responsible counsellor (for a break-glass access). Only the names and birth years
	 * of the candidates the counsellor reads are decrypted (to rank them: a common name
	 * part such as Mohammed matches a tenth of all clients, most of them other
	 * counsellors'), the others are ranked after them by client number and read only for
	 * the page. The readable candidates are picked in the database (one statement, with
	 * the count of all candidates), not by comparing sets of ids here. Without a
	 * transaction of its own (see {@link #mine}).
	 */
	public ApiPage<ClientSummary> search(Actor actor, String query, ApiPaging paging) {
		String text = (query == null) ? "" : query.strip();
		if (text.isEmpty()) {
			return mine(actor, paging);
		}
		ClientStore.Found found = this.store.readableMatching(actor.tenantId(), actor.userId(), now(), text);
		List<String> typed = TransliterationKey.parts(text);
		Collator collator = collator();
		List<ClientStore.Listed> ranked = new ArrayList<>(found.readable());
		Map<UUID, Integer> scores = new HashMap<>();
		ranked.forEach((client) -> scores.put(client.id(), score(typed, client.firstName(), client.lastName())));
		ranked.sort(Comparator.<ClientStore.Listed>comparingInt((client) -> -scores.get(client.id()))
			.thenComparing(ClientStore.Listed::lastName, collator)
			.thenComparing(ClientStore.Listed::clientNumber));
		long from = paging.offset();
		long to = from + paging.size();
		List<UUID> items = new ArrayList<>();
		Map<UUID, ClientStore.Listed> listed = new HashMap<>();
		for (int i = (int) Math.min(from, ranked.size()); i < Math.min(to, ranked.size()); i++) {
			items.add(ranked.get(i).id());
			listed.put(ranked.get(i).id(), ranked.get(i));
		}
		Map<UUID, ClientStore.Stub> others = new HashMap<>();
		if (to > ranked.size() && found.total() > ranked.size()) {
			long offset = Math.max(0, from - ranked.size());
			for (ClientStore.Stub stub : this.store.unreadableMatching(actor.tenantId(), actor.userId(), now(), text,
					offset, (int) (to - Math.max(from, ranked.size())))) {
				items.add(stub.id());
				others.put(stub.id(), stub);
			}
		}
		return shown(actor, ApiPage.of(items, paging, found.total()), listed, others);
	}

	/**
	 * The page's clients: those the counsellor reads with their names (each audited as
	 * {@code list}), the others by number and responsible counsellor only; a client gone
	 * since the page was made is left out.
	 */
	private ApiPage<ClientSummary> shown(Actor actor, ApiPage<UUID> page, Map<UUID, ClientStore.Listed> listed,
			Map<UUID, ClientStore.Stub> others) {
		Map<UUID, UUID> responsibles = new HashMap<>();
		listed.forEach((id, client) -> responsibles.put(id, client.responsibleId()));
		Map<UUID, Grant> grants = this.access.grants(actor, responsibles);
		Map<UUID, String> counsellors = this.access.counsellors(actor.tenantId());
		List<ClientSummary> items = new ArrayList<>();
		List<UUID> read = new ArrayList<>();
		for (UUID id : page.items()) {
			ClientStore.Listed client = listed.get(id);
			Grant grant = grants.get(id);
			if (client != null && grant != null && grant.kind().reads()) {
				read.add(id);
				items.add(ClientSummary.of(client, grant.kind(), counsellors));
			}
			else if (client != null) {
				items.add(ClientSummary
					.withoutName(new ClientStore.Stub(id, client.clientNumber(), client.responsibleId()), counsellors));
			}
			else if (others.containsKey(id)) {
				items.add(ClientSummary.withoutName(others.get(id), counsellors));
			}
		}
		auditList(read, grants);
		return new ApiPage<>(items, page.page(), page.size(), page.totalItems(), page.totalPages());
	}

	private static Map<UUID, ClientStore.Listed> byId(List<ClientStore.Listed> clients) {
		Map<UUID, ClientStore.Listed> byId = new HashMap<>();
		clients.forEach((client) -> byId.put(client.id(), client));
		return byId;
	}

	/**
	 * Possible duplicates of a new client: the same phonetic keys of first and last name
	 * and the same birth year (any birth year when one of them has none).
	 */
	List<ClientSummary> duplicates(Actor actor, ClientForm form) {
		Set<UUID> candidates = this.store.withNameKeys(actor.tenantId(),
				TransliterationKey.keys(form.firstName(), form.lastName()));
		if (candidates.isEmpty()) {
			return List.of();
		}
		Map<UUID, ClientStore.Stub> stubs = this.store.stubs(actor.tenantId(), candidates);
		Map<UUID, UUID> responsibles = new HashMap<>();
		stubs.forEach((id, stub) -> responsibles.put(id, stub.responsibleId()));
		Map<UUID, Grant> grants = this.access.grants(actor, responsibles);
		Map<UUID, String> counsellors = this.access.counsellors(actor.tenantId());
		List<ClientSummary> duplicates = new ArrayList<>();
		for (Client client : this.store.findAll(actor.tenantId(), candidates)) {
			// decrypted here only to compare the birth year; names are shown only to
			// those who may read the client
			boolean sameYear = form.birthYear() == null || client.birthYear() == null
					|| form.birthYear().equals(client.birthYear());
			if (!sameYear) {
				continue;
			}
			Grant grant = grants.get(client.id());
			duplicates.add(grant.kind().reads() ? shown(client, grant, "duplicate check", counsellors)
					: ClientSummary.withoutName(stubs.get(client.id()), counsellors));
		}
		duplicates.sort(Comparator.comparing(ClientSummary::clientNumber));
		return duplicates;
	}

	/**
	 * The clients a list or search page shows, audited as {@code list}: one entry per
	 * page view (per audit reason: a client opened through break-glass names its access),
	 * not one per client.
	 */
	private void auditList(List<UUID> shown, Map<UUID, Grant> grants) {
		Map<String, List<String>> byReason = new java.util.LinkedHashMap<>();
		for (UUID id : shown) {
			byReason.computeIfAbsent(grants.get(id).auditReason("list"), (reason) -> new ArrayList<>())
				.add(id.toString());
		}
		byReason.forEach((reason, ids) -> this.audit.recordBatch(AuditCategory.CASE_ACCESS, "counselling.client.read",
				"counselling_client", ids, reason));
	}

	/** A shown client, audited. */
	private ClientSummary shown(Client client, Grant grant, String purpose, Map<UUID, String> counsellors) {
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.client.read", "counselling_client",
				client.id().toString(), grant.auditReason(purpose));
		return ClientSummary.of(client, grant.kind(), counsellors);
	}

	/**
	 * How well a client's names match the typed parts: exact, prefix, or by sound only.
	 */
	static int score(List<String> typed, String firstName, String lastName) {
		List<String> names = TransliterationKey.parts(firstName + " " + lastName);
		int score = 0;
		for (String part : typed) {
			int best = 0;
			for (String name : names) {
				if (name.equals(part)) {
					best = Math.max(best, 3);
				}
				else if (name.startsWith(part) || part.startsWith(name)) {
					best = Math.max(best, 2);
				}
				else if (TransliterationKey.of(name).equals(TransliterationKey.of(part))) {
					best = Math.max(best, 1);
				}
			}
			score += best;
		}
		return score;
	}

	/** The Gemeinden of the tenant's area by name. */
	public List<Region> gemeinden(UUID tenantId) {
		Collator collator = collator();
		return this.tenants.find(tenantId)
			.map(Tenant::homeRegionKey)
			.map(this.regions::gemeinden)
			.orElse(List.of())
			.stream()
			.sorted(Comparator.comparing(Region::label, collator))
			.toList();
	}

	/** The name of a Gemeinde by region key (the key if unknown, empty for none). */
	public String gemeindeName(String key) {
		return (key == null) ? "" : this.regions.find(key).map(Region::label).orElse(key);
	}

	private Set<String> gemeindeKeys(UUID tenantId) {
		return gemeinden(tenantId).stream().map(Region::key).collect(Collectors.toSet());
	}

	/** The access rules (deputies, break-glass). */
	public ClientAccess access() {
		return this.access;
	}

	private static Collator collator() {
		return Collator.getInstance(Locale.GERMAN);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	static NotFoundException notFound() {
		return new NotFoundException("counselling.error.notFound");
	}

	/**
	 * The outcome of saving: the id and number when stored, else the checked values with
	 * their errors and the possible duplicates.
	 *
	 * @param id the client, null if not stored
	 * @param clientNumber its number, null if not stored
	 * @param checked the values and errors
	 * @param duplicates possible duplicates that stopped the creation
	 */
	public record Saved(UUID id, String clientNumber, CheckedValues checked, List<ClientSummary> duplicates) {
	}

	/**
	 * A client in a list: with its names where the counsellor may read it, else only its
	 * number and responsible counsellor.
	 *
	 * @param id the client
	 * @param clientNumber its number
	 * @param firstName first name, null without access
	 * @param lastName last name, null without access
	 * @param birthYear birth year, null without access
	 * @param responsibleName the responsible counsellor's name
	 * @param access how the counsellor may read it
	 */
	public record ClientSummary(UUID id, String clientNumber, String firstName, String lastName, Integer birthYear,
			String responsibleName, Kind access) {

		static ClientSummary of(Client client, Kind access, Map<UUID, String> counsellors) {
			return new ClientSummary(client.id(), client.clientNumber(), client.firstName(), client.lastName(),
					client.birthYear(), counsellors.getOrDefault(client.responsibleId(), "–"), access);
		}

		static ClientSummary of(ClientStore.Listed client, Kind access, Map<UUID, String> counsellors) {
			return new ClientSummary(client.id(), client.clientNumber(), client.firstName(), client.lastName(),
					client.birthYear(), counsellors.getOrDefault(client.responsibleId(), "–"), access);
		}

		static ClientSummary withoutName(ClientStore.Stub stub, Map<UUID, String> counsellors) {
			return new ClientSummary(stub.id(), stub.clientNumber(), null, null, null,
					counsellors.getOrDefault(stub.responsibleId(), "–"), Kind.NONE);
		}

		/** Whether the names may be shown. */
		public boolean readable() {
			return this.access != Kind.NONE;
		}

	}

}
