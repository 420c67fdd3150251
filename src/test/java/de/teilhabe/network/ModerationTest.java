package de.teilhabe.network;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.teilhabe.network.NetworkFixtures.LANDKREIS;
import static de.teilhabe.network.NetworkFixtures.createOffer;
import static de.teilhabe.network.NetworkFixtures.createOrganisation;
import static de.teilhabe.network.NetworkFixtures.idFrom;
import static de.teilhabe.network.NetworkFixtures.post;
import static de.teilhabe.network.NetworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partner self-service with moderation: a partner's change is invisible until the office
 * approves it; rejection with a reason; mails; a partner never reaches another
 * organisation (IDOR probes on every id-bearing endpoint).
 */
@IntegrationTest
class ModerationTest extends NetworkOfficeTests {

	UUID own;

	UUID other;

	TestUser partnerUser;

	Http partner;

	@BeforeEach
	void setUp() {
		this.own = createOrganisation(this.office, unique("Partnerverein"));
		this.other = createOrganisation(this.office, unique("Fremdverein"));
		this.partnerUser = this.fixtures.partner(LANDKREIS, this.own);
		this.partner = this.fixtures.login(this.partnerUser);
	}

	@Test
	void aPartnersOfferChangeIsInvisibleUntilApproved() {
		String oldTitle = unique("Deutschkurs");
		String newTitle = unique("Deutschkurs am Abend");
		UUID offer = createOffer(this.office, this.own, oldTitle);

		String form = this.partner.get("/network/offers/" + offer + "/edit").body();
		assertThat(form).contains("value=\"" + oldTitle + "\"").contains("Zur Freigabe einreichen");
		HttpResponse<String> submitted = post(this.partner, "/network/offers/" + offer + "/edit",
				"/network/offers/" + offer, "kind", "LANGUAGE_COURSE", "title", newTitle, "languages", "de, uk",
				"regionKey", "03459014", "schedule", "Mi 18–20 Uhr");
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
		assertThat(this.partner.get("/network/organisations/" + this.own).body())
			.contains("Ihre Änderung ist eingereicht")
			.contains("wartet auf Freigabe");
		// the partner's own form shows the proposal, everybody else the live version
		assertThat(this.partner.get("/network/offers/" + offer + "/edit").body())
			.contains("value=\"" + newTitle + "\"");
		Http counsellor = this.fixtures.user(LANDKREIS, Role.COUNSELLOR);
		assertThat(counsellor.get("/network/offers/" + offer).body()).contains(oldTitle).doesNotContain(newTitle);
		assertThat(api("/api/v1/offers?q=" + newTitle)).contains("\"totalItems\":0");
		assertThat(api("/api/v1/offers?q=" + oldTitle)).contains("\"totalItems\":1");

		UUID change = pendingChange(offer);
		assertThat(this.office.get("/network/moderation").body()).contains(newTitle);
		String review = this.office.get("/network/moderation/" + change).body();
		assertThat(review).contains(oldTitle)
			.contains(newTitle)
			.contains("Mo 18–20 Uhr")
			.contains("Mi 18–20 Uhr")
			.contains("diff-changed");
		HttpResponse<String> approved = post(this.office, "/network/moderation/" + change,
				"/network/moderation/" + change + "/approve");
		assertThat(approved.statusCode()).isEqualTo(302);

		assertThat(counsellor.get("/network/offers/" + offer).body()).contains(newTitle);
		assertThat(api("/api/v1/offers?q=" + newTitle)).contains("\"totalItems\":1").contains("Mi 18–20 Uhr");
		assertThat(mails(this.partnerUser.email()))
			.anyMatch((mail) -> mail.contains("Freigegeben") && mail.contains(newTitle));
		// decided once: a second approval is "not found"
		assertThat(post(this.office, "/network/moderation", "/network/moderation/" + change + "/approve").statusCode())
			.isEqualTo(404);
	}

	@Test
	void aNewOfferOfAPartnerGoesLiveOnlyAfterApproval() {
		String title = unique("Elterncafé");
		HttpResponse<String> submitted = post(this.partner, "/network/organisations/" + this.own + "/offers/new",
				"/network/organisations/" + this.own + "/offers", "kind", "PARENTS_GROUP", "title", title);
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
		assertThat(this.office.get("/network/organisations/" + this.own).body()).doesNotContain(">" + title + "</a>")
			.contains("Es sind keine Angebote erfasst.");
		assertThat(api("/api/v1/offers?q=" + title)).contains("\"totalItems\":0");
		UUID change = this.jdbc.sql("SELECT id FROM network_change WHERE proposed->>'title' = ? AND status = 'PENDING'")
			.param(title)
			.query(UUID.class)
			.single();
		assertThat(this.office.get("/network/moderation/" + change).body()).contains("neuer Eintrag");
		post(this.office, "/network/moderation", "/network/moderation/" + change + "/approve");
		assertThat(this.office.get("/network/organisations/" + this.own).body()).contains(">" + title + "</a>");
		assertThat(api("/api/v1/offers?q=" + title)).contains("\"totalItems\":1");
	}

