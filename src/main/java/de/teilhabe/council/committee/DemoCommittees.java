package de.teilhabe.council.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.council.Committees.CommitteeValues;
import de.teilhabe.council.Committees.MeetingValues;
import de.teilhabe.council.Committees.MembershipValues;
import de.teilhabe.council.model.MeetingState;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.startup.StartupTask;
import de.teilhabe.shared.time.Times;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo data (demo mode only): a committee the office sits on in each demo tenant, with
 * member organisations of the network's demo data (found by name) and meetings. The
 * Landkreis: „Arbeitskreis Integration Landkreis Osnabrück“ (the office:
 * Geschäftsführung; three member organisations, a held and an invited meeting); the
 * Stadt: „Runder Tisch Integration Osnabrück“ (the office: Moderation; three members, an
 * invited meeting). All invented. Skipped for a tenant that has such committees already
 * (also those the migration took over from the network).
 */
@Component
class DemoCommittees implements StartupTask {

	private static final String BRUECKE = "Brückenschlag – Interkultureller Familienverein Bramsche e.V.";

	private static final String JUGEND = "Nachbarschaft Melle Ost – Verein junger Zugewanderter e.V.";

	private static final String CARITAS = "Beispiel-Wohlfahrtsverband Nordkreis";

	private static final String HAUS = "Haus der Kulturen Osnabrück e.V. (Beispiel)";

	private static final String JMD = "Jugendmigrationsdienst Osnabrück (Beispiel)";

	private static final String SPRACHEN = "Sprachenzentrum Westerberg (Beispiel)";

	private static final String KREISHAUS = "Kreishaus Osnabrück, Raum 3";

	private final NetworkCommitteeStore committees;

	private final MemberOrganisationNames organisations;

	private final JdbcClient jdbc;

	private final Tenants tenants;

	private final PlatformMode mode;

	private final Clock clock;

	private final Times times;

	DemoCommittees(NetworkCommitteeStore committees, MemberOrganisationNames organisations, JdbcClient jdbc,
			Tenants tenants, PlatformMode mode, Clock clock, Times times) {
		this.committees = committees;
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.tenants = tenants;
		this.mode = mode;
		this.clock = clock;
		this.times = times;
	}

	@Override
	public String name() {
		return "council committee demo data";
	}

	@Override
	public Set<String> after() {
		// the member organisations are the network's demo organisations
		return Set.of("tenants", "network demo data");
	}

	@Override
	public void run() {
		if (!this.mode.isDemo()) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		LocalDate today = this.times.today(this.clock);
		tenant("landkreis-osnabrueck").ifPresent((t) -> landkreis(t, now, today));
		tenant("stadt-osnabrueck").ifPresent((t) -> stadt(t, now, today));
	}

	/** The demo tenant, unless it has committees of the office already. */
	private java.util.Optional<UUID> tenant(String slug) {
		return this.tenants.findBySlug(slug)
			.map(Tenant::id)
			.filter((t) -> this.jdbc
				.sql("SELECT count(*) FROM council_committee WHERE tenant_id = ? AND kind = 'NETWORK'")
				.param(t)
				.query(Long.class)
				.single() == 0);
	}

	private void landkreis(UUID t, OffsetDateTime now, LocalDate today) {
		Map<String, UUID> members = this.organisations.ids(t, List.of(BRUECKE, JUGEND, CARITAS));
		UUID committee = UUID.randomUUID();
		this.committees.create(t, committee,
				new CommitteeValues("Arbeitskreis Integration Landkreis Osnabrück", "AK Integration", "Arbeitskreis",
						LocalDate.of(2016, 3, 1), null, null, "Geschäftsführung",
						"Austausch der Träger der Integrationsarbeit im Landkreis; viermal im Jahr."),
				now);
		member(t, committee, members.get(CARITAS), "Sprecherin", true, LocalDate.of(2016, 3, 1), now);
		member(t, committee, members.get(BRUECKE), "Mitglied", true, LocalDate.of(2019, 1, 1), now);
		member(t, committee, members.get(JUGEND), "Gast", false, today.minusYears(1), now);
		this.committees.createMeeting(t, UUID.randomUUID(), committee,
				new MeetingValues("Sitzung des Arbeitskreises", at(today.minusMonths(2), 14, 0),
						at(today.minusMonths(2), 16, 30), KREISHAUS, MeetingState.HELD,
						"Bericht aus dem Projekt Sprachbrücke Kita; Planung der Interkulturellen Woche."),
				now);
		this.committees.createMeeting(t, UUID.randomUUID(), committee, new MeetingValues("Sitzung des Arbeitskreises",
				at(today.plusMonths(1), 14, 0), null, KREISHAUS, MeetingState.INVITED, null), now);
	}

	private void stadt(UUID t, OffsetDateTime now, LocalDate today) {
		Map<String, UUID> members = this.organisations.ids(t, List.of(HAUS, JMD, SPRACHEN));
		UUID roundTable = UUID.randomUUID();
		this.committees.create(t, roundTable,
				new CommitteeValues("Runder Tisch Integration Osnabrück", "Runder Tisch", "Netzwerk",
						LocalDate.of(2015, 10, 1), null, null, "Moderation",
						"Träger, Vereine und Verwaltung stimmen Angebote für Zugewanderte in der Stadt ab."),
				now);
		for (String member : List.of(HAUS, JMD, SPRACHEN)) {
			member(t, roundTable, members.get(member), "Mitglied", true, LocalDate.of(2015, 10, 1), now);
		}
		LocalDate next = today.plusMonths(1).withDayOfMonth(20);
		this.committees.createMeeting(t, UUID.randomUUID(), roundTable, new MeetingValues("Sitzung des Runden Tisches",
				at(next, 15, 0), null, "Rathaus Osnabrück, Raum 201", MeetingState.INVITED, null), now);
	}

	/** A member organisation, if the network has it. */
	private void member(UUID t, UUID committee, UUID organisation, String role, boolean votingRight, LocalDate from,
			OffsetDateTime now) {
		if (organisation != null) {
			this.committees.createMembership(t, UUID.randomUUID(), committee,
					new MembershipValues(null, organisation, role, votingRight, from, null), now);
		}
	}

	private OffsetDateTime at(LocalDate date, int hour, int minute) {
		return this.times.at(date, LocalTime.of(hour, minute));
	}

}
