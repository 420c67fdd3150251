package de.teilhabe.network;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.access.UserDirectory;
import de.teilhabe.network.OrganisationSummary.Gemeinde;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.support.Http;
import de.teilhabe.support.PublishedEvents;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static de.teilhabe.network.NetworkFixtures.LANDKREIS;
import static de.teilhabe.network.NetworkFixtures.STADT;
import static de.teilhabe.network.NetworkFixtures.createOffer;
import static de.teilhabe.network.NetworkFixtures.createOrganisation;
import static de.teilhabe.network.NetworkFixtures.post;
import static de.teilhabe.network.NetworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network's public API for other modules ({@link Organisations}) and its events
 * ({@link OrganisationRenamed}, {@link OrganisationRemoved}): organisations made through
 * the pages are found within their tenant only; a name that takes effect (the office's
 * edit, an approved partner change) is published, a pending one is not; the office
 * removes an organisation after a confirmation page, with its offers, contact persons,
 * pending changes and bound accounts. The events are caught by a listener added to the
 * shared context's multicaster for the action only ({@link PublishedEvents}).
 */
@IntegrationTest
class OrganisationsTest extends NetworkOfficeTests {

	@Autowired
	Organisations organisations;

	@Autowired
	UserDirectory users;

	@Autowired
	Tenants tenants;

	UUID landkreis;

	@BeforeEach
	void setUp() {
		this.landkreis = this.tenants.findBySlug(LANDKREIS).orElseThrow().id();
	}

	@Test
	void anOrganisationIsFoundWithinItsTenantOnly() {
		String word = unique("Brückenbauer");
		UUID id = createOrganisation(this.office, word + " e. V.", "languages", "de, tr", "fieldsOfWork",
				"LANGUAGE, FAMILY", "regions", "03459014");
		Http stadtOffice = this.fixtures.user(STADT, Role.STRATEGY);
		UUID stadtTwin = createOrganisation(stadtOffice, word + " Stadt", "regions", "03404000");
		UUID stadt = this.tenants.findBySlug(STADT).orElseThrow().id();

		OrganisationSummary found = this.organisations.find(this.landkreis, id).orElseThrow();
		assertThat(found.name()).isEqualTo(word + " e. V.");
		assertThat(found.kind()).isEqualTo("MSO");
		assertThat(found.languages()).containsExactly("de", "tr");
		assertThat(found.fieldsOfWork()).containsExactlyInAnyOrder("LANGUAGE", "FAMILY");
		assertThat(found.gemeinden()).containsExactly(new Gemeinde("03459014", "Bramsche, Stadt"));
		assertThat(this.organisations.find(stadt, id)).isEmpty();
		assertThat(this.organisations.find(this.landkreis, stadtTwin)).isEmpty();

		// by name, case-insensitive, never the other tenant's organisation of the same
		// name
		ApiPage<OrganisationSummary> byName = this.organisations.searchByName(this.landkreis,
				word.toUpperCase(java.util.Locale.ROOT), new ApiPaging(0, 10));
		assertThat(byName.items()).extracting(OrganisationSummary::id).containsExactly(id);
		assertThat(byName.totalItems()).isEqualTo(1);
		assertThat(this.organisations.searchByName(stadt, word, new ApiPaging(0, 10)).items())
			.extracting(OrganisationSummary::id)
			.containsExactly(stadtTwin);
	}

	@Test
	void theListIsPagedByName() {
		ApiPage<OrganisationSummary> first = this.organisations.list(this.landkreis, new ApiPaging(0, 2));
		assertThat(first.items()).hasSize(2);
		assertThat(first.totalPages()).isEqualTo((int) ((first.totalItems() + 1) / 2));
		ApiPage<OrganisationSummary> second = this.organisations.list(this.landkreis, new ApiPaging(1, 2));
		assertThat(second.totalItems()).isGreaterThanOrEqualTo(first.totalItems());
		List<UUID> ids = new ArrayList<>();
		first.items().forEach((item) -> ids.add(item.id()));
		second.items().forEach((item) -> ids.add(item.id()));
		assertThat(ids).hasSize(4).doesNotHaveDuplicates();
	}

	@Test
	void theOfficesRenameIsPublishedAndAnEditKeepingTheNameIsNot() {
		String name = unique("Kulturverein");
		UUID id = createOrganisation(this.office, name);
		List<OrganisationRenamed> kept = PublishedEvents.during(this.context, OrganisationRenamed.class,
				() -> edit(this.office, id, name, "Osnabrück"));
		assertThat(kept).noneMatch((event) -> event.organisationId().equals(id));

		List<OrganisationRenamed> renamed = PublishedEvents.during(this.context, OrganisationRenamed.class,
				() -> edit(this.office, id, name + " neu", "Osnabrück"));
		assertThat(renamed).containsExactly(new OrganisationRenamed(this.landkreis, id));
		assertThat(this.organisations.find(this.landkreis, id).orElseThrow().name()).isEqualTo(name + " neu");
	}

