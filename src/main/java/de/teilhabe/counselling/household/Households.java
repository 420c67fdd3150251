package de.teilhabe.counselling.household;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.counselling.access.ClientAccess.Grant;
import de.teilhabe.counselling.casework.CaseAccess;
import de.teilhabe.counselling.casework.CaseAccess.CaseStub;
import de.teilhabe.counselling.client.Clients;
import de.teilhabe.counselling.client.Clients.ClientSummary;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.ConflictException;
import de.teilhabe.shared.web.InvalidBodyException;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The household members of a client (page and API): listing, adding, changing and
 * removing them (all or nothing), and ticking on a case which of them were counselled
 * alongside. Whoever reads the client reads and edits its household
 * ({@code access.ClientAccess}: responsible counsellor, deputies, break-glass); anyone
 * else is refused (403), another tenant's or an unknown client is not found (404). Every
 * read is recorded in the audit log like a read of the client
 * ({@code counselling.client.read}, reason {@code household} or the break-glass access);
 * a linked client shown by name is a read of that client too ({@code household link}).
 */
@Service
public class Households {

	/** The most members one household takes. */
	static final int MAX_MEMBERS = 30;

	/** The longest search text for a client to link. */
	static final int MAX_QUERY = 200;

	static final String PURPOSE = "household";

	private final HouseholdStore store;

	private final Clients clients;

	private final CaseAccess cases;

	private final AuditLog audit;

	private final FormBinder binder;

	private final Times times;

	private final Clock clock;

	Households(HouseholdStore store, Clients clients, CaseAccess cases, AuditLog audit, FormBinder binder, Times times,
			Clock clock) {
		this.store = store;
		this.clients = clients;
		this.cases = cases;
		this.audit = audit;
		this.binder = binder;
		this.times = times;
		this.clock = clock;
	}

	/**
	 * The client's household members with their linked clients, audited as a read of the
	 * client.
	 */
	@Transactional
	public List<MemberView> of(Actor actor, UUID clientId) {
		Grant grant = readable(actor, clientId);
		List<Member> members = this.store.ofClient(actor.tenantId(), clientId);
		auditRead(clientId, grant);
		return views(actor, members);
	}

	/**
	 * The clients in whose households this client is entered (linked), by name where the
	 * counsellor reads them (a read of that client, {@code household link}), else by
	 * number; for the client's page.
	 */
	@Transactional
	public List<LinkedClient> householdsOf(Actor actor, UUID clientId) {
		readable(actor, clientId);
		List<LinkedClient> owners = new ArrayList<>();
		Set<UUID> seen = new java.util.HashSet<>();
		for (Member entry : this.store.linkedTo(actor.tenantId(), clientId)) {
			if (seen.add(entry.clientId())) {
				owners.add(linked(actor, entry.clientId()));
			}
		}
		return owners;
	}

	/** One member of the client (404 if it is not of this client), audited. */
	@Transactional
	public MemberView one(Actor actor, UUID clientId, UUID memberId) {
		Grant grant = readable(actor, clientId);
		Member member = this.store.find(actor.tenantId(), clientId, memberId).orElseThrow(Households::notFound);
		auditRead(clientId, grant);
		return views(actor, List.of(member)).get(0);
	}

