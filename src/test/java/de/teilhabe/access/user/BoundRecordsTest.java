package de.teilhabe.access.user;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.access.BoundRecord;
import de.teilhabe.access.UserDirectory;
import de.teilhabe.shared.security.BindableRecords;
import de.teilhabe.shared.security.BindableRecords.Kind;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records a user account is bound to, through the {@link UserDirectory} other modules
 * use: an organisation of the network (PARTNER) and a guide profile (GUIDE). A record is
 * bound only if the module that owns records of its kind knows it in the user's tenant.
 * No module offers guide profiles yet: until one does, the directory refuses them; with
 * the records of a guides module (here a stand-in that knows one profile per tenant, over
 * the real user table) they are bound like organisations.
 */
@IntegrationTest
class BoundRecordsTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDirectory directory;

	@Autowired
	JdbcClient jdbc;

	AccessFixtures fixtures;

	UUID landkreis;

	UUID stadt;

	@BeforeEach
	void setUp() {
		this.fixtures = AccessFixtures.of(this.context);
		this.landkreis = this.fixtures.tenantId(AccessFixtures.LANDKREIS);
		this.stadt = this.fixtures.tenantId(AccessFixtures.STADT);
	}

	@Test
	void aPartnerIsBoundToAnOrganisationOfItsOwnTenantOnly() {
		TestUser user = this.fixtures.create(AccessFixtures.LANDKREIS, "bound", Role.PARTNER);
		UUID own = organisationOf(this.landkreis);
		UUID foreign = organisationOf(this.stadt);
		assertThat(this.directory.boundRecordsOf(this.landkreis, user.id())).isEmpty();

		assertThat(this.directory.bindOrganisation(this.landkreis, user.id(), foreign)).isFalse();
		assertThat(this.directory.bindOrganisation(this.landkreis, user.id(), UUID.randomUUID())).isFalse();
		assertThat(this.directory.organisationOf(this.landkreis, user.id())).isEmpty();

		assertThat(this.directory.bindOrganisation(this.landkreis, user.id(), own)).isTrue();
		assertThat(this.directory.boundRecordsOf(this.landkreis, user.id()))
			.containsExactly(new BoundRecord(Kind.ORGANISATION, own));
		assertThat(this.directory.organisationOf(this.landkreis, user.id())).contains(own);
		// another tenant never sees the user's binding
		assertThat(this.directory.boundRecordsOf(this.stadt, user.id())).isEmpty();
		assertThat(this.directory.bindOrganisation(this.stadt, user.id(), foreign)).isFalse();
		assertThat(this.directory.organisationOf(this.landkreis, user.id())).contains(own);

		assertThat(this.directory.bindOrganisation(this.landkreis, user.id(), null)).isTrue();
		assertThat(this.directory.boundRecordsOf(this.landkreis, user.id())).isEmpty();
	}

	@Test
	void aGuideProfileIsRefusedUntilAModuleOffersThem() {
		TestUser user = this.fixtures.create(AccessFixtures.LANDKREIS, "guide", Role.GUIDE);
		assertThat(this.directory.bindGuideProfile(this.landkreis, user.id(), UUID.randomUUID())).isFalse();
		assertThat(this.directory.boundRecordOf(this.landkreis, user.id(), Kind.GUIDE_PROFILE)).isEmpty();
	}

	@Test
	void aGuideProfileOfTheOwnTenantIsBoundBesideTheOrganisation() {
		UUID ownProfile = UUID.randomUUID();
		UUID foreignProfile = UUID.randomUUID();
		UserDirectory directory = new JdbcUserDirectory(this.jdbc,
				List.of(new GuideProfiles(this.landkreis, ownProfile, this.stadt, foreignProfile),
						this.context.getBeansOfType(BindableRecords.class)
							.values()
							.stream()
							.filter((records) -> records.kind() == Kind.ORGANISATION)
							.findFirst()
							.orElseThrow()));
		TestUser user = this.fixtures.create(AccessFixtures.LANDKREIS, "guide", Role.GUIDE, Role.PARTNER);
		UUID organisation = organisationOf(this.landkreis);

		assertThat(directory.bindGuideProfile(this.landkreis, user.id(), foreignProfile)).isFalse();
		assertThat(directory.bindGuideProfile(this.landkreis, user.id(), ownProfile)).isTrue();
		assertThat(directory.bindOrganisation(this.landkreis, user.id(), organisation)).isTrue();
		assertThat(directory.boundRecordsOf(this.landkreis, user.id())).containsExactly(
				new BoundRecord(Kind.ORGANISATION, organisation), new BoundRecord(Kind.GUIDE_PROFILE, ownProfile));
		assertThat(directory.boundRecordOf(this.landkreis, user.id(), Kind.GUIDE_PROFILE)).contains(ownProfile);
		assertThat(directory.countBoundTo(this.landkreis, new BoundRecord(Kind.GUIDE_PROFILE, ownProfile)))
			.isEqualTo(1);

		// releasing the profile keeps the organisation
		assertThat(directory.releaseAll(this.landkreis, new BoundRecord(Kind.GUIDE_PROFILE, ownProfile))).isEqualTo(1);
		assertThat(directory.boundRecordsOf(this.landkreis, user.id()))
			.containsExactly(new BoundRecord(Kind.ORGANISATION, organisation));
		// another tenant's release touches none of this tenant's users
		assertThat(directory.releaseAll(this.stadt, new BoundRecord(Kind.ORGANISATION, organisation))).isZero();
		assertThat(directory.organisationOf(this.landkreis, user.id())).contains(organisation);
	}

	private UUID organisationOf(UUID tenantId) {
		return this.jdbc.sql("SELECT id FROM network_organisation WHERE tenant_id = ? ORDER BY id LIMIT 1")
			.param(tenantId)
			.query(UUID.class)
			.single();
	}

	/** A stand-in for the guides module: one profile in each of two tenants. */
	private record GuideProfiles(UUID firstTenant, UUID firstProfile, UUID secondTenant,
			UUID secondProfile) implements BindableRecords {

		@Override
		public Kind kind() {
			return Kind.GUIDE_PROFILE;
		}

		@Override
		public List<Candidate> search(UUID tenantId, String query, int limit) {
			return List.of();
		}

		@Override
		public Optional<String> nameOf(UUID tenantId, UUID id) {
			boolean known = tenantId.equals(this.firstTenant) && id.equals(this.firstProfile)
					|| tenantId.equals(this.secondTenant) && id.equals(this.secondProfile);
			return known ? Optional.of("Profil") : Optional.empty();
		}

	}

}
