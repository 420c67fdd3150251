package de.teilhabe.counselling;

import java.net.http.HttpResponse;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures;
import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.network.NetworkFixtures;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static de.teilhabe.counselling.CounsellingFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The referral pages: the counsellor picks the organisation by name and the categories,
 * sees exactly what will be passed on and which consent covers it (no send button while a
 * consent is missing), sends, and finds the referral on the case's page; the partner's
 * page lists it with the packet, and the partner accepts and reports it done.
 */
@IntegrationTest
class ReferralPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aCounsellorPreviewsAndSendsAndThePartnerAnswersOnItsPage() {
		CounsellingFixtures fixtures = new CounsellingFixtures(this.context, this.port);
		TestUser counsellor = fixtures.user(CounsellingFixtures.LANDKREIS, Role.COUNSELLOR);
		Http api = fixtures.api(counsellor);
		Http pages = fixtures.session(counsellor);
		String lastName = uniqueName("Seitenweg");
		UUID client = CounsellingFixtures.create(api, CounsellingFixtures.body("Amira", lastName, 1990));
		UUID caseId = new ContactFixtures(fixtures.jdbc()).openCase(client, counsellor.id());
		NetworkFixtures network = new NetworkFixtures(this.context, this.port);
		String organisation = NetworkFixtures.unique("Seitenverein");
		UUID mso = NetworkFixtures.createOrganisation(network.user(CounsellingFixtures.LANDKREIS, Role.STRATEGY),
				organisation);
		String form = "/counselling/cases/" + caseId + "/referrals/new";
		String formPage = pages.get(form).body();
		assertThat(formPage).contains(organisation).contains("Name und Kontaktdaten").contains("Vermitteln");

		String description = uniqueName("Elterncafe gesucht ");
		String[] values = { "organisationId", mso.toString(), "categories", "NAME_AND_CONTACT", "categories",
				"LANGUAGES", "categories", "CONCERN", "description", description, "reason", "intern" };
		HttpResponse<String> missing = AccessFixtures.post(pages, form,
				"/counselling/cases/" + caseId + "/referrals/preview", values);
		assertThat(missing.statusCode()).isEqualTo(200);
		assertThat(missing.body()).contains("Einwilligung fehlt")
			.contains("Weitergabe bei einer Vermittlung")
			.contains(lastName)
			.contains(description)
			.doesNotContain("Jetzt an ");
		// sending anyway is refused with the consent named at the field
		HttpResponse<String> refused = AccessFixtures.post(pages, form, "/counselling/cases/" + caseId + "/referrals",
				values);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("fehlt die Einwilligung");

		api.send("POST", "/api/v1/counselling/clients/" + client + "/consents", "application/json",
				"{\"purpose\": \"counselling.referral\", \"language\": \"de\", \"how\": \"WRITTEN\"}");
		HttpResponse<String> preview = AccessFixtures.post(pages, form,
				"/counselling/cases/" + caseId + "/referrals/preview", values);
		assertThat(preview.body()).contains("Vorschau: Das erhält " + organisation)
			.contains("Amira")
			.contains(lastName)
			.contains("Arabisch")
			.contains(description)
			.contains("Einwilligung: Weitergabe bei einer Vermittlung")
			.contains("Jetzt an " + organisation + " senden")
			.doesNotContain("1990")
			.doesNotContain("intern</dd>");
		String hash = preview.body().replaceAll("(?s).*name=\"previewHash\" value=\"([0-9a-f]{64})\".*", "$1");
		assertThat(hash).hasSize(64);
		String[] withHash = java.util.Arrays.copyOf(values, values.length + 2);
		withHash[values.length] = "previewHash";
		withHash[values.length + 1] = hash;
		HttpResponse<String> sent = AccessFixtures.post(pages, form, "/counselling/cases/" + caseId + "/referrals",
				withHash);
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
		String referralPage = java.net.URI.create(AccessFixtures.location(sent)).getPath();
		assertThat(pages.get(referralPage).body()).contains("Die Vermittlung ist gesendet.")
			.contains(description)
			.contains("gesendet, noch ohne Antwort");
		assertThat(pages.get("/counselling/cases/" + caseId).body()).contains(organisation)
			.contains("Ergebnis prüfen am");
		assertThat(pages.get("/counselling/cases/" + caseId + "/referrals").body()).contains("1 Vermittlung");
		UUID referral = UUID.fromString(referralPage.substring(referralPage.lastIndexOf('/') + 1));

		// the partner's page: the packet, accept, report done
		TestUser partner = network.partner(CounsellingFixtures.LANDKREIS, mso);
		Http partnerPages = fixtures.session(partner);
		assertThat(partnerPages.get("/").body()).contains("1 laufende Vermittlung an Ihre Organisation");
		assertThat(partnerPages.get("/referrals/incoming").body()).contains(lastName).contains(description);
		String one = "/referrals/incoming/" + referral;
		assertThat(AccessFixtures.post(partnerPages, one, one + "/accept").statusCode()).isEqualTo(302);
		assertThat(partnerPages.get(one).body()).contains("Sie haben die Vermittlung angenommen.")
			.contains("Erledigt melden");
		assertThat(AccessFixtures.post(partnerPages, one, one + "/done", "note", "Platz ab Januar").statusCode())
			.isEqualTo(302);
		assertThat(partnerPages.get(one).statusCode()).isEqualTo(404);
		assertThat(pages.get(referralPage).body()).contains("erledigt").contains("Platz ab Januar");
		// a counsellor's own page of open outcome checks
		assertThat(pages.get("/counselling/referrals").body()).contains(organisation);
	}

}