	@Test
	void theOfficeRejectsWithAReasonAndThePartnerIsTold() {
		HttpResponse<String> submitted = post(this.partner, "/network/organisations/" + this.own + "/edit",
				"/network/organisations/" + this.own, "kind", "MSO", "name", "Umbenannt " + unique("x"));
		assertThat(submitted.statusCode()).isEqualTo(302);
		UUID change = pendingChange(this.own);
		HttpResponse<String> noReason = post(this.office, "/network/moderation/" + change,
				"/network/moderation/" + change + "/reject", "reason", " ");
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(noReason.body()).contains("id=\"reason-error\"").contains("Bitte ausfüllen.");
		HttpResponse<String> rejected = post(this.office, "/network/moderation/" + change,
				"/network/moderation/" + change + "/reject", "reason",
				"Der Name entspricht nicht dem Vereinsregister.");
		assertThat(rejected.statusCode()).isEqualTo(302);
		assertThat(mails(this.partnerUser.email())).anyMatch((mail) -> mail.contains("Nicht freigegeben")
				&& mail.contains("Der Name entspricht nicht dem Vereinsregister."));
		assertThat(this.office.get("/network/organisations/" + this.own).body())
			.doesNotContain("<h1 class=\"kern-heading\">Umbenannt");
		assertThat(this.partner.get("/network/organisations/" + this.own).body()).contains("abgelehnt")
			.contains("Der Name entspricht nicht dem Vereinsregister.");
	}

	@Test
	void invalidPartnerInputIsRefusedAtTheFieldAndNothingIsQueued() {
		UUID offer = createOffer(this.office, this.own, unique("Kurs"));
		HttpResponse<String> response = post(this.partner, "/network/offers/" + offer + "/edit",
				"/network/offers/" + offer, "kind", "LANGUAGE_COURSE", "title", "", "languages", "deutsch");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("id=\"title-error\"").contains("„deutsch“ ist kein ISO-639-Sprachcode");
		assertThat(this.jdbc.sql("SELECT count(*) FROM network_change WHERE entity_id = ?")
			.param(offer)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aPartnerNeverReachesAnotherOrganisation() {
		UUID foreignOffer = createOffer(this.office, this.other, unique("Fremdkurs"));
		HttpResponse<String> event = post(this.office, "/network/organisations/" + this.other + "/events/new",
				"/network/organisations/" + this.other + "/events", "category", "MEETING", "title", unique("Treffen"),
				"date", "2030-05-01", "startTime", "18:00", "publicEvent", "true");
		UUID foreignEvent = idFrom(event.headers().firstValue("Location").orElseThrow(), "/network/events/");
		String o = "/network/organisations/" + this.other;
		for (String path : List.of(o, o + "/edit", o + "/offers/new", o + "/events/new", o + "/contacts/new",
				"/network/offers/" + foreignOffer, "/network/offers/" + foreignOffer + "/edit",
				"/network/events/" + foreignEvent, "/network/events/" + foreignEvent + "/edit")) {
			assertThat(this.partner.get(path).statusCode()).as(path).isEqualTo(404);
		}
		String form = "/network/organisations/" + this.own + "/edit";
		for (String path : List.of(o, o + "/confirm", o + "/offers", o + "/events", "/network/offers/" + foreignOffer,
				"/network/events/" + foreignEvent)) {
			assertThat(post(this.partner, form, path, "kind", "MSO", "name", "Übernommen", "title", "Übernommen")
				.statusCode()).as(path).isEqualTo(404);
		}
		// office-only pages are forbidden outright
		for (String path : List.of("/network/organisations", "/network/moderation", "/network/confirmations",
				"/network/organisations/new", "/network/import")) {
			assertThat(this.partner.get(path).statusCode()).as(path).isEqualTo(403);
		}
		assertThat(this.jdbc.sql("SELECT count(*) FROM network_change WHERE organisation_id = ?")
			.param(this.other)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.office.get(o).body()).doesNotContain("Übernommen");
		// its own organisation it reaches
		assertThat(this.partner.get("/network/mine").headers().firstValue("Location").orElse(""))
			.endsWith("/network/organisations/" + this.own);
		assertThat(this.partner.get("/network/organisations/" + this.own).statusCode()).isEqualTo(200);
	}

	@Test
	void aPartnerWithoutOrganisationReachesNothing() {
		Http unbound = this.fixtures.user(LANDKREIS, Role.PARTNER);
		assertThat(unbound.get("/network/mine").statusCode()).isEqualTo(404);
		assertThat(unbound.get("/network/organisations/" + this.own).statusCode()).isEqualTo(404);
	}

	private UUID pendingChange(UUID entity) {
		return this.jdbc.sql("SELECT id FROM network_change WHERE entity_id = ? AND status = 'PENDING'")
			.param(entity)
			.query(UUID.class)
			.single();
	}

	private String api(String path) {
		return Http.withToken(this.port, "demo-token-beratung").get(path.replace(" ", "+")).body();
	}

	private List<String> mails(String recipient) {
		return this.jdbc.sql("SELECT subject || ' ' || body FROM mail_outbox WHERE recipient = ?")
			.param(recipient)
			.query(String.class)
			.list();
	}

}
