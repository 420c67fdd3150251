package de.teilhabe.monitoring.indicators;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.teilhabe.monitoring.IndicatorDefinition;
import de.teilhabe.monitoring.IndicatorDefinitionException;
import de.teilhabe.monitoring.IndicatorValue;
import de.teilhabe.monitoring.Indicators;
import de.teilhabe.monitoring.NewIndicator;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The indicator API: the catalogue (shipped and the tenant's own), one indicator, its
 * values per region and period, and the tenant's own definitions (STRATEGY, ADMIN:
 * define, change, delete; the shipped catalogue is read-only, 409). See
 * docs/indicators.md.
 */
@RestController
@RequestMapping("/api/v1/indicators")
class IndicatorApiController {

	private static final Set<String> VALUE_PARAMETERS = Set.of("region", "from", "to");

	private final Indicators indicators;

	IndicatorApiController(Indicators indicators) {
		this.indicators = indicators;
	}

	@GetMapping
	ApiPage<IndicatorDefinition> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		ApiPaging paging = ApiPaging.of(page, size);
		return ApiPage.slice(this.indicators.catalogue(CurrentActor.get().tenantId()), paging);
	}

	@GetMapping("/{code}")
	IndicatorDefinition one(@PathVariable String code) {
		return this.indicators.find(CurrentActor.get().tenantId(), code)
			.orElseThrow(() -> new NotFoundException("monitoring.error.notFound.indicator", code));
	}

	/**
	 * Values of one region, one per period (default variant); every query parameter other
	 * than region, from and to names a dimension.
	 */
	@GetMapping("/{code}/values")
	List<IndicatorValue> values(@PathVariable String code, @RequestParam(required = false) String region,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam Map<String, String> parameters) {
		Map<String, String> dimensions = new LinkedHashMap<>(parameters);
		dimensions.keySet().removeAll(VALUE_PARAMETERS);
		return this.indicators.values(CurrentActor.get().tenantId(), code, region, from, to, dimensions);
	}

	@PostMapping
	ResponseEntity<IndicatorDefinition> define(@RequestBody(required = false) String body) {
		IndicatorDefinition defined = this.indicators.define(CurrentActor.get(), read(body));
		return ResponseEntity.created(URI.create("/api/v1/indicators/" + defined.code())).body(defined);
	}

	/**
	 * Changes an own indicator: the body as for POST, its code the path's or left out.
	 * 409 for a shipped indicator, 404 for an unknown one (another tenant's included).
	 */
	@PutMapping("/{code}")
	IndicatorDefinition update(@PathVariable String code, @RequestBody(required = false) String body) {
		return this.indicators.update(CurrentActor.get(), code, read(body));
	}

	/** Deletes an own indicator and its values: 204; 409 shipped, 404 unknown. */
	@DeleteMapping("/{code}")
	ResponseEntity<Void> delete(@PathVariable String code) {
		this.indicators.delete(CurrentActor.get(), code);
		return ResponseEntity.noContent().build();
	}

	private static NewIndicator read(String body) {
		try {
			return (body == null || body.isBlank()) ? null : IndicatorEngine.JSON.readValue(body, NewIndicator.class);
		}
		catch (tools.jackson.core.JacksonException ex) {
			throw new IndicatorDefinitionException(fieldOf(ex),
					"The body is not a readable indicator definition (JSON with code, titleDe, themeCode, definition, "
							+ "unit, polarity, computation): " + ex.getOriginalMessage());
		}
	}

	/** 400 (malformed) or 422 (cannot be accepted) naming the field. */
	@ExceptionHandler(IndicatorDefinitionException.class)
	ResponseEntity<ProblemDetail> invalid(IndicatorDefinitionException ex) {
		HttpStatus status = ex.conflict() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setTitle("Invalid indicator definition");
		problem.setProperty("field", ex.field());
		return ResponseEntity.status(status).body(problem);
	}

	private static String fieldOf(tools.jackson.core.JacksonException ex) {
		if (!ex.getPath().isEmpty()) {
			StringBuilder path = new StringBuilder();
			for (var reference : ex.getPath()) {
				if (reference.getPropertyName() != null) {
					path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
				}
			}
			return path.toString();
		}
		return "body";
	}

}
