package de.teilhabe.counselling.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.counselling.casework.CaseAccess;
import de.teilhabe.counselling.casework.CaseAccess.CaseStub;
import de.teilhabe.counselling.client.Client;
import de.teilhabe.counselling.client.Clients;
import de.teilhabe.counselling.client.DataCategory;
import de.teilhabe.counselling.client.SharingConsents;
import de.teilhabe.counselling.client.SharingConsents.Check;
import de.teilhabe.counselling.client.SharingConsents.Sharing;
import de.teilhabe.counselling.client.SharingConsents.SharingPurpose;
import de.teilhabe.network.OrganisationSummary;
import de.teilhabe.network.Organisations;
import de.teilhabe.region.Languages;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.ConflictException;
import de.teilhabe.shared.web.InvalidBodyException;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals of a case to an organisation of the network, for the counsellors who read the
 * case's client ({@link CaseAccess}; 404, 403): the list and one referral (each read
 * audited), the preview of the data packet with the consent check, sending it (refused,
 * naming the missing consent, when a category is not covered; the packet stored encrypted
 * as sent), recording the organisation's answer or revoking it (only the moves
 * {@link ReferralStatus#next} allows, 409 otherwise), and the outcome check. Sending and
 * revoking tell the organisation's partners by mail ({@link ReferralMails}, nothing about
 * the person in it).
 */
@Service
public class Referrals {

	/** Days from sending to the outcome check when none is given. */
	static final int FOLLOW_UP_DAYS = 14;

	private static final String CASE_READ = "counselling.case.referrals.read";

	private static final String READ = "counselling.referral.read";

	private final ReferralStore store;

	private final CaseAccess cases;

	private final Clients clients;

	private final SharingConsents consents;

	private final Organisations organisations;

	private final FormBinder binder;

	private final AuditLog audit;

	private final MessageSource messages;

	private final Times times;

	private final Clock clock;

	private final ReferralMails mails;

	Referrals(ReferralStore store, CaseAccess cases, Clients clients, SharingConsents consents,
			Organisations organisations, FormBinder binder, AuditLog audit, MessageSource messages, Times times,
			Clock clock, ReferralMails mails) {
		this.mails = mails;
		this.store = store;
		this.cases = cases;
		this.clients = clients;
		this.consents = consents;
		this.organisations = organisations;
		this.binder = binder;
		this.audit = audit;
		this.messages = messages;
		this.times = times;
		this.clock = clock;
	}

	/** Today in the office's time zone. */
	public LocalDate today() {
		return this.times.today(this.clock);
	}

	/** The case's referrals, newest first; the read audited. */
	@Transactional
	public ApiPage<Referral> list(Actor actor, UUID caseId, ApiPaging paging) {
		CaseStub stub = this.cases.readable(actor, caseId);
		long total = this.store.count("SELECT count(*) FROM counselling_referral WHERE tenant_id = ? AND case_id = ?",
				actor.tenantId(), caseId);
		List<Referral> items = this.store.list(actor.tenantId(),
				"WHERE tenant_id = ? AND case_id = ? ORDER BY sent_at DESC, id LIMIT ? OFFSET ?", actor.tenantId(),
				caseId, paging.size(), paging.offset());
		this.audit.record(AuditCategory.CASE_ACCESS, CASE_READ, "counselling_case", caseId.toString(),
				stub.grant().auditReason("referrals"));
		return ApiPage.of(items, paging, total);
	}

	/** One referral of the case (404 for another case's); the read audited. */
	@Transactional
	public Referral one(Actor actor, UUID caseId, UUID id) {
		CaseStub stub = this.cases.readable(actor, caseId);
		Referral referral = ofCase(actor, caseId, id);
		this.audit.record(AuditCategory.CASE_ACCESS, READ, "counselling_referral", id.toString(),
				stub.grant().auditReason("referral"), "case " + caseId);
		return referral;
	}

	private Referral ofCase(Actor actor, UUID caseId, UUID id) {
		return this.store.find(actor.tenantId(), id)
			.filter((referral) -> referral.caseId().equals(caseId))
			.orElseThrow(() -> new NotFoundException("counselling.referrals.error.notFound"));
	}

	/**
	 * The referrals the counsellor sent whose outcome check is open, by the day it is due
	 * (on cases not anonymised); each case's read audited.
	 */
	@Transactional
	public List<Referral> followUps(Actor actor) {
		List<Referral> referrals = this.store.list(actor.tenantId(), """
				WHERE tenant_id = ? AND sent_by = ? AND follow_up_done_at IS NULL AND follow_up_on IS NOT NULL
				  AND packet_sealed IS NOT NULL
				ORDER BY follow_up_on, sent_at LIMIT 200""", actor.tenantId(), actor.userId());
		List<Referral> readable = new ArrayList<>();
		for (Referral referral : referrals) {
			this.cases.stub(actor, referral.caseId())
				.filter((stub) -> stub.grant().kind().reads())
				.ifPresent((stub) -> readable.add(referral));
		}
		this.audit.recordBatch(AuditCategory.CASE_ACCESS, READ, "counselling_referral",
				readable.stream().map((referral) -> referral.id().toString()).toList(), "follow-ups");
		return readable;
	}

