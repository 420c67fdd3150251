package de.teilhabe.network;

import java.net.http.HttpResponse;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static de.teilhabe.network.NetworkFixtures.LANDKREIS;
import static de.teilhabe.network.NetworkFixtures.STADT;
import static de.teilhabe.network.NetworkFixtures.createOrganisation;
import static de.teilhabe.network.NetworkFixtures.post;
import static de.teilhabe.network.NetworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partners maintain the contact persons of their own organisation through moderation
 * (add, edit, remove; approve or reject with mail); the office edits them directly; a
 * partner never reaches another organisation's contacts.
 */
@IntegrationTest
class ContactModerationTest extends NetworkOfficeTests {

	@Test
	void partnerAddsEditsAndRemovesContactsOnlyAfterApproval() {
		UUID organisation = createOrganisation(this.office, unique("Kontaktpflegeverein"));
		TestUser partnerUser = this.fixtures.partner(LANDKREIS, organisation);
		Http partner = this.fixtures.login(partnerUser);
		String form = "/network/organisations/" + organisation + "/contacts/new";
		String action = "/network/organisations/" + organisation + "/contacts";
		assertThat(partner.get(form).body()).contains("erst sichtbar, wenn die Integrationsstelle");
		HttpResponse<String> bad = post(partner, form, action, "name", "Ohne Weg", "consentHow", "WRITTEN",
				"consentDate", "2026-01-10");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("Bitte eine E-Mail-Adresse oder eine Telefonnummer angeben.");

		String name = unique("Petra Partner");
		HttpResponse<String> submitted = post(partner, form, action, "name", name, "function", "Kassenwartin", "email",
				"petra@partner.example.org", "consentHow", "WRITTEN", "consentDate", "2026-02-01");
		assertThat(submitted.statusCode()).isEqualTo(302);
		Http counsellor = this.fixtures.user(LANDKREIS, Role.COUNSELLOR);
		assertThat(counsellor.get("/network/organisations/" + organisation).body()).doesNotContain(name);
		assertThat(count("SELECT count(*) FROM network_contact WHERE name = ?", name)).isZero();

		UUID change = pendingChange(organisation);
		String review = this.office.get("/network/moderation/" + change).body();
		assertThat(review).contains("Kontaktperson").contains("neuer Eintrag").contains(name).contains("Kassenwartin");
		assertThat(post(this.office, "/network/moderation/" + change, "/network/moderation/" + change + "/approve")
			.statusCode()).isEqualTo(302);
		assertThat(this.office.get("/network/organisations/" + organisation).body()).contains(name)
			.contains("petra@partner.example.org");
		UUID contact = this.jdbc.sql("SELECT id FROM network_contact WHERE name = ?")
			.param(name)
			.query(UUID.class)
			.single();
		assertThat(count("SELECT count(*) FROM consent_record WHERE subject_id = ? AND purpose = 'network.contact'",
				contact.toString()))
			.isEqualTo(1);
		assertThat(mailsTo(partnerUser.email(), "Freigegeben: Kontaktperson")).isEqualTo(1);

		// edit: the partner's form shows its proposal; the office's diff shows old and
		// new
		HttpResponse<String> edited = post(partner, "/network/contacts/" + contact + "/edit",
				"/network/contacts/" + contact, "name", name, "function", "Vorsitzende", "email",
				"petra@partner.example.org", "consentHow", "WRITTEN", "consentDate", "2026-02-01");
		assertThat(edited.statusCode()).isEqualTo(302);
		assertThat(partner.get("/network/contacts/" + contact + "/edit").body()).contains("value=\"Vorsitzende\"");
		assertThat(counsellor.get("/network/organisations/" + organisation).body()).contains("Kassenwartin")
			.doesNotContain("Vorsitzende");
		UUID editChange = pendingChange(organisation);
		assertThat(this.office.get("/network/moderation/" + editChange).body()).contains("Kassenwartin")
			.contains("Vorsitzende")
			.contains("geändert");
		HttpResponse<String> rejected = post(this.office, "/network/moderation/" + editChange,
				"/network/moderation/" + editChange + "/reject", "reason", "Bitte mit der Satzung abgleichen.");
		assertThat(rejected.statusCode()).isEqualTo(302);
		assertThat(mailsTo(partnerUser.email(), "Nicht freigegeben: Kontaktperson")).isEqualTo(1);
		assertThat(this.office.get("/network/organisations/" + organisation).body()).contains("Kassenwartin");
		// the rejected proposal's personal data is not kept in the change history
		assertThat(this.jdbc.sql("SELECT proposed::text FROM network_change WHERE id = ?")
			.param(editChange)
			.query(String.class)
			.single()).isEqualTo("{}");

		// removal waits for approval too
		assertThat(post(partner, "/network/organisations/" + organisation, "/network/contacts/" + contact + "/delete")
			.statusCode()).isEqualTo(302);
		assertThat(count("SELECT count(*) FROM network_contact WHERE id = ?", contact)).isEqualTo(1);
		UUID removal = pendingChange(organisation);
		assertThat(this.office.get("/network/moderation/" + removal).body()).contains("Entfernen");
		post(this.office, "/network/moderation/" + removal, "/network/moderation/" + removal + "/approve");
		assertThat(count("SELECT count(*) FROM network_contact WHERE id = ?", contact)).isZero();
	}