	@Test
	void aRenameThroughTheWriteApiIsPublished() {
		String name = unique("Schnittstellenverein");
		UUID id = createOrganisation(this.office, name);
		Http api = Http.withToken(this.port, "demo-token-strategie");
		List<OrganisationRenamed> renamed = PublishedEvents.during(this.context, OrganisationRenamed.class, () -> {
			HttpResponse<String> response = api.send("PUT", "/api/v1/organisations/" + id, "application/json",
					"{\"kind\": \"MSO\", \"name\": \"%s API\"}".formatted(name));
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		});
		assertThat(renamed).containsExactly(new OrganisationRenamed(this.landkreis, id));
		assertThat(this.organisations.find(this.landkreis, id).orElseThrow().name()).isEqualTo(name + " API");
	}

	@Test
	void aPartnersRenameIsPublishedWhenTheOfficeApprovesIt() {
		String name = unique("Elternverein");
		UUID id = createOrganisation(this.office, name);
		Http partner = this.fixtures.login(this.fixtures.partner(LANDKREIS, id));
		List<OrganisationRenamed> submitted = PublishedEvents.during(this.context, OrganisationRenamed.class,
				() -> edit(partner, id, name + " umbenannt", "Bramsche"));
		assertThat(submitted).isEmpty();
		assertThat(this.organisations.find(this.landkreis, id).orElseThrow().name()).isEqualTo(name);

		UUID change = this.jdbc.sql("SELECT id FROM network_change WHERE entity_id = ? AND status = 'PENDING'")
			.param(id)
			.query(UUID.class)
			.single();
		List<OrganisationRenamed> approved = PublishedEvents.during(this.context, OrganisationRenamed.class,
				() -> assertThat(
						post(this.office, "/network/moderation/" + change, "/network/moderation/" + change + "/approve")
							.statusCode())
					.isEqualTo(302));
		assertThat(approved).containsExactly(new OrganisationRenamed(this.landkreis, id));
		assertThat(this.organisations.find(this.landkreis, id).orElseThrow().name()).isEqualTo(name + " umbenannt");
	}

	@Test
	void theOfficeRemovesAnOrganisationWithWhatGoesWithIt() {
		String name = unique("Auflösungsverein");
		UUID id = createOrganisation(this.office, name);
		String offerTitle = unique("Sprachcafé");
		UUID offer = createOffer(this.office, id, offerTitle);
		TestUser partnerUser = this.fixtures.partner(LANDKREIS, id);
		Http partner = this.fixtures.login(partnerUser);
		edit(partner, id, name + " (Vorschlag)", "Bramsche");

		// the organisation page leads to a confirmation that says what goes with it
		assertThat(this.office.get("/network/organisations/" + id).body()).contains("Organisation entfernen")
			.contains("/network/organisations/" + id + "/remove");
		String confirmation = this.office.get("/network/organisations/" + id + "/remove").body();
		assertThat(confirmation).contains(name + " entfernen")
			.contains("1 Angebot")
			.contains("keine Veranstaltungen")
			.contains("1 Partner-Zugang verliert die Verknüpfung")
			.contains("Endgültig entfernen");
		// nobody but the office may remove
		Http counsellor = this.fixtures.user(LANDKREIS, Role.COUNSELLOR);
		assertThat(counsellor.get("/network/organisations/" + id + "/remove").statusCode()).isEqualTo(403);
		assertThat(partner.get("/network/organisations/" + id + "/remove").statusCode()).isEqualTo(403);
		// another tenant's office does not find it
		Http stadtOffice = this.fixtures.user(STADT, Role.ADMIN);
		assertThat(post(stadtOffice, "/network/organisations", "/network/organisations/" + id + "/remove").statusCode())
			.isEqualTo(404);
		assertThat(this.organisations.find(this.landkreis, id)).isPresent();

		List<OrganisationRemoved> removed = PublishedEvents.during(this.context, OrganisationRemoved.class, () -> {
			HttpResponse<String> response = post(this.office, "/network/organisations/" + id + "/remove",
					"/network/organisations/" + id + "/remove");
			assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
			assertThat(this.office.get("/network/organisations").body())
				.contains(name + " ist aus dem Netzwerk entfernt.");
		});
		assertThat(removed).containsExactly(new OrganisationRemoved(this.landkreis, id));
		assertThat(this.organisations.find(this.landkreis, id)).isEmpty();
		assertThat(this.office.get("/network/organisations/" + id).statusCode()).isEqualTo(404);
		assertThat(this.office.get("/network/offers/" + offer).statusCode()).isEqualTo(404);
		assertThat(this.users.organisationOf(this.landkreis, partnerUser.id())).isEmpty();
		assertThat(this.office.get("/network/moderation").body()).doesNotContain(name + " (Vorschlag)");
		assertThat(this.jdbc
			.sql("SELECT details FROM audit_event WHERE action = 'network.organisation.removed'" + " AND record_id = ?")
			.param(id.toString())
			.query(String.class)
			.single()).contains(name).contains("offers: 1").contains("released accounts: 1");
		// removed once: a second removal finds nothing
		assertThat(post(this.office, "/network/organisations", "/network/organisations/" + id + "/remove").statusCode())
			.isEqualTo(404);
	}

	private static void edit(Http http, UUID id, String name, String city) {
		HttpResponse<String> response = post(http, "/network/organisations/" + id + "/edit",
				"/network/organisations/" + id, "kind", "MSO", "name", name, "city", city, "postcode", "49565",
				"languages", "de, ar", "regions", "03459014", "fieldsOfWork", "FAMILY");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
	}

}
