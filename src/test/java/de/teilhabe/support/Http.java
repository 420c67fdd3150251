package de.teilhabe.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A small HTTP client for tests: the real HTTP layer, no redirects followed, cookies kept
 * per instance (one browser session per {@code Http}).
 */
public final class Http {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient client;

	private String bearer;

	public Http(int port) {
		this(port,
				HttpClient.newBuilder()
					.cookieHandler(new CookieManager())
					.followRedirects(HttpClient.Redirect.NEVER)
					.connectTimeout(Duration.ofSeconds(10))
					.build());
	}

	private Http(int port, HttpClient client) {
		this.base = "http://127.0.0.1:" + port;
		this.client = client;
	}

	/**
	 * The same session (cookies, token) against another port, e.g. an instance started
	 * again on the same data.
	 */
	public Http onPort(int port) {
		Http other = new Http(port, this.client);
		other.bearer = this.bearer;
		return other;
	}

	/** A session signed in through the login form. */
	public static Http loggedIn(int port, String username, String password) {
		Http http = new Http(port);
		HttpResponse<String> response = http.login(username, password);
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException(
					"Login of " + username + " failed: " + response.statusCode() + " " + location);
		}
		return http;
	}

	/** A client that sends {@code Authorization: Bearer <token>}. */
	public static Http withToken(int port, String token) {
		Http http = new Http(port);
		http.bearer = token;
		return http;
	}

	public HttpResponse<String> login(String username, String password) {
		return postForm("/login", Map.of("username", username, "password", password), csrfFrom("/login"));
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET().build());
	}

	/** A GET whose body is kept as bytes (downloads such as XLSX files). */
	public HttpResponse<byte[]> getBytes(String path) {
		try {
			return this.client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpResponse<String> get(String path, Map<String, String> headers) {
		HttpRequest.Builder builder = request(path).GET();
		headers.forEach(builder::header);
		return send(builder.build());
	}

	/** Posts a form with the CSRF token of the page {@code formPage}. */
	public HttpResponse<String> postForm(String path, Map<String, String> fields, String csrf) {
		StringBuilder body = new StringBuilder(encode(fields));
		if (csrf != null) {
			body.append(body.isEmpty() ? "" : "&")
				.append("_csrf=")
				.append(URLEncoder.encode(csrf, StandardCharsets.UTF_8));
		}
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build());
	}

	/** Posts a form with the CSRF token found on the page {@code formPage}. */
	public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
		return postForm(action, fields, csrfFrom(formPage));
	}

	/**
	 * Posts a form with the CSRF token found on the page {@code formPage} and keeps the
	 * answer as bytes (downloads such as PDF files).
	 */
	public HttpResponse<byte[]> submitForBytes(String formPage, String action, Map<String, String> fields) {
		String csrf = csrfFrom(formPage);
		String body = encode(fields) + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		try {
			return this.client.send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpResponse<String> send(String method, String path, String contentType, String body) {
		HttpRequest.Builder builder = request(path).method(method,
				body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			builder.header("Content-Type", contentType);
		}
		return send(builder.build());
	}

	public HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Reads pages and API answers in the given language from now on: sets the language
	 * cookie that the language switch sets.
	 */
	public Http language(String tag) {
		java.net.HttpCookie cookie = new java.net.HttpCookie("teilhabe-lang", tag);
		cookie.setPath("/");
		cookie.setVersion(0);
		((CookieManager) this.client.cookieHandler().orElseThrow()).getCookieStore()
			.add(URI.create(this.base + "/"), cookie);
		return this;
	}

	public HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30));
		if (this.bearer != null) {
			builder.header("Authorization", "Bearer " + this.bearer);
		}
		return builder;
	}

	/** The CSRF token of the forms on a page (null if it has none). */
	public String csrfFrom(String page) {
		Matcher matcher = CSRF.matcher(get(page).body());
		return matcher.find() ? matcher.group(1) : null;
	}

	public String base() {
		return this.base;
	}

	/**
	 * Uploads a file as the upload forms do: multipart with the field {@code file}, the
	 * CSRF token of the form page in the URL (a too-large upload is refused before its
	 * form fields are read).
	 */
	public HttpResponse<String> upload(String formPage, String action, String fileName, byte[] content) {
		String csrf = csrfFrom(formPage);
		String boundary = "----teilhabe" + java.util.UUID.randomUUID().toString().replace("-", "");
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpRequest request = request(
				action + ((csrf != null) ? "?_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) : ""))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, content, tail)))
			.build();
		return send(request);
	}

	private static String encode(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
