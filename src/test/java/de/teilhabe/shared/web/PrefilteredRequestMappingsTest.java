package de.teilhabe.shared.web;

import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import de.teilhabe.support.Http;
import de.teilhabe.support.IntegrationTest;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index of the handler lookup: a request is checked against the mappings whose
 * leading literal segments its path starts with and those that start with a variable, and
 * gets the handler (or the error) Spring's scan of every mapping gives.
 */
@IntegrationTest
class PrefilteredRequestMappingsTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@LocalServerPort
	int port;

	@Test
	void theDispatcherUsesThePrefilteredMappingWithHtmxConditions() {
		assertThat(this.mappings).isInstanceOf(PrefilteredRequestMappings.class)
			.isInstanceOf(io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestMappingHandlerMapping.class);
	}

	@Test
	void theLeadingLiteralsEndAtTheFirstVariableOrWildcard() {
		assertThat(LiteralPathIndex.leadingLiterals("/api/v1/strategy/dialogs/{id}/priorities")).containsExactly("api",
				"v1", "strategy", "dialogs");
		assertThat(LiteralPathIndex.leadingLiterals("/strategy/controlling")).containsExactly("strategy",
				"controlling");
		assertThat(LiteralPathIndex.leadingLiterals("/webjars/**")).containsExactly("webjars");
		assertThat(LiteralPathIndex.leadingLiterals("/w/{code}")).containsExactly("w");
		assertThat(LiteralPathIndex.leadingLiterals("/files/report.{ext}")).containsExactly("files");
		assertThat(LiteralPathIndex.leadingLiterals("/{tenant}/pages")).isEmpty();
		assertThat(LiteralPathIndex.leadingLiterals("/**")).isEmpty();
		assertThat(LiteralPathIndex.leadingLiterals("/")).isEmpty();
		assertThat(LiteralPathIndex.leadingLiterals("")).isEmpty();
		assertThat(LiteralPathIndex.leadingLiterals("/a%20b/c")).isEmpty();
	}

	@Test
	void theRequestSegmentsAreDecodedAndWithoutMatrixVariables() {
		assertThat(LiteralPathIndex.segments(PathContainer.parsePath("/strategy/dialogs/42/priorities")))
			.containsExactly("strategy", "dialogs", "42", "priorities");
		assertThat(LiteralPathIndex.segments(PathContainer.parsePath("/strat%65gy;x=1/dialogs/")))
			.containsExactly("strategy", "dialogs");
		assertThat(LiteralPathIndex.segments(PathContainer.parsePath("/"))).isEmpty();
		assertThat(LiteralPathIndex.segments(PathContainer.parsePath("//strategy")))
			.as("two slashes in a row: no index")
			.isNull();
	}

	@Test
	void aMappingIsACandidateOnlyWhenOneOfItsPatternsCanMatch() {
		LiteralPathIndex<String> index = new LiteralPathIndex<>();
		index.add("dialogs", List.of(List.of("strategy", "dialogs")));
		index.add("workshops", List.of(List.of("strategy", "workshops")));
		index.add("api", List.of(List.of("api", "v1")));
		index.add("workshops or dialogs", List.of(List.of("strategy", "workshops"), List.of("strategy", "dialogs")));
		index.add("dialog pages", List.of(List.of("strategy", "dialogs"), List.of("strategy")));
		index.add("leading variable", List.of());
		index.add("longer", List.of(List.of("strategy", "dialogs", "42", "priorities", "more")));
		index.add("capital", List.of(List.of("Strategy")));
		index.add("exact", List.of(List.of("strategy", "dialogs", "42", "priorities")));

		assertThat(index.candidates(List.of("strategy", "dialogs", "42", "priorities")))
			.as("each once (a mapping with two patterns on the path too); not a longer literal path; case-sensitive")
			.containsExactlyInAnyOrder("dialogs", "workshops or dialogs", "dialog pages", "leading variable", "exact");
		assertThat(index.candidates(List.of("strategy", "dialogs"))).as("the literal path itself")
			.containsExactlyInAnyOrder("dialogs", "workshops or dialogs", "dialog pages", "leading variable");
		assertThat(index.candidates(List.of("strategy"))).containsExactlyInAnyOrder("dialog pages", "leading variable");
		assertThat(index.candidates(List.of("api", "v1", "guide-requests", "42"))).containsExactlyInAnyOrder("api",
				"leading variable");
		assertThat(index.candidates(List.of("elsewhere", "42"))).containsExactly("leading variable");
		assertThat(index.candidates(List.of())).containsExactly("leading variable");
	}

	/**
	 * Every registered pattern, with its variables filled in, plus a trailing slash, an
	 * unknown last segment and other cases, asked with each method (and as htmx): the
	 * index gives the handler, pattern and variables, or the error, of Spring's scan of
	 * every mapping.
	 */
	@Test
	void everyRegisteredPathGetsWhatSpringsFullScanGives() throws Exception {
		PrefilteredRequestMappings prefiltered = (PrefilteredRequestMappings) this.mappings;
		Set<String> paths = new LinkedHashSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				String path = filledIn(pattern.getPatternString());
				paths.add(path);
				paths.add(path + "/");
				paths.add(path + "/unknown");
				paths.add(path.toUpperCase(java.util.Locale.ROOT));
				paths.add(path.replaceFirst("/", "//"));
			}
		}
		paths.addAll(List.of("/", "/nowhere/42", "/api/v1/nowhere/42", "/strategy/dialogs/42;x=1/priorities"));
		assertThat(paths).hasSizeGreaterThan(500);
		// the paths on all cores (the lookups serve concurrent requests anyway): 35 000
		// lookups of each kind took 45 s on one core
		List<String> differences = new CopyOnWriteArrayList<>();
		AtomicInteger handled = new AtomicInteger();
		paths.parallelStream().forEach((path) -> {
			for (String method : List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")) {
				for (boolean htmx : List.of(false, true)) {
					String indexed = outcome(prefiltered, request(method, path, htmx), false);
					String scanned = outcome(prefiltered, request(method, path, htmx), true);
					if (!indexed.equals(scanned)) {
						differences
							.add(method + " " + path + (htmx ? " (htmx)" : "") + ": " + indexed + " <> " + scanned);
					}
					if (indexed.startsWith("handler")) {
						handled.incrementAndGet();
					}
				}
			}
		});
		assertThat(differences.stream().sorted()).isEmpty();
		assertThat(handled.get()).as("the cases include found handlers").isGreaterThan(300);
	}

	/**
	 * Over HTTP, with the security chain in front: the answers of Spring's own lookup
	 * (those the platform gave before the index). A method a path is not served for is
	 * compared above (its 405 is answered only where a rule lets the request through).
	 */
	@Test
	void overHttpUnknownPathsAndIdsAnswer404AndHeadAndOptionsAreServed() {
		Http anonymous = new Http(this.port);
		assertThat(anonymous.get("/api/v1/public/nowhere/42").statusCode()).isEqualTo(404);
		HttpResponse<String> head = anonymous.send(
				anonymous.request("/login").method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		for (String publicAddress : List.of("/p/landkreis-osnabrueck/de/", "/oparl/v1.1/system",
				"/p/landkreis-osnabrueck/veranstaltungen.ics")) {
			HttpResponse<String> headOfPublic = anonymous.send(anonymous.request(publicAddress)
				.method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody())
				.build());
			assertThat(headOfPublic.statusCode()).as("HEAD " + publicAddress + " is allowed like GET").isEqualTo(200);
			assertThat(headOfPublic.body()).isEmpty();
		}
		HttpResponse<String> headOfStaffPage = anonymous.send(
				anonymous.request("/audit").method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
		assertThat(headOfStaffPage.statusCode()).as("HEAD of a staff page asks for the login like GET")
			.isEqualTo(anonymous.get("/audit").statusCode())
			.isNotEqualTo(200);
		HttpResponse<String> options = anonymous.send(anonymous.request("/w/ABCDEF")
			.method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
			.build());
		assertThat(options.statusCode()).as("a path with a variable, no mapping for OPTIONS").isEqualTo(200);
		assertThat(options.headers().firstValue("Allow").orElseThrow().split(",")).containsExactlyInAnyOrder("GET",
				"HEAD", "POST", "OPTIONS");

		Http staff = Http.loggedIn(this.port, "strategie", "demo");
		assertThat(staff.get("/strategy/dialogs/00000000-0000-0000-0000-000000000042/priorities").statusCode())
			.as("a page with an unknown id")
			.isEqualTo(404);
		assertThat(staff.get("/strategy/nowhere/42").statusCode()).isEqualTo(404);
		Http token = Http.withToken(this.port, "demo-token-strategie");
		assertThat(token.get("/api/v1/strategy/dialogs/00000000-0000-0000-0000-000000000042/priorities").statusCode())
			.as("an API path with an unknown id")
			.isEqualTo(404);
		assertThat(token.get("/api/v1/strategy/goals/").statusCode()).as("no trailing slash matching").isEqualTo(404);
		assertThat(token.get("/api/v1/strategy/goals").statusCode()).isEqualTo(200);
	}

	private static String filledIn(String pattern) {
		return pattern.replaceAll("\\{\\*[^}]*}", "a/b")
			.replaceAll("\\{[^}]*}", "00000000-0000-0000-0000-000000000042")
			.replace("/**", "/a/b")
			.replace("*", "x");
	}

	private static MockHttpServletRequest request(String method, String path, boolean htmx) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.addHeader("Accept", "text/html,application/json;q=0.9,*/*;q=0.8");
		if (htmx) {
			request.addHeader("HX-Request", "true");
		}
		if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")) {
			request.setContentType("application/x-www-form-urlencoded");
		}
		ServletRequestPathUtils.parseAndCache(request);
		return request;
	}

	/** What a lookup gives: the handler with its pattern and variables, or the error. */
	private static String outcome(PrefilteredRequestMappings mappings, HttpServletRequest request, boolean fullScan) {
		String lookupPath = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().value();
		try {
			HandlerMethod handler = fullScan ? mappings.lookupByFullScan(lookupPath, request)
					: mappings.lookupHandlerMethod(lookupPath, request);
			if (handler == null) {
				return "none";
			}
			return "handler " + handler.getMethod() + " "
					+ request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) + " "
					+ Objects
						.toString((Map<?, ?>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE))
					+ " " + request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
		}
		catch (Exception ex) {
			return ex.getClass().getName() + ": " + ex.getMessage();
		}
	}

}
