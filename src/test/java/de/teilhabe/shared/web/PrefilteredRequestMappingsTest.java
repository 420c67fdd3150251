package de.teilhabe.shared.web;

import java.util.List;

import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pre-filter of the handler lookup: a mapping is skipped only when its leading
 * literal segments cannot match the request's path segments.
 */
@IntegrationTest
class PrefilteredRequestMappingsTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void theDispatcherUsesThePrefilteredMappingWithHtmxConditions() {
		assertThat(this.mappings).isInstanceOf(PrefilteredRequestMappings.class)
			.isInstanceOf(io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestMappingHandlerMapping.class);
	}

	@Test
	void theLeadingLiteralsEndAtTheFirstVariableOrWildcard() {
		assertThat(PrefilteredRequestMappings.leadingLiterals("/api/v1/strategy/dialogs/{id}/priorities"))
			.containsExactly("api", "v1", "strategy", "dialogs");
		assertThat(PrefilteredRequestMappings.leadingLiterals("/strategy/controlling")).containsExactly("strategy",
				"controlling");
		assertThat(PrefilteredRequestMappings.leadingLiterals("/webjars/**")).containsExactly("webjars");
		assertThat(PrefilteredRequestMappings.leadingLiterals("/w/{code}")).containsExactly("w");
		assertThat(PrefilteredRequestMappings.leadingLiterals("/files/report.{ext}")).containsExactly("files");
		assertThat(PrefilteredRequestMappings.leadingLiterals("/{tenant}/pages")).isEmpty();
		assertThat(PrefilteredRequestMappings.leadingLiterals("/**")).isEmpty();
		assertThat(PrefilteredRequestMappings.leadingLiterals("/")).isEmpty();
		assertThat(PrefilteredRequestMappings.leadingLiterals("")).isEmpty();
		assertThat(PrefilteredRequestMappings.leadingLiterals("/a%20b/c")).isEmpty();
	}

	@Test
	void theRequestSegmentsAreDecodedAndWithoutMatrixVariables() {
		assertThat(PrefilteredRequestMappings.segments(PathContainer.parsePath("/strategy/dialogs/42/priorities")))
			.containsExactly("strategy", "dialogs", "42", "priorities");
		assertThat(PrefilteredRequestMappings.segments(PathContainer.parsePath("/strat%65gy;x=1/dialogs/")))
			.containsExactly("strategy", "dialogs");
		assertThat(PrefilteredRequestMappings.segments(PathContainer.parsePath("/"))).isEmpty();
		assertThat(PrefilteredRequestMappings.segments(PathContainer.parsePath("//strategy")))
			.as("two slashes in a row: no pre-filter")
			.isNull();
	}

	@Test
	void aMappingIsSkippedOnlyWhenNoneOfItsPatternsCanMatch() {
		List<String> path = List.of("strategy", "dialogs", "42", "priorities");
		assertThat(PrefilteredRequestMappings.mayMatch(List.of(List.of("strategy", "dialogs")), path)).isTrue();
		assertThat(PrefilteredRequestMappings.mayMatch(List.of(List.of("strategy", "workshops")), path)).isFalse();
		assertThat(PrefilteredRequestMappings.mayMatch(List.of(List.of("api", "v1")), path)).isFalse();
		assertThat(PrefilteredRequestMappings
			.mayMatch(List.of(List.of("strategy", "workshops"), List.of("strategy", "dialogs")), path))
			.as("one of two patterns")
			.isTrue();
		assertThat(PrefilteredRequestMappings.mayMatch(List.of(), path)).as("a pattern without literals").isTrue();
		assertThat(PrefilteredRequestMappings
			.mayMatch(List.of(List.of("strategy", "dialogs", "42", "priorities", "more")), path))
			.as("a longer literal path")
			.isFalse();
		assertThat(PrefilteredRequestMappings.mayMatch(List.of(List.of("Strategy")), path)).as("case-sensitive")
			.isFalse();
	}

}
