package de.teilhabe.council.oparl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static de.teilhabe.council.oparl.OParlSchemaTest.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that accepts gzip (as OParl clients do) gets a body's answers compressed, made
 * once and kept beside the plain bytes: {@code Content-Encoding: gzip}, an ETag of its
 * own (304 for it, not for the plain one), {@code Vary: Accept-Encoding} on both; the
 * bytes decompress to exactly the plain answer. A client that does not accept gzip gets
 * the plain bytes. Embedded objects carry no back references to what embeds them (OParl
 * 1.1 gives them only of objects fetched on their own), which the objects fetched on
 * their own and in their lists do carry.
 */
@IntegrationTest
class OParlCompressedAnswersTest {

	private static final String LANDKREIS = "/oparl/v1.1/bodies/landkreis-osnabrueck";

	private static final String MEETINGS = LANDKREIS + "/meetings?limit=100";

	@LocalServerPort
	int port;

	@Test
	void aClientAcceptingGzipGetsTheKeptCompressedBytesWithTheirOwnETag() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<byte[]> plain = get(client, MEETINGS, Map.of());
		assertThat(plain.statusCode()).isEqualTo(200);
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(plain.headers().allValues("Vary"))
			.anySatisfy((vary) -> assertThat(vary).contains("Accept-Encoding"));
		String plainEtag = plain.headers().firstValue("ETag").orElseThrow();