	/**
	 * How many outcome checks of the counsellor's referrals are due (today or before).
	 */
	public long countDue(Actor actor) {
		return this.store.count("""
				SELECT count(*) FROM counselling_referral
				WHERE tenant_id = ? AND sent_by = ? AND follow_up_done_at IS NULL AND follow_up_on <= ?
				  AND packet_sealed IS NOT NULL""", actor.tenantId(), actor.userId(), today());
	}

	/**
	 * The organisations a case may be referred to: the network's live entries, by name.
	 */
	public List<OrganisationSummary> organisations(UUID tenantId) {
		List<OrganisationSummary> all = new ArrayList<>();
		for (int page = 0; page < 50; page++) {
			ApiPage<OrganisationSummary> found = this.organisations.list(tenantId,
					new ApiPaging(page, ApiPaging.MAX_SIZE));
			all.addAll(found.items());
			if (page + 1 >= found.totalPages()) {
				break;
			}
		}
		return all;
	}

	/**
	 * Checks a referral's form and builds the packet from the client's current values
	 * (the client's read audited as {@code referral preview}), with the consent check.
	 */
	@Transactional
	public Prepared prepare(Actor actor, UUID caseId, Map<String, ?> raw, Locale locale) {
		CaseStub stub = referrable(actor, caseId);
		OrganisationSummary[] organisation = new OrganisationSummary[1];
		Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
		LocalDate today = today();
		FormBinder.Bound<ReferralForm> bound = this.binder.bind(raw, ReferralForm.class, (form, errors) -> {
			if (form.organisationId() != null) {
				organisation[0] = this.organisations.find(actor.tenantId(), form.organisationId()).orElse(null);
				if (organisation[0] == null) {
					errors.rejectValue("organisationId", "counselling.referrals.error.organisation");
				}
			}
			List<String> names = (form.categories() != null) ? form.categories() : List.of();
			for (String name : names) {
				Optional<DataCategory> category = Arrays.stream(DataCategory.values())
					.filter((value) -> value.name().equals(name))
					.findFirst();
				if (category.isEmpty()) {
					errors.rejectValue("categories", "counselling.referrals.error.category");
					break;
				}
				categories.add(category.get());
			}
			if (names.isEmpty()) {
				errors.rejectValue("categories", "counselling.referrals.error.categories");
			}
			if (categories.contains(DataCategory.CONCERN)
					&& (form.description() == null || form.description().isBlank())
					&& !errors.hasFieldErrors("description")) {
				errors.rejectValue("description", "counselling.referrals.error.description");
			}
			if (form.followUpOn() != null
					&& (form.followUpOn().isBefore(today) || form.followUpOn().isAfter(today.plusYears(1)))) {
				errors.rejectValue("followUpOn", "counselling.referrals.error.followUpOn");
			}
		});
		if (!bound.valid()) {
			return new Prepared(bound.checked(), null, null, null, null);
		}
		ReferralForm form = bound.form();
		Client client = this.clients.read(actor, stub.clientId(), "referral preview");
		Packet packet = packet(client, topics(actor.tenantId(), caseId), categories, form.description(),
				organisation[0].name(), locale);
		Check check = this.consents.check(actor.tenantId(), stub.clientId(),
				new Sharing(SharingPurpose.REFERRAL, organisation[0].kind(), categories));
		return new Prepared(bound.checked(), form, organisation[0], packet, check);
	}

