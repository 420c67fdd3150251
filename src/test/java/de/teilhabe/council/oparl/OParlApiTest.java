package de.teilhabe.council.oparl;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.teilhabe.council.oparl.OParlSchemaTest.JSON;
import static de.teilhabe.council.oparl.OParlSchemaTest.LISTS;
import static de.teilhabe.council.oparl.OParlSchemaTest.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The council's OParl 1.1 API as a client sees it, anonymously: the non-public part of a
 * meeting (its agenda items and their papers) never appears, neither as an object, in a
 * list, embedded, nor in an invitation or the minutes; one tenant's objects are not found
 * under another tenant's body; the list parameters ({@code created_since} …,
 * {@code limit}) filter or are refused with a problem naming them; deleted records are
 * tombstones; ids follow the address asked for (forwarded headers only from trusted
 * proxies: an untrusted sender cannot change them).
 */
@IntegrationTest
class OParlApiTest {

	private static final String LANDKREIS = "/oparl/v1.1/bodies/landkreis-osnabrueck";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theNonPublicPartNeverAppears() {
		Http http = new Http(this.port);
		List<UUID> items = this.jdbc
			.sql("SELECT i.id FROM council_agenda_item i JOIN tenant t ON t.id = i.tenant_id"
					+ " WHERE t.slug = 'landkreis-osnabrueck' AND NOT i.public")
			.query(UUID.class)
			.list();
		List<Map<String, Object>> papers = this.jdbc
			.sql("SELECT p.id, p.name, p.reference FROM council_paper p JOIN tenant t ON t.id = p.tenant_id"
					+ " WHERE t.slug = 'landkreis-osnabrueck' AND NOT p.public")
			.query()
			.listOfRows();
		assertThat(items).isNotEmpty();
		assertThat(papers).isNotEmpty();
		for (UUID item : items) {
			assertThat(http.get(LANDKREIS + "/agenda-items/" + item).statusCode()).isEqualTo(404);
		}
		List<String> secrets = new ArrayList<>(items.stream().map(UUID::toString).toList());
		for (Map<String, Object> paper : papers) {
			assertThat(http.get(LANDKREIS + "/papers/" + paper.get("id")).statusCode()).isEqualTo(404);
			secrets.add(paper.get("id").toString());
			secrets.add((String) paper.get("name"));
			secrets.add((String) paper.get("reference"));
		}
		List<UUID> secretFiles = this.jdbc
			.sql("SELECT f.id FROM council_file f JOIN council_paper p ON p.tenant_id = f.tenant_id"
					+ " AND p.id = f.paper_id JOIN tenant t ON t.id = f.tenant_id"
					+ " WHERE t.slug = 'landkreis-osnabrueck' AND NOT p.public")
			.query(UUID.class)
			.list();
		for (UUID file : secretFiles) {
			assertThat(http.get(LANDKREIS + "/files/" + file).statusCode()).isEqualTo(404);
			assertThat(http.get(LANDKREIS + "/files/" + file + "/download").statusCode()).isEqualTo(404);
			secrets.add(file.toString());
		}
		// every page of every list, with everything embedded, and every published text
		StringBuilder everything = new StringBuilder();
		List<String> downloads = new ArrayList<>();
		for (String list : LISTS) {
			String next = LANDKREIS + "/" + list + "?limit=100";
			while (next != null) {
				HttpResponse<String> page = http.get(next);
				assertThat(page.statusCode()).isEqualTo(200);
				everything.append(page.body());
				JsonNode json = JSON.readTree(page.body());
				if (list.equals("files")) {
					json.get("data").forEach((file) -> {
						if (file.has("accessUrl")) {
							downloads.add(OParlSchemaTest.path(http, file.get("accessUrl").asString()));
						}
					});
				}
				next = json.get("links").has("next")
						? OParlSchemaTest.path(http, json.get("links").get("next").asString()) : null;
			}
		}
		for (String download : downloads) {
			HttpResponse<byte[]> file = http.getBytes(download);
			if (file.statusCode() == 200) {
				everything.append(new String(file.body(), StandardCharsets.UTF_8));
			}
		}
		assertThat(downloads).hasSizeGreaterThan(50);
		assertThat(everything).contains("Mitteilungen der Verwaltung", "Niederschrift über die");
		for (String secret : secrets) {
			assertThat(everything.toString()).as(secret).doesNotContain(secret);
		}
		// the demo's non-public titles, also where no paper carries them
		assertThat(everything.toString()).doesNotContain("Personalangelegenheiten", "Integrationsfonds: Entscheidung");
	}

	@Test
	void theCommitteesTheOfficeOnlySitsOnAreNoOrganizations() {
		Http http = new Http(this.port);
		List<UUID> committees = this.jdbc
			.sql("SELECT c.id FROM council_committee c JOIN tenant t ON t.id = c.tenant_id"
					+ " WHERE t.slug = 'landkreis-osnabrueck' AND c.kind = 'NETWORK'")
			.query(UUID.class)
			.list();
		assertThat(committees).isNotEmpty();
		String organizations = http.get(LANDKREIS + "/organizations?limit=100").body();
		assertThat(organizations).contains("Beirat für Migration")
			.doesNotContain("Arbeitskreis Integration Landkreis Osnabrück");
		for (UUID committee : committees) {
			assertThat(organizations).doesNotContain(committee.toString());
			assertThat(http.get(LANDKREIS + "/organizations/" + committee).statusCode()).isEqualTo(404);
		}
	}

