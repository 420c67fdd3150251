package de.teilhabe.counselling.client;

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
import de.teilhabe.counselling.access.ClientAccess;
import de.teilhabe.region.Languages;
import de.teilhabe.shared.privacy.DataSubject;
import de.teilhabe.shared.privacy.DataSubjectEraser;
import de.teilhabe.shared.privacy.DataSubjectExporter;
import de.teilhabe.shared.privacy.DataSubjectFinder;
import de.teilhabe.shared.privacy.DataSubjectSection;

import org.springframework.stereotype.Component;

/**
 * The privacy hooks of the Beratungsstelle's clients (subject type
 * {@value #SUBJECT_TYPE}, id: the client's id) for the PRIVACY_OFFICER's data-subject
 * requests. Found by name through the transliteration search (the keyed hashes of the
 * phonetic keys, no plaintext scan) or by client number; exported (Art. 15) with every
 * field decrypted, the responsible counsellor and the deputies by name (the break-glass
 * accesses: {@code access.BreakGlassPrivacy}); erased (Art. 17) by deleting the client
 * with its name-key hashes, deputies and break-glass accesses (nothing counts clients
 * yet: when cases come, the row will stay as an anonymous shell for their statistics).
 * Every decryption here is recorded in the audit log (category case access, action
 * {@code counselling.client.read}, reason {@code data subject request}).
 */
@Component
class ClientPrivacy implements DataSubjectFinder, DataSubjectExporter, DataSubjectEraser {

	/** The subject type of a client. */
	static final String SUBJECT_TYPE = "counselling-client";

	static final String SECTION = "counselling.client";

	static final String BREAK_GLASS_SECTION = "counselling.client-break-glass";

	static final String PURPOSE = "data subject request";

	private final ClientStore store;

	private final ClientAccess access;

	private final Clients clients;

	private final AuditLog audit;

	ClientPrivacy(ClientStore store, ClientAccess access, Clients clients, AuditLog audit) {
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

	@Override
	public Erasure erase(DataSubject subject, String reason) {
		int affected = subject.uuid().map((id) -> this.store.delete(subject.tenantId(), id)).orElse(0);
		if (affected > 0) {
			this.audit.record(AuditCategory.CASE_ACCESS, "counselling.client.erased", "counselling_client",
					subject.id(), null);
		}
		return new Erasure(SECTION, affected, "counselling.privacy.erased");
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
