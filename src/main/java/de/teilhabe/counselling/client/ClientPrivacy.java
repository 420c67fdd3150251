package de.teilhabe.counselling.client;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import de.teilhabe.access.AuditLog.AuditEntry;
import de.teilhabe.counselling.access.ClientAccess;
import de.teilhabe.counselling.retention.CaseAnonymisation;
import de.teilhabe.region.Languages;
import de.teilhabe.shared.privacy.DataSubject;
import de.teilhabe.shared.privacy.DataSubjectEraser;
import de.teilhabe.shared.privacy.DataSubjectExporter;
import de.teilhabe.shared.privacy.DataSubjectFinder;
import de.teilhabe.shared.privacy.DataSubjectSection;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.time.Times;

import org.springframework.stereotype.Component;

/**
 * The privacy hooks of the Beratungsstelle's clients (subject type
 * {@value #SUBJECT_TYPE}, id: the client's id) for the PRIVACY_OFFICER's data-subject
 * requests. Found by name through the transliteration search (the keyed hashes of the
 * phonetic keys, no plaintext scan) or by client number; exported (Art. 15) with every
 * field decrypted, the responsible counsellor and the deputies by name (the break-glass
 * accesses: {@code access.BreakGlassPrivacy}, the cases:
 * {@code casework.contact.ClientCasesPrivacy}); erased (Art. 17) by anonymising its cases
 * (they stay, without client, for the statistics) and deleting the client with its
 * name-key hashes, deputies and break-glass accesses; an open case is a legal hold that
 * keeps the erasure from running. Every decryption here is recorded in the audit log
 * (category case access, action {@code counselling.client.read}, reason
 * {@code data subject request}).
 */
@Component
public class ClientPrivacy implements DataSubjectFinder, DataSubjectExporter, DataSubjectEraser {

	/** The subject type of a client. */
	public static final String SUBJECT_TYPE = "counselling-client";

	static final String SECTION = "counselling.client";

	static final String BREAK_GLASS_SECTION = "counselling.client-break-glass";

	static final String PURPOSE = "data subject request";

	private final ClientStore store;

	private final ClientAccess access;

	private final Clients clients;

	private final AuditLog audit;

	private final CaseAnonymisation anonymisation;

	private final Times times;

	private final Clock clock;

	ClientPrivacy(ClientStore store, ClientAccess access, Clients clients, AuditLog audit,
			CaseAnonymisation anonymisation, Times times, Clock clock) {
		this.anonymisation = anonymisation;
		this.times = times;
		this.clock = clock;
		this.store = store;
		this.access = access;
		this.clients = clients;
		this.audit = audit;
	}

	@Override
	public Set<String> subjectTypes() {
		return Set.of(SUBJECT_TYPE);
	}

	@Override
	public List<FoundRecord> find(UUID tenantId, String query) {
		Set<UUID> candidates = this.store.matching(tenantId, query);
		Map<UUID, String> counsellors = this.access.counsellors(tenantId);
		List<FoundRecord> found = new ArrayList<>();
		for (Client client : this.store.findAll(tenantId, candidates)) {
			if (found.size() >= LIMIT) {
				break;
			}
			audited(client);
			found.add(new FoundRecord(new DataSubject(tenantId, SUBJECT_TYPE, client.id().toString()),
					"privacy.kind." + SUBJECT_TYPE, client.name(), client.email(),
					client.clientNumber() + " (" + counsellors.getOrDefault(client.responsibleId(), "–") + ")"));
		}
		return found;
	}

	@Override
	public Optional<String> nameOf(DataSubject subject) {
		return client(subject).map(Client::name);
	}

	@Override
	public Optional<DataSubjectSection> export(DataSubject subject) {
		return client(subject).map((client) -> {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("clientNumber", client.clientNumber());
			data.put("firstName", client.firstName());
			data.put("lastName", client.lastName());
			data.put("phone", client.phone());
			data.put("email", client.email());
			data.put("birthYear", client.birthYear());
			data.put("gender", client.gender());
			data.put("nationality", client.nationality());
			data.put("languages",
					client.languages()
						.stream()
						.map((code) -> Languages.displayName(code, Locale.GERMAN) + " (" + code + ")")
						.collect(Collectors.joining(", ")));
			data.put("residenceStatus", client.residenceStatus());
			data.put("arrivalYear", client.arrivalYear());
			data.put("gemeinde", (client.gemeinde() == null) ? null : this.clients.gemeindeName(client.gemeinde()));
			data.put("germanLevel", client.germanLevel());
			data.put("note", client.note());
			data.put("responsible",
					this.access.counsellors(subject.tenantId()).getOrDefault(client.responsibleId(), "–"));
			data.put("deputies", String.join(", ", this.access.deputies(subject.tenantId(), client.id()).values()));
			data.put("storedSince", client.createdAt());
			data.put("changedAt", client.updatedAt());
			return new DataSubjectSection(SECTION, data);
		});
	}

	/**
	 * Anonymises the client's cases first (the statistics keep them; the check constraint
	 * allows a case without client only once anonymised), then deletes the client.
	 */
	@Override
	public Erasure erase(DataSubject subject, String reason) {
		if (!supports(subject.type()) || subject.uuid().isEmpty()) {
			return new Erasure(SECTION, 0, "counselling.privacy.erased");
		}
		UUID id = subject.uuid().get();
		CaseAnonymisation.Anonymised cases = this.anonymisation.anonymise(subject.tenantId(),
				this.anonymisation.casesOf(subject.tenantId(), id), OffsetDateTime.now(this.clock));
		int affected = this.store.delete(subject.tenantId(), id);
		if (affected > 0) {
			String details = (cases.cases() > 0) ? cases.counts() : null;
			Optional<Actor> actor = CurrentActor.find();
			this.audit.record(new AuditEntry(subject.tenantId(), actor.map(Actor::userId).orElse(null),
					actor.map(Actor::username).orElse("system"), AuditCategory.CASE_ACCESS, "counselling.client.erased",
					"counselling_client", subject.id(), null, details));
		}
		return new Erasure(SECTION, affected + cases.cases(), "counselling.privacy.erased");
	}

	/**
	 * An open counselling or case-management case holds the client's data: the case must
	 * be closed first (by the counsellor, who may have to hand over or finish the
	 * service). Closed cases hold nothing: they are anonymised with the erasure.
	 */
	@Override
	public List<LegalHold> holds(DataSubject subject) {
		if (!supports(subject.type()) || subject.uuid().isEmpty()) {
			return List.of();
		}
		return this.anonymisation.openCasesOf(subject.tenantId(), subject.uuid().get())
			.stream()
			.map((open) -> new LegalHold("counselling.privacy.hold.openCase." + open.kind(),
					List.of(this.times.date(open.openedOn()))))
			.toList();
	}

	/** The client of the subject, decrypted and audited. */
	private Optional<Client> client(DataSubject subject) {
		if (!supports(subject.type())) {
			return Optional.empty();
		}
		return subject.uuid().flatMap((id) -> this.store.find(subject.tenantId(), id)).map(this::audited);
	}

	private Client audited(Client client) {
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.client.read", "counselling_client",
				client.id().toString(), PURPOSE);
		return client;
	}

}