	@Test
	void theOfficeEditsContactsDirectlyAndANewConsentIsRecordedWhenItChanges() {
		UUID organisation = createOrganisation(this.office, unique("Direktkontaktverein"));
		String name = unique("Otto Office");
		assertThat(post(this.office, "/network/organisations/" + organisation + "/contacts/new",
				"/network/organisations/" + organisation + "/contacts", "name", name, "phone", "0541 1", "consentHow",
				"ORAL", "consentDate", "2026-01-05")
			.statusCode()).isEqualTo(302);
		UUID contact = this.jdbc.sql("SELECT id FROM network_contact WHERE name = ?")
			.param(name)
			.query(UUID.class)
			.single();
		String edit = this.office.get("/network/contacts/" + contact + "/edit").body();
		assertThat(edit).contains("value=\"2026-01-05\"").contains("value=\"" + name + "\"");
		assertThat(post(this.office, "/network/contacts/" + contact + "/edit", "/network/contacts/" + contact, "name",
				name, "phone", "0541 2", "consentHow", "WRITTEN", "consentDate", "2026-03-01")
			.statusCode()).isEqualTo(302);
		assertThat(this.office.get("/network/organisations/" + organisation).body()).contains("0541 2");
		assertThat(count("SELECT count(*) FROM consent_record WHERE subject_id = ?", contact.toString())).isEqualTo(2);
		assertThat(
				post(this.office, "/network/organisations/" + organisation, "/network/contacts/" + contact + "/delete")
					.statusCode())
			.isEqualTo(302);
		assertThat(count("SELECT count(*) FROM network_contact WHERE id = ?", contact)).isZero();
	}

	@Test
	void aPartnerNeverReachesAnotherOrganisationsContacts() {
		UUID own = createOrganisation(this.office, unique("Eigenverein"));
		UUID foreign = createOrganisation(this.office, unique("Fremdverein"));
		String name = unique("Fremde Person");
		post(this.office, "/network/organisations/" + foreign + "/contacts/new",
				"/network/organisations/" + foreign + "/contacts", "name", name, "email", "fremd@example.org",
				"consentHow", "WRITTEN", "consentDate", "2026-01-05");
		UUID contact = this.jdbc.sql("SELECT id FROM network_contact WHERE name = ?")
			.param(name)
			.query(UUID.class)
			.single();
		Http partner = this.fixtures.login(this.fixtures.partner(LANDKREIS, own));
		String csrfPage = "/network/organisations/" + own;
		assertThat(partner.get("/network/organisations/" + foreign + "/contacts/new").statusCode()).isEqualTo(404);
		assertThat(post(partner, csrfPage, "/network/organisations/" + foreign + "/contacts", "name", "Eingeschleust",
				"email", "x@example.org", "consentHow", "WRITTEN", "consentDate", "2026-01-05")
			.statusCode()).isEqualTo(404);
		assertThat(partner.get("/network/contacts/" + contact + "/edit").statusCode()).isEqualTo(404);
		assertThat(post(partner, csrfPage, "/network/contacts/" + contact, "name", "Umbenannt", "email",
				"x@example.org", "consentHow", "WRITTEN", "consentDate", "2026-01-05")
			.statusCode()).isEqualTo(404);
		assertThat(post(partner, csrfPage, "/network/contacts/" + contact + "/delete").statusCode()).isEqualTo(404);
		assertThat(count("SELECT count(*) FROM network_change WHERE entity_id = ? OR organisation_id = ?", contact,
				foreign))
			.isZero();
		assertThat(count("SELECT count(*) FROM network_contact WHERE id = ? AND name = ?", contact, name)).isEqualTo(1);
		// counsellors read but do not edit; another tenant's office does not find the
		// contact
		Http counsellor = this.fixtures.user(LANDKREIS, Role.COUNSELLOR);
		assertThat(counsellor.get("/network/contacts/" + contact + "/edit").statusCode()).isEqualTo(403);
		Http otherTenant = this.fixtures.user(STADT, Role.STRATEGY);
		assertThat(otherTenant.get("/network/contacts/" + contact + "/edit").statusCode()).isEqualTo(404);
		assertThat(post(otherTenant, "/network/organisations", "/network/contacts/" + contact + "/delete").statusCode())
			.isEqualTo(404);
	}

	private UUID pendingChange(UUID organisation) {
		return this.jdbc.sql(
				"SELECT id FROM network_change WHERE organisation_id = ? AND status = 'PENDING' AND entity_type = 'CONTACT'")
			.param(organisation)
			.query(UUID.class)
			.single();
	}

	private long mailsTo(String recipient, String subjectStart) {
		return count("SELECT count(*) FROM mail_outbox WHERE recipient = ? AND subject LIKE ?", recipient,
				subjectStart + "%");
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

}