		HttpResponse<byte[]> gzip = get(client, MEETINGS, Map.of("Accept-Encoding", "gzip, deflate"));
		assertThat(gzip.statusCode()).isEqualTo(200);
		assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzip.headers().allValues("Vary")).anySatisfy((vary) -> assertThat(vary).contains("Accept-Encoding"));
		assertThat(gzip.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(gzip.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(gzip.headers().firstValueAsLong("Content-Length")).hasValue(gzip.body().length);
		String gzipEtag = gzip.headers().firstValue("ETag").orElseThrow();
		assertThat(gzipEtag).startsWith("\"").endsWith("\"").isNotEqualTo(plainEtag);
		// exactly the plain answer, several times smaller
		assertThat(gunzip(gzip.body())).isEqualTo(plain.body());
		assertThat(gzip.body().length).isLessThan(plain.body().length / 4);
		assertThat(JSON.readTree(new String(gunzip(gzip.body()), StandardCharsets.UTF_8)).get("data")).isNotEmpty();
		// kept: the same bytes again
		assertThat(get(client, MEETINGS, Map.of("Accept-Encoding", "gzip")).body()).isEqualTo(gzip.body());

		// 304 for the ETag of the representation the client would get, strong or weak
		HttpResponse<byte[]> unchanged = get(client, MEETINGS,
				Map.of("Accept-Encoding", "gzip", "If-None-Match", gzipEtag));
		assertThat(unchanged.statusCode()).isEqualTo(304);
		assertThat(unchanged.body()).isEmpty();
		assertThat(unchanged.headers().firstValue("ETag")).hasValue(gzipEtag);
		assertThat(unchanged.headers().allValues("Vary"))
			.anySatisfy((vary) -> assertThat(vary).contains("Accept-Encoding"));
		assertThat(unchanged.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(
				get(client, MEETINGS, Map.of("Accept-Encoding", "gzip", "If-None-Match", "W/" + gzipEtag)).statusCode())
			.isEqualTo(304);
		assertThat(get(client, MEETINGS, Map.of("If-None-Match", plainEtag)).statusCode()).isEqualTo(304);
		// the other representation's ETag does not match
		HttpResponse<byte[]> otherTag = get(client, MEETINGS, Map.of("If-None-Match", gzipEtag));
		assertThat(otherTag.statusCode()).isEqualTo(200);
		assertThat(otherTag.body()).isEqualTo(plain.body());
		HttpResponse<byte[]> plainTag = get(client, MEETINGS,
				Map.of("Accept-Encoding", "gzip", "If-None-Match", plainEtag));
		assertThat(plainTag.statusCode()).isEqualTo(200);
		assertThat(plainTag.body()).isEqualTo(gzip.body());
	}

	@Test
	void onlyAClientThatAcceptsGzipGetsIt() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		String path = LANDKREIS + "/papers?limit=100";
		byte[] plain = get(client, path, Map.of()).body();
		for (String refused : new String[] { "identity", "gzip;q=0", "br", "*;q=0", "gzip;q=0, *" }) {
			HttpResponse<byte[]> answer = get(client, path, Map.of("Accept-Encoding", refused));
			assertThat(answer.headers().firstValue("Content-Encoding")).as(refused).isEmpty();
			assertThat(answer.body()).as(refused).isEqualTo(plain);
		}
		for (String accepted : new String[] { "gzip", "GZIP", "deflate, gzip;q=1.0, *;q=0.5", "br;q=1, gzip;q=0.8",
				"x-gzip", "*" }) {
			HttpResponse<byte[]> answer = get(client, path, Map.of("Accept-Encoding", accepted));
			assertThat(answer.headers().firstValue("Content-Encoding")).as(accepted).hasValue("gzip");
			assertThat(gunzip(answer.body())).as(accepted).isEqualTo(plain);
		}
		// an answer that is not kept (a refusal) is never compressed
		HttpResponse<byte[]> refusal = get(client, LANDKREIS + "/meetings?limit=0", Map.of("Accept-Encoding", "gzip"));
		assertThat(refusal.statusCode()).isEqualTo(400);
		assertThat(refusal.headers().firstValue("Content-Encoding")).isEmpty();
	}

	@Test
	void embeddedObjectsLeaveOutTheirBackReferencesWhichTheyHaveOnTheirOwn() {
		Http http = new Http(this.port);
		JsonNode meeting = null;
		for (JsonNode candidate : OParlSchemaTest.json(http, MEETINGS).get("data")) {
			if (candidate.has("agendaItem") && !candidate.get("agendaItem").isEmpty() && candidate.has("location")
					&& candidate.has("invitation")) {
				meeting = candidate;
				break;
			}
		}
		assertThat(meeting).as("a meeting with agenda, location and invitation").isNotNull();
		String meetingId = meeting.get("id").asString();
		JsonNode item = meeting.get("agendaItem").get(0);
		assertThat(item.has("meeting")).isFalse();
		assertThat(meeting.get("invitation").has("meeting")).isFalse();
		assertThat(meeting.get("location").has("bodies")).isFalse();
		// fetched on their own, they point back
		assertThat(OParlSchemaTest.json(http, OParlSchemaTest.path(http, item.get("id").asString()))
			.get("meeting")
			.asString()).isEqualTo(meetingId);
		JsonNode invitation = OParlSchemaTest.json(http,
				OParlSchemaTest.path(http, meeting.get("invitation").get("id").asString()));
		assertThat(invitation.get("meeting").get(0).asString()).isEqualTo(meetingId);
		assertThat(OParlSchemaTest.json(http, OParlSchemaTest.path(http, meeting.get("location").get("id").asString()))
			.get("bodies")
			.get(0)
			.asString()).endsWith(LANDKREIS);
		// and in their own lists
		assertThat(OParlSchemaTest.json(http, LANDKREIS + "/agenda-items?limit=5").get("data"))
			.allSatisfy((listed) -> assertThat(listed.has("meeting") || listed.has("deleted")).isTrue());

		// a paper's consultations and files, a person's memberships
		JsonNode paper = null;
		for (JsonNode candidate : OParlSchemaTest.json(http, LANDKREIS + "/papers?limit=100").get("data")) {
			if (candidate.has("consultation") && !candidate.get("consultation").isEmpty()
					&& candidate.has("mainFile")) {
				paper = candidate;
				break;
			}
		}
		assertThat(paper).as("a paper with consultations and a main file").isNotNull();
		JsonNode consultation = paper.get("consultation").get(0);
		assertThat(consultation.has("paper")).isFalse();
		assertThat(consultation.has("meeting")).isTrue();
		assertThat(paper.get("mainFile").has("paper")).isFalse();
		assertThat(OParlSchemaTest.json(http, OParlSchemaTest.path(http, consultation.get("id").asString()))
			.get("paper")
			.asString()).isEqualTo(paper.get("id").asString());
		JsonNode person = null;
		for (JsonNode candidate : OParlSchemaTest.json(http, LANDKREIS + "/persons?limit=100").get("data")) {
			if (candidate.has("membership") && !candidate.get("membership").isEmpty()) {
				person = candidate;
				break;
			}
		}
		assertThat(person).isNotNull();
		JsonNode membership = person.get("membership").get(0);
		assertThat(membership.has("person")).isFalse();
		assertThat(membership.has("organization")).isTrue();
		assertThat(OParlSchemaTest.json(http, OParlSchemaTest.path(http, membership.get("id").asString()))
			.get("person")
			.asString()).isEqualTo(person.get("id").asString());
	}

	private HttpResponse<byte[]> get(HttpClient client, String path, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		headers.forEach(request::header);
		return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static byte[] gunzip(byte[] compressed) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			return in.readAllBytes();
		}
	}

}
