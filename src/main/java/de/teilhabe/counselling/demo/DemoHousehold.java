package de.teilhabe.counselling.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.UserDirectory;
import de.teilhabe.counselling.client.Client;
import de.teilhabe.counselling.client.ClientStore;
import de.teilhabe.counselling.client.Gender;
import de.teilhabe.counselling.household.HouseholdStore;
import de.teilhabe.counselling.household.MemberForm;
import de.teilhabe.counselling.household.Relationship;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: household members of about a third of the demo clients
 * ({@link DemoClients}): one to four each (a partner, children, sometimes a parent or a
 * sibling), with first names of the family's country of origin; in some households one
 * member is another demo client of the same origin and counsellor (linked to that client
 * record); on about half of the cases of these clients one or two members are counselled
 * alongside. Seeded (the same members on every fresh start); skipped when the tenant has
 * household members. Written in two batches, while the platform already serves, after the
 * demo cases.
 */
@Component
class DemoHousehold extends DemoOfficeTask {

	static final String NAME = "counselling demo household";

	private static final Logger log = LoggerFactory.getLogger(DemoHousehold.class);

	private final ClientStore clients;

	private final HouseholdStore store;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoHousehold(Tenants tenants, UserDirectory users, PlatformMode mode, ClientStore clients, HouseholdStore store,
			JdbcClient jdbc, Clock clock) {
		super(NAME, DemoCases.NAME, tenants, users, mode);
		this.clients = clients;
		this.store = store;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	void seed(Office office) {
		Tenant tenant = office.tenant();
		boolean seeded = this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM counselling_household_member WHERE tenant_id = ?)")
			.param(tenant.id())
			.query(Boolean.class)
			.single();
		if (seeded) {
			return;
		}
		List<UUID> ids = this.jdbc.sql("SELECT id FROM counselling_client WHERE tenant_id = ?")
			.param(tenant.id())
			.query(UUID.class)
			.list();
		if (ids.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		List<Client> all = new ArrayList<>(this.clients.findAll(tenant.id(), ids));
		all.sort(Comparator.comparing(Client::clientNumber));
		Map<String, DemoClients.Origin> origins = new HashMap<>();
		DemoClients.ORIGINS.forEach((origin) -> origins.put(origin.nationality(), origin));
		Random random = new Random(1611);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		int year = now.getYear();
		Set<UUID> linked = new HashSet<>();
		Map<UUID, List<HouseholdStore.NewMember>> households = new HashMap<>();
		List<HouseholdStore.NewMember> rows = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			Client client = all.get(i);
			DemoClients.Origin origin = origins.get(client.nationality());
			if (i % 3 != 1 || origin == null || client.birthYear() == null) {
				continue;
			}
			List<HouseholdStore.NewMember> members = new ArrayList<>();
			OffsetDateTime at = client.createdAt().plusMinutes(10);
			int wanted = 1 + random.nextInt(4);
			boolean female = client.gender() == Gender.FEMALE;
			if (random.nextInt(10) < 7) {
				int born = Math.min(year - 18, client.birthYear() - 4 + random.nextInt(9));
				members.add(member(client, Relationship.PARTNER, pick(random, female ? origin.male() : origin.female()),
						born, female ? Gender.MALE : Gender.FEMALE, null, at));
			}
			if (i % 4 == 1) {
				Client other = relative(all, client, linked);
				if (other != null) {
					linked.add(other.id());
					linked.add(client.id());
					int difference = other.birthYear() - client.birthYear();
					Relationship relationship = (Math.abs(difference) < 14) ? Relationship.SIBLING
							: (difference > 0) ? Relationship.CHILD : Relationship.PARENT;
					members.add(member(client, relationship, other.firstName(), other.birthYear(), other.gender(),
							other.id(), at.plusMinutes(1)));
				}
			}
			while (members.size() < wanted) {
				int first = client.birthYear() + 19;
				int last = Math.min(year - 1, client.birthYear() + 42);
				int born = Math.min(year - 1, first + random.nextInt(Math.max(1, last - first + 1)));
				boolean girl = random.nextBoolean();
				if (random.nextInt(8) == 0 && client.birthYear() > 1975) {
					members
						.add(member(client, Relationship.PARENT, pick(random, girl ? origin.female() : origin.male()),
								client.birthYear() - 22 - random.nextInt(12), girl ? Gender.FEMALE : Gender.MALE, null,
								at.plusMinutes(members.size() + 2)));
				}
				else {
					members.add(member(client, Relationship.CHILD, pick(random, girl ? origin.female() : origin.male()),
							born, girl ? Gender.FEMALE : Gender.MALE, null, at.plusMinutes(members.size() + 2)));
				}
			}
			households.put(client.id(), members);
			rows.addAll(members);
		}
		this.store.insertAll(tenant.id(), rows);
		List<UUID[]> alongside = new ArrayList<>();
		this.jdbc.sql("""
				SELECT id, client_id FROM counselling_case
				WHERE tenant_id = ? AND client_id = ANY(?) AND kind <> 'SHORT_CONTACT' ORDER BY opened_on, id""")
			.params(tenant.id(), households.keySet().toArray(UUID[]::new))
			.query((rs, row) -> {
				UUID caseId = rs.getObject("id", UUID.class);
				List<HouseholdStore.NewMember> members = households.get(rs.getObject("client_id", UUID.class));
				if (random.nextBoolean()) {
					int count = Math.min(members.size(), 1 + random.nextInt(2));
					for (int m = 0; m < count; m++) {
						alongside.add(new UUID[] { caseId, members.get(m).id() });
					}
				}
				return caseId;
			})
			.list();
		this.store.insertAlongside(tenant.id(), alongside, now);
		log.info("Counselling demo data: {} household members of {} clients, {} counselled alongside in {} ms",
				rows.size(), households.size(), alongside.size(), (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Another client of the same origin and counsellor, not linked yet, as a relative
	 * living in the household.
	 */
	private static Client relative(List<Client> all, Client client, Set<UUID> linked) {
		for (Client other : all) {
			if (!other.id().equals(client.id()) && !linked.contains(other.id()) && !linked.contains(client.id())
					&& other.birthYear() != null && other.nationality() != null
					&& other.nationality().equals(client.nationality())
					&& other.responsibleId().equals(client.responsibleId())) {
				return other;
			}
		}
		return null;
	}

	private static HouseholdStore.NewMember member(Client client, Relationship relationship, String firstName,
			int birthYear, Gender gender, UUID linkedClientId, OffsetDateTime at) {
		return new HouseholdStore.NewMember(UUID.randomUUID(), client.id(),
				new MemberForm(relationship, firstName, birthYear, gender, linkedClientId), at);
	}

	private static <T> T pick(Random random, List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

}
