package de.teilhabe.strategy.dialog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.privacy.ConsentRecord;
import de.teilhabe.privacy.ConsentText;
import de.teilhabe.privacy.Consents;
import de.teilhabe.privacy.HowGiven;
import de.teilhabe.privacy.NewConsent;
import de.teilhabe.shared.time.Times;
import de.teilhabe.strategy.dialog.Records.Participant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Named participants of workshops. A name (and organisation) is stored only together with
 * the person's consent record (purpose {@value #PURPOSE}, through {@link Consents});
 * without a valid consent the name is not shown (only the count).
 */
@Service
class Participants {

	/** The consent purpose of named workshop participants. */
	static final String PURPOSE = "strategy.workshop.participant";

	/** The data subject type of named workshop participants. */
	static final String SUBJECT_TYPE = "strategy-workshop-participant";

	private final DialogStore store;

	private final Consents consents;

	private final Times times;

	private final Clock clock;

	Participants(DialogStore store, Consents consents, Times times, Clock clock) {
		this.store = store;
		this.consents = consents;
		this.times = times;
		this.clock = clock;
	}

	/** Stores a named participant with the consent record that allows it. */
	@Transactional
	UUID add(UUID tenantId, UUID workshopId, String name, UUID organisationId, HowGiven how, LocalDate given) {
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		LocalDate today = this.times.today(this.clock);
		OffsetDateTime givenAt = given.equals(today) ? now : given.atStartOfDay(this.times.zone()).toOffsetDateTime();
		ConsentText text = consentText(tenantId);
		ConsentRecord consent = this.consents.record(new NewConsent(tenantId, SUBJECT_TYPE, id.toString(), PURPOSE,
				text.version(), text.language(), givenAt, how));
		this.store.addParticipant(tenantId, id, workshopId, name, organisationId, consent.id());
		return id;
	}

	/** The participants of a workshop whose consent is valid now (the others unnamed). */
	List<Participant> named(UUID tenantId, UUID workshopId) {
		List<Participant> all = this.store.participants(tenantId, workshopId);
		if (all.isEmpty()) {
			return all;
		}
		Set<String> given = this.consents.givenAmong(tenantId, SUBJECT_TYPE,
				all.stream().map((participant) -> participant.id().toString()).toList(), PURPOSE);
		return all.stream().filter((participant) -> given.contains(participant.id().toString())).toList();
	}

	/** The tenant's consent text for named participants, defined on first use. */
	ConsentText consentText(UUID tenantId) {
		List<ConsentText> texts = this.consents.texts(tenantId, PURPOSE);
		if (!texts.isEmpty()) {
			return texts.stream().filter((text) -> "de".equals(text.language())).findFirst().orElse(texts.get(0));
		}
		return this.consents.defineText(new ConsentText(tenantId, PURPOSE, 1, "de",
				"Namentliche Teilnahme an einem Workshop des Integrationsdialogs",
				"Ich willige ein, dass die Integrationsstelle meinen Namen und meine Organisation als Teilnehmerin "
						+ "oder Teilnehmer dieses Workshops speichert und im Protokoll des Workshops nennt. Ich kann "
						+ "die Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen; dann wird mein Name "
						+ "nicht mehr gezeigt.",
				null));
	}

}