	/**
	 * Sends the referral: the form checked, every category covered by a valid consent
	 * (else 422 at {@code categories}, naming the missing consent), the packet unchanged
	 * since the preview if a fingerprint is given (else 409); stored as sent, audited.
	 * @return the referral's id, or the errors (nothing stored)
	 */
	@Transactional
	public Sent send(Actor actor, UUID caseId, Map<String, ?> raw, Locale locale) {
		Prepared prepared = prepare(actor, caseId, raw, locale);
		if (prepared.packet() == null) {
			return new Sent(null, prepared);
		}
		if (!prepared.check().allowed()) {
			Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>(prepared.checked().errors());
			errors.put("categories", new DefaultMessageSourceResolvable(null, null,
					String.join(" ", this.consents.missingMessages(prepared.check(), locale))));
			return new Sent(null, new Prepared(new CheckedValues(prepared.checked().values(), errors), prepared.form(),
					prepared.organisation(), prepared.packet(), prepared.check()));
		}
		String hash = prepared.form().previewHash();
		if (hash != null && !hash.isBlank() && !hash.strip().equals(prepared.packet().fingerprint())) {
			throw new ConflictException("counselling.referrals.error.changed");
		}
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		LocalDate followUp = (prepared.form().followUpOn() != null) ? prepared.form().followUpOn()
				: today().plusDays(FOLLOW_UP_DAYS);
		List<DataCategory> categories = List.copyOf(prepared.check().covered().keySet());
		this.store.insert(actor.tenantId(), id, caseId, prepared.organisation(), categories,
				prepared.check().consentIds(), prepared.packet(), prepared.form().reason(), actor.userId(), now,
				followUp);
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.referral.sent", "counselling_referral", id.toString(),
				"referral", "case " + caseId + ", organisation " + prepared.organisation().id() + ", categories "
						+ String.join(",", categories.stream().map(Enum::name).toList()));
		this.mails.sent(actor.tenantId(), prepared.organisation().id(), id);
		return new Sent(id, prepared);
	}

	/**
	 * Records a move of the referral by the counsellor: {@code REVOKED}, or the
	 * organisation's answer as it told the office ({@code ACCEPTED}, {@code REJECTED},
	 * {@code DONE}), with a note. 422 for an unknown state or a note too long, 409 for a
	 * move its state does not allow.
	 */
	@Transactional
	public Referral move(Actor actor, UUID caseId, UUID id, Object status, Object note) {
		CaseStub stub = this.cases.readable(actor, caseId);
		Referral referral = ofCase(actor, caseId, id);
		ReferralStatus target = ReferralStatus.of(status);
		if (target == null || target == ReferralStatus.PENDING) {
			throw new InvalidBodyException("status", "counselling.referrals.error.status");
		}
		String text = note(note);
		if (!referral.status().mayMoveTo(target) || !this.store.move(actor.tenantId(), id, referral.status(), target,
				actor.userId(), OffsetDateTime.now(this.clock), (target == ReferralStatus.REVOKED) ? null : text,
				(target == ReferralStatus.REVOKED) ? text : null)) {
			throw conflict(referral.status(), target);
		}
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.referral." + target.name().toLowerCase(Locale.ROOT),
				"counselling_referral", id.toString(), stub.grant().auditReason("referral"), "case " + caseId);
		if (target == ReferralStatus.REVOKED) {
			this.mails.revoked(actor.tenantId(), referral.organisationId(), referral.sentAt());
		}
		return this.store.find(actor.tenantId(), id).orElseThrow();
	}

	/** Marks the outcome checked (409 if it was already), with an optional note. */
	@Transactional
	public Referral checkOutcome(Actor actor, UUID caseId, UUID id, Object note) {
		CaseStub stub = this.cases.readable(actor, caseId);
		ofCase(actor, caseId, id);
		String text = note(note);
		if (!this.store.outcomeChecked(actor.tenantId(), id, actor.userId(), OffsetDateTime.now(this.clock), text)) {
			throw new ConflictException("counselling.referrals.error.checked");
		}
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.referral.outcome-checked", "counselling_referral",
				id.toString(), stub.grant().auditReason("referral"), "case " + caseId);
		return this.store.find(actor.tenantId(), id).orElseThrow();
	}

	/**
	 * Sends a referral without a user (the system): for start-up tasks such as the demo
	 * data only; the same consent check as {@link #send}, the packet in German.
	 * @return the referral's id, or empty when a consent is missing
	 */
	@Transactional
	public Optional<UUID> sendBySystem(UUID tenantId, UUID caseId, Client client, UUID counsellor,
			OrganisationSummary organisation, Set<DataCategory> categories, String description, String reason,
			OffsetDateTime sentAt, LocalDate followUpOn) {
		Check check = this.consents.check(tenantId, client.id(),
				new Sharing(SharingPurpose.REFERRAL, organisation.kind(), categories));
		if (!check.allowed()) {
			return Optional.empty();
		}
		Packet packet = packet(client, topics(tenantId, caseId), categories, description, organisation.name(),
				Locale.GERMAN);
		UUID id = UUID.randomUUID();
		this.store.insert(tenantId, id, caseId, organisation, List.copyOf(check.covered().keySet()), check.consentIds(),
				packet, reason, counsellor, sentAt, followUpOn);
		return Optional.of(id);
	}

	/**
	 * Moves a referral without a user (the system), for start-up tasks only.
	 * @return whether it moved
	 */
	@Transactional
	public boolean moveBySystem(UUID tenantId, UUID id, ReferralStatus from, ReferralStatus to, UUID by,
			OffsetDateTime at, String note) {
		return from.mayMoveTo(to) && this.store.move(tenantId, id, from, to, by, at,
				(to == ReferralStatus.REVOKED) ? null : note, (to == ReferralStatus.REVOKED) ? note : null);
	}

	/**
	 * Whether the consents that covered a referral are all still valid (none withdrawn
	 * since): the organisation reads it only then.
	 */
	public boolean consentsValid(UUID tenantId, List<UUID> consentIds) {
		return this.consents.stillValid(tenantId, consentIds);
	}

	/** A move the state does not allow, named in words. */
	ConflictException conflict(ReferralStatus from, ReferralStatus to) {
		Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		return new ConflictException("counselling.referrals.error.move",
				this.messages.getMessage("counselling.referrals.status." + from.name(), null, locale),
				this.messages.getMessage("counselling.referrals.status." + to.name(), null, locale));
	}

	/**
	 * A note of at most 4000 characters (null for none); 422 at {@code note} otherwise.
	 */
	static String note(Object note) {
		if (note == null) {
			return null;
		}
		if (!(note instanceof String text)) {
			throw new InvalidBodyException("note", "counselling.referrals.error.note");
		}
		if (text.length() > 4000) {
			throw new InvalidBodyException("note", "counselling.referrals.error.noteTooLong");
		}
		if (de.teilhabe.shared.web.ControlCharacterFilter.hasControlCharacter(text)) {
			throw new InvalidBodyException("note", "counselling.referrals.error.note");
		}
		return text.isBlank() ? null : text.strip();
	}

	/** The case if it may be referred: readable, with a client, open (409 otherwise). */
	private CaseStub referrable(Actor actor, UUID caseId) {
		CaseStub stub = this.cases.readable(actor, caseId);
		if (stub.clientId() == null || "SHORT_CONTACT".equals(stub.kind())) {
			throw new ConflictException("counselling.referrals.error.noClient");
		}
		if ("CLOSED".equals(stub.status())) {
			throw new ConflictException("counselling.referrals.error.closed");
		}
		return stub;
	}

	private List<String> topics(UUID tenantId, UUID caseId) {
		return this.store.jdbc()
			.sql("SELECT topics FROM counselling_case WHERE tenant_id = ? AND id = ?")
			.params(tenantId, caseId)
			.query((rs, row) -> Arrays.asList((String[]) rs.getArray("topics").getArray()))
			.optional()
			.orElse(List.of());
	}

	/** The packet: the client's values of the categories, in the reader's language. */
	Packet packet(Client client, List<String> topics, Set<DataCategory> categories, String description,
			String recipient, Locale locale) {
		List<Packet.Line> lines = new ArrayList<>();
		for (DataCategory category : categories) {
			switch (category) {
				case NAME_AND_CONTACT -> {
					line(lines, category, "firstName", client.firstName());
					line(lines, category, "lastName", client.lastName());
					line(lines, category, "phone", client.phone());
					line(lines, category, "email", client.email());
				}
				case BIRTH_YEAR -> line(lines, category, "birthYear",
						(client.birthYear() != null) ? client.birthYear().toString() : null);
				case LANGUAGES -> line(lines, category, "languages",
						client.languages().isEmpty() ? null : Languages.displayNames(client.languages(), locale));
				case GERMAN_LEVEL -> line(lines, category, "germanLevel", (client.germanLevel() != null)
						? text("counselling.germanLevel." + client.germanLevel().name(), locale) : null);
				case RESIDENCE_STATUS -> line(lines, category, "residenceStatus", (client.residenceStatus() != null)
						? text("counselling.residenceStatus." + client.residenceStatus().name(), locale) : null);
				case CONCERN -> {
					line(lines, category, "topics", topics.isEmpty() ? null : String.join(", ",
							topics.stream().map((topic) -> text("counselling.topic." + topic, locale)).toList()));
					line(lines, category, "description", (description != null) ? description.strip() : null);
				}
			}
		}
		return new Packet(recipient, "en".equals(locale.getLanguage()) ? "en" : "de", lines);
	}

	private static void line(List<Packet.Line> lines, DataCategory category, String field, String value) {
		if (value != null && !value.isBlank()) {
			lines.add(new Packet.Line(category, field, value));
		}
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/**
	 * A referral's form checked, with its packet and the consent check when the values
	 * are right.
	 *
	 * @param checked the values and the errors by field
	 * @param form the form, null when a value is wrong
	 * @param organisation the organisation, null when a value is wrong
	 * @param packet what would be passed on, null when a value is wrong
	 * @param check the consent check, null when a value is wrong
	 */
	public record Prepared(CheckedValues checked, ReferralForm form, OrganisationSummary organisation, Packet packet,
			Check check) {
	}

	/**
	 * The outcome of sending.
	 *
	 * @param id the referral, null when nothing was sent
	 * @param prepared the form, packet and consent check
	 */
	public record Sent(UUID id, Prepared prepared) {
	}

}
