package de.teilhabe.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.monitoring.statistics.importing.ReferenceData;
import de.teilhabe.support.ApiLists;
import de.teilhabe.support.Http;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads statistics files through the real HTTP API and reads JSON answers.
 */
public final class StatisticsHttp {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private final Http http;

	public StatisticsHttp(Http http) {
		this.http = http;
	}

	public static StatisticsHttp withToken(int port, String username) {
		return new StatisticsHttp(Http.withToken(port, "demo-token-" + username));
	}

	public Http http() {
		return this.http;
	}

	/** Posts a file as multipart field {@code file}; query e.g. {@code ?dryRun=true}. */
	public HttpResponse<String> upload(String fileName, byte[] content, String query) {
		String boundary = "----teilhabe" + UUID.randomUUID().toString().replace("-", "");
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpRequest request = this.http.request("/api/v1/statistics/imports" + ((query == null) ? "" : query))
			.timeout(java.time.Duration.ofSeconds(120))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)))
			.build();
		return this.http.send(request);
	}

	public Map<String, Object> uploadOk(String fileName, byte[] content, String query, int status) {
		HttpResponse<String> response = upload(fileName, content, query);
		assertThat(response.statusCode()).as(fileName + ": " + response.body()).isEqualTo(status);
		return map(response.body());
	}

	public Map<String, Object> getJson(String path) {
		HttpResponse<String> response = this.http.get(path);
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return map(response.body());
	}

	/**
	 * A list of the API: every item of a paged list (all its pages), or a series' values
	 * (a bare array).
	 */
	public List<Map<String, Object>> getList(String path) {
		HttpResponse<String> response = this.http.get(path);
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		if (!response.body().startsWith("[")) {
			return ApiLists.all(this.http, path);
		}
		return JSON.readValue(response.body(), new TypeReference<List<Map<String, Object>>>() {
		});
	}

	public static Map<String, Object> map(String json) {
		return JSON.readValue(json, new TypeReference<Map<String, Object>>() {
		});
	}

	/** A test resource under {@code src/test/resources/monitoring/}. */
	public static byte[] resource(String path) {
		try (var in = StatisticsHttp.class.getResourceAsStream("/monitoring/" + path)) {
			assertThat(in).as(path).isNotNull();
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A file of the shipped reference data, e.g.
	 * {@code integrationsmonitoring-ni/data/indicator_1-2-1.csv}.
	 */
	public static byte[] reference(String path) {
		try {
			return Files.readAllBytes(referencePath(path));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static Path referencePath(String path) {
		return ReferenceData.path().resolve(path);
	}

	/** A series code no other test uses: the file name of an Open SDG file gives it. */
	public static String uniqueCode(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

	public static long number(Object value) {
		return ((Number) value).longValue();
	}

}
