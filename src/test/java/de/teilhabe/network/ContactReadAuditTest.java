package de.teilhabe.network;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AccessFixtures.TestUser;
import de.teilhabe.shared.security.Role;
import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.network.NetworkFixtures.LANDKREIS;
import static de.teilhabe.network.NetworkFixtures.createOrganisation;
import static de.teilhabe.network.NetworkFixtures.post;
import static de.teilhabe.network.NetworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every read of a contact person's data by a signed-in user is in the audit log: the
 * organisation's page, the contact form, the vCard of one person and of all, the office's
 * review of a partner's proposed contact; the privacy officer reads it on the audit page
 * in words.
 */
@IntegrationTest
class ContactReadAuditTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	NetworkFixtures fixtures;

	TestUser officeUser;

	Http office;

	@BeforeEach
	void signInTheOffice() {
		this.fixtures = new NetworkFixtures(this.context, this.port);
		this.officeUser = this.fixtures.access().create(LANDKREIS, "buero", Role.STRATEGY);
		this.office = this.fixtures.login(this.officeUser);
	}

	@Test
	void viewsAndVCardDownloadsOfContactPersonsAreAuditedPerPersonAndReader() {
		UUID organisation = createOrganisation(this.office, unique("Auditverein"));
		String name = unique("Anna Audit");
		HttpResponse<String> added = post(this.office, "/network/organisations/" + organisation + "/contacts/new",
				"/network/organisations/" + organisation + "/contacts", "name", name, "phone", "0541 111111",
				"consentHow", "ORAL", "consentDate", "2026-02-01");
		assertThat(added.statusCode()).isEqualTo(302);
		UUID contact = this.jdbc.sql("SELECT id FROM network_contact WHERE name = ?")
			.param(name)
			.query(UUID.class)
			.single();
		assertThat(readsOf(contact)).as("adding is no read").isEmpty();

		TestUser readerUser = this.fixtures.access().create(LANDKREIS, "leser", Role.COUNSELLOR);
		Http reader = this.fixtures.login(readerUser);
		assertThat(reader.get("/network/organisations/" + organisation).body()).contains(name);
		assertThat(readsOf(contact)).containsExactly("network.contact.viewed " + readerUser.username());

		assertThat(reader.get("/network/contacts/" + contact + "/vcard").statusCode()).isEqualTo(200);
		assertThat(reader.get("/network/organisations/" + organisation + "/contacts.vcf").statusCode()).isEqualTo(200);
		assertThat(this.office.get("/network/contacts/" + contact + "/edit").body()).contains(name);
		assertThat(readsOf(contact)).containsExactly("network.contact.viewed " + readerUser.username(),
				"network.contact.vcard " + readerUser.username(), "network.contact.vcard " + readerUser.username(),
				"network.contact.viewed " + this.officeUser.username());

		String audit = Http.loggedIn(this.port, "datenschutz", "demo").get("/audit").body();
		assertThat(audit).contains("Ansprechperson angesehen").contains("Ansprechperson als vCard heruntergeladen");
	}

	@Test
	void theOfficesReviewOfAPartnersProposedContactIsAuditedAsARead() {
		UUID organisation = createOrganisation(this.office, unique("Vorschlagsverein"));
		Http partner = this.fixtures.login(this.fixtures.partner(LANDKREIS, organisation));
		String name = unique("Paula Vorschlag");
		HttpResponse<String> proposed = post(partner, "/network/organisations/" + organisation + "/contacts/new",
				"/network/organisations/" + organisation + "/contacts", "name", name, "email",
				"paula@vorschlag.example.org", "consentHow", "WRITTEN", "consentDate", "2026-02-01");
		assertThat(proposed.statusCode()).isEqualTo(302);
		Map<String, Object> change = this.jdbc
			.sql("SELECT id, entity_id FROM network_change WHERE organisation_id = ? AND entity_type = 'CONTACT'")
			.param(organisation)
			.query()
			.singleRow();
		UUID contact = (UUID) change.get("entity_id");
		assertThat(readsOf(contact)).as("proposing is no read").isEmpty();

		assertThat(this.office.get("/network/moderation/" + change.get("id")).body()).contains(name)
			.contains("paula@vorschlag.example.org");
		assertThat(readsOf(contact)).containsExactly("network.contact.viewed " + this.officeUser.username());
	}

	/** The audited reads of a contact: action and reader, oldest first. */
	private List<String> readsOf(UUID contact) {
		return this.jdbc.sql("""
				SELECT action || ' ' || actor_name FROM audit_event
				WHERE record_type = 'network_contact' AND record_id = ? AND action LIKE 'network.contact.%'
				  AND action IN ('network.contact.viewed', 'network.contact.vcard')
				ORDER BY id""").param(contact.toString()).query(String.class).list();
	}

}