	/** Adds a member to the client's household; not stored when a value is wrong. */
	@Transactional
	public Saved add(Actor actor, UUID clientId, Map<String, ?> raw) {
		Grant grant = readable(actor, clientId);
		List<Member> members = this.store.ofClient(actor.tenantId(), clientId);
		FormBinder.Bound<MemberForm> checked = check(actor, clientId, null, members, raw);
		if (!checked.valid()) {
			return new Saved(null, checked.checked());
		}
		UUID id = this.store.insert(actor.tenantId(), clientId, checked.form(), now());
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.household.added", HouseholdColumns.TABLE,
				id.toString(), grant.auditReason(PURPOSE), "client " + clientId);
		return new Saved(id, checked.checked());
	}

	/** Changes a member of the client's household (404 if it is not of this client). */
	@Transactional
	public Saved change(Actor actor, UUID clientId, UUID memberId, Map<String, ?> raw) {
		Grant grant = readable(actor, clientId);
		List<Member> members = this.store.ofClient(actor.tenantId(), clientId);
		Member member = members.stream()
			.filter((candidate) -> candidate.id().equals(memberId))
			.findFirst()
			.orElseThrow(Households::notFound);
		FormBinder.Bound<MemberForm> checked = check(actor, clientId, member, members, raw);
		if (!checked.valid()) {
			return new Saved(null, checked.checked());
		}
		this.store.update(actor.tenantId(), clientId, memberId, checked.form(), now());
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.household.changed", HouseholdColumns.TABLE,
				memberId.toString(), grant.auditReason(PURPOSE), "client " + clientId);
		return new Saved(memberId, checked.checked());
	}

	/**
	 * Removes a member from the client's household (404 if it is not of this client); an
	 * open case forgets it, a closed one keeps it as an anonymous count.
	 */
	@Transactional
	public void remove(Actor actor, UUID clientId, UUID memberId) {
		Grant grant = readable(actor, clientId);
		if (!this.store.delete(actor.tenantId(), clientId, memberId)) {
			throw notFound();
		}
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.household.removed", HouseholdColumns.TABLE,
				memberId.toString(), grant.auditReason(PURPOSE), "client " + clientId);
	}

	/**
	 * The values, errors and (first) the checks of a member's form: the fields, the
	 * household's size, and the linked client (of the tenant, not the client itself, read
	 * by the counsellor unless it is the one linked already, not linked twice).
	 */
	private FormBinder.Bound<MemberForm> check(Actor actor, UUID clientId, Member member, List<Member> members,
			Map<String, ?> raw) {
		FormBinder.Bound<MemberForm> bound = MemberForm.check(this.binder, raw, year());
		Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>(bound.checked().errors());
		if (member == null && members.size() >= MAX_MEMBERS) {
			errors.putIfAbsent("relationship", message("counselling.household.error.tooMany", MAX_MEMBERS));
		}
		MemberForm form = bound.form();
		UUID linked = (form != null) ? form.linkedClientId() : null;
		if (linked != null && !errors.containsKey("linkedClientId")
				&& (member == null || !linked.equals(member.linkedClientId()))) {
			String problem = linkProblem(actor, clientId, linked, member, members);
			if (problem != null) {
				errors.put("linkedClientId", message(problem));
			}
		}
		return new FormBinder.Bound<>(form, new CheckedValues(bound.checked().values(), errors));
	}

	private String linkProblem(Actor actor, UUID clientId, UUID linked, Member member, List<Member> members) {
		if (linked.equals(clientId)) {
			return "counselling.household.error.linkSelf";
		}
		Grant grant;
		try {
			grant = this.clients.grant(actor, linked);
		}
		catch (NotFoundException ex) {
			return "counselling.household.error.linkUnknown";
		}
		if (!grant.kind().reads()) {
			return "counselling.household.error.linkNoAccess";
		}
		boolean twice = members.stream()
			.anyMatch((other) -> linked.equals(other.linkedClientId())
					&& (member == null || !other.id().equals(member.id())));
		return twice ? "counselling.household.error.linkTwice" : null;
	}

	/**
	 * Clients the counsellor reads whose names sound like the search text (the name
	 * search of the clients, audited there), without the client itself: the candidates to
	 * link a member to.
	 */
	public List<ClientSummary> linkCandidates(Actor actor, UUID clientId, String query) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		return this.clients.search(actor, query, new ApiPaging(0, 20))
			.items()
			.stream()
			.filter(ClientSummary::readable)
			.filter((client) -> !client.id().equals(clientId))
			.toList();
	}

	/**
	 * The members of the case's client and which of them are counselled alongside in the
	 * case, audited as a read of the client. A case without client (short contact,
	 * anonymised) has none.
	 */
	@Transactional
	public Alongside alongside(Actor actor, UUID caseId) {
		CaseStub stub = this.cases.readable(actor, caseId);
		if (stub.clientId() == null) {
			return new Alongside(caseId, null, false, List.of(), Set.of());
		}
		List<Member> members = this.store.ofClient(actor.tenantId(), stub.clientId());
		auditRead(stub.clientId(), stub.grant());
		return new Alongside(caseId, stub.clientId(), "OPEN".equals(stub.status()), views(actor, members),
				new LinkedHashSet<>(this.store.alongside(actor.tenantId(), caseId)));
	}

	/**
	 * Sets which members of the client were counselled alongside in an open case (409 for
	 * a closed case or one without client; 422 {@code memberIds} for a member of another
	 * household).
	 */
	@Transactional
	public Alongside setAlongside(Actor actor, UUID caseId, Collection<String> memberIds) {
		CaseStub stub = this.cases.readable(actor, caseId);
		if (stub.clientId() == null) {
			throw new ConflictException("counselling.household.error.caseWithoutClient");
		}
		if (!"OPEN".equals(stub.status())) {
			throw new ConflictException("counselling.household.error.caseClosed");
		}
		Set<UUID> known = new java.util.HashSet<>();
		this.store.ofClient(actor.tenantId(), stub.clientId()).forEach((member) -> known.add(member.id()));
		Set<UUID> chosen = new LinkedHashSet<>();
		for (String value : memberIds) {
			UUID id = uuid(value);
			if (id == null || !known.contains(id)) {
				throw new InvalidBodyException("memberIds", "counselling.household.error.member");
			}
			chosen.add(id);
		}
		this.store.setAlongside(actor.tenantId(), caseId, chosen, now());
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.case.household", "counselling_case",
				caseId.toString(), stub.grant().auditReason(PURPOSE), "members=" + chosen.size());
		return alongside(actor, caseId);
	}

	private static UUID uuid(String value) {
		try {
			return (value == null) ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The members with their linked clients: by name where the counsellor reads them. */
	private List<MemberView> views(Actor actor, List<Member> members) {
		Map<UUID, LinkedClient> linked = new HashMap<>();
		for (Member member : members) {
			UUID id = member.linkedClientId();
			if (id != null && !linked.containsKey(id)) {
				linked.put(id, linked(actor, id));
			}
		}
		List<MemberView> views = new ArrayList<>();
		for (Member member : members) {
			views.add(new MemberView(member,
					(member.linkedClientId() != null) ? linked.get(member.linkedClientId()) : null));
		}
		return views;
	}

	private LinkedClient linked(Actor actor, UUID clientId) {
		Grant grant = this.clients.grant(actor, clientId);
		if (grant.kind().reads()) {
			var client = this.clients.read(actor, clientId, "household link");
			return new LinkedClient(clientId, client.clientNumber(), client.name());
		}
		return new LinkedClient(clientId, this.clients.stub(actor, clientId).clientNumber(), null);
	}

	private Grant readable(Actor actor, UUID clientId) {
		Grant grant = this.clients.grant(actor, clientId);
		if (!grant.kind().reads()) {
			throw new AccessDeniedException("not responsible, no deputy, no break-glass access");
		}
		return grant;
	}

	private void auditRead(UUID clientId, Grant grant) {
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.client.read", "counselling_client",
				clientId.toString(), grant.auditReason(PURPOSE));
	}

	private int year() {
		return this.times.today(this.clock).getYear();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	private static MessageSourceResolvable message(String key, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { key }, arguments);
	}

	static NotFoundException notFound() {
		return new NotFoundException("counselling.household.error.notFound");
	}

	/**
	 * The outcome of saving a member.
	 *
	 * @param id the member, null if not stored
	 * @param checked the values and errors
	 */
	public record Saved(UUID id, CheckedValues checked) {
	}

	/**
	 * A member as shown, with its linked client.
	 *
	 * @param member the member, decrypted
	 * @param linked the linked client, or null
	 */
	public record MemberView(Member member, LinkedClient linked) {
	}

	/**
	 * A linked client: by name where the counsellor reads it, else by number only.
	 *
	 * @param id the client
	 * @param clientNumber its number
	 * @param name its name, null without access
	 */
	public record LinkedClient(UUID id, String clientNumber, String name) {
	}

	/**
	 * The members of a case's client and those counselled alongside in the case.
	 *
	 * @param caseId the case
	 * @param clientId its client, null for a short contact or an anonymised case
	 * @param open whether the case is open (only then the choice changes)
	 * @param members the client's household members
	 * @param chosen the ids of those counselled alongside
	 */
	public record Alongside(UUID caseId, UUID clientId, boolean open, List<MemberView> members, Set<UUID> chosen) {

		/** The members counselled alongside. */
		public List<MemberView> alongside() {
			return this.members.stream().filter((view) -> this.chosen.contains(view.member().id())).toList();
		}

	}

}