	@Test
	void anotherTenantsObjectsAreNotFoundUnderABody() {
		Http http = new Http(this.port);
		UUID meeting = this.jdbc
			.sql("SELECT m.id FROM council_meeting m JOIN tenant t ON t.id = m.tenant_id"
					+ " JOIN council_committee c ON c.tenant_id = m.tenant_id AND c.id = m.committee_id"
					+ " WHERE t.slug = 'landkreis-osnabrueck' AND c.kind <> 'NETWORK' ORDER BY m.id LIMIT 1")
			.query(UUID.class)
			.single();
		assertThat(http.get(LANDKREIS + "/meetings/" + meeting).statusCode()).isEqualTo(200);
		HttpResponse<String> other = http.get("/oparl/v1.1/bodies/stadt-osnabrueck/meetings/" + meeting);
		assertThat(other.statusCode()).isEqualTo(404);
		assertThat(other.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode stadt = json(http, "/oparl/v1.1/bodies/stadt-osnabrueck/meetings");
		for (JsonNode object : stadt.get("data")) {
			assertThat(object.get("id").asString()).contains("/bodies/stadt-osnabrueck/");
		}
		assertThat(stadt.toString()).doesNotContain(meeting.toString());
		JsonNode body = json(http, "/oparl/v1.1/bodies/stadt-osnabrueck");
		assertThat(body.get("ags").asString()).isEqualTo("03404");
		assertThat(http.get("/oparl/v1.1/bodies/nirgendwo").statusCode()).isEqualTo(404);
		assertThat(http.get(LANDKREIS + "/sitzungen").statusCode()).isEqualTo(404);
	}

	@Test
	void listParametersFilterOrAreRefusedByName() {
		Http http = new Http(this.port);
		JsonNode all = json(http, LANDKREIS + "/meetings?limit=5&omit_internal=true");
		long total = all.get("pagination").get("totalElements").asLong();
		assertThat(all.get("data")).hasSize(5);
		assertThat(all.get("links").get("next").asString()).contains("after=").contains("limit=5");
		JsonNode second = json(http, OParlSchemaTest.path(http, all.get("links").get("next").asString()));
		assertThat(second.get("data").get(0).get("id").asString())
			.isGreaterThan(all.get("data").get(4).get("id").asString());

		assertThat(json(http, LANDKREIS + "/meetings?modified_since=2099-01-01T00:00:00%2B01:00").get("pagination")
			.get("totalElements")
			.asLong()).isZero();
		assertThat(json(http, LANDKREIS + "/meetings?created_until=2000-01-01T00:00:00Z").get("data")).isEmpty();
		// a + that was not encoded arrives as a space and is read as a +
		long recent = json(http, LANDKREIS + "/meetings?created_since=2020-01-01T00:00:00+01:00").get("pagination")
			.get("totalElements")
			.asLong();
		assertThat(recent).isEqualTo(total);
		JsonNode since = json(http, LANDKREIS + "/meetings?limit=100&modified_since=2026-01-01T00:00:00Z");
		since.get("data")
			.forEach((meeting) -> assertThat(meeting.get("modified").asString()).isGreaterThan("2025-12-31"));

		HttpResponse<String> wrongTime = http.get(LANDKREIS + "/meetings?created_since=gestern");
		assertThat(wrongTime.statusCode()).isEqualTo(400);
		assertThat(wrongTime.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(wrongTime.body()).contains("created_since");
		assertThat(http.get(LANDKREIS + "/meetings?limit=101").body()).contains("limit");
		assertThat(http.get(LANDKREIS + "/meetings?limit=101").statusCode()).isEqualTo(400);
		assertThat(http.get(LANDKREIS + "/meetings?omit_internal=vielleicht").statusCode()).isEqualTo(400);
		assertThat(http.get(LANDKREIS + "/meetings?after=nicht-eine-id").statusCode()).isEqualTo(400);
	}

	@Test
	void deletedRecordsAreTombstones() {
		Http http = new Http(this.port);
		UUID withdrawn = this.jdbc
			.sql("SELECT p.id FROM council_paper p JOIN tenant t ON t.id = p.tenant_id"
					+ " WHERE t.slug = 'landkreis-osnabrueck' AND p.deleted AND p.public LIMIT 1")
			.query(UUID.class)
			.single();
		JsonNode paper = json(http, LANDKREIS + "/papers/" + withdrawn);
		assertThat(paper.get("deleted").asBoolean()).isTrue();
		assertThat(paper.has("name")).isFalse();
		assertThat(paper.has("created")).isTrue();
		assertThat(paper.has("modified")).isTrue();
		JsonNode locations = json(http, LANDKREIS + "/locations");
		assertThat(locations.get("data"))
			.anySatisfy((location) -> assertThat(location.path("deleted").asBoolean()).isTrue());
		assertThat(http.get(LANDKREIS + "/papers/" + withdrawn).body()).doesNotContain("doppelt eingereicht");
	}

	@Test
	void idsFollowTheAddressAskedForAndIgnoreUntrustedForwarding() {
		Http http = new Http(this.port);
		HttpResponse<String> system = http.get("/oparl/v1.1/system",
				Map.of("X-Forwarded-Host", "evil.example.org", "X-Forwarded-Proto", "https"));
		assertThat(system.statusCode()).isEqualTo(200);
		assertThat(system.body()).contains("\"id\":\"" + http.base() + "/oparl/v1.1/system\"")
			.doesNotContain("evil.example.org");
		// anonymous and stateless: no session is made
		assertThat(system.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(system.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		JsonNode meetings = json(http, LANDKREIS + "/meetings?limit=100");
		JsonNode meeting = meetings.get("data").get(0);
		assertThat(meeting.get("id").asString()).startsWith(http.base() + LANDKREIS + "/meetings/");
		assertThat(meeting.get("start").asString()).matches(".*T\\d\\d:\\d\\d:\\d\\d\\+0[12]:00");
	}

}
