package de.teilhabe.monitoring.indicators;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.InvalidBodyException;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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

	private final MessageSource messages;

	IndicatorApiController(Indicators indicators, MessageSource messages) {
		this.indicators = indicators;
		this.messages = messages;
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
	ResponseEntity<IndicatorDefinition> define(@RequestBody(required = false) String body, Locale locale) {
		NewIndicator indicator = read(body);
		try {
			IndicatorDefinition defined = this.indicators.define(CurrentActor.get(), indicator);
			return ResponseEntity.created(URI.create("/api/v1/indicators/" + defined.code())).body(defined);
		}
		catch (IndicatorDefinitionException ex) {
			throw invalid(ex, false, locale);
		}
	}

	/**
	 * Changes an own indicator: the body as for POST, its code the path's or left out.
	 * 409 for a shipped indicator, 404 for an unknown one (another tenant's included).
	 */
	@PutMapping("/{code}")
	IndicatorDefinition update(@PathVariable String code, @RequestBody(required = false) String body, Locale locale) {
		NewIndicator indicator = read(body);
		try {
			return this.indicators.update(CurrentActor.get(), code, indicator);
		}
		catch (IndicatorDefinitionException ex) {
			throw invalid(ex, true, locale);
		}
	}

	/** Deletes an own indicator and its values: 204; 409 shipped, 404 unknown. */
	@DeleteMapping("/{code}")
	ResponseEntity<Void> delete(@PathVariable String code) {
		this.indicators.delete(CurrentActor.get(), code);
		return ResponseEntity.noContent().build();
	}

	/** A body that is not a readable definition: 400 naming the field. */
	private static NewIndicator read(String body) {
		try {
			return (body == null || body.isBlank()) ? null : IndicatorEngine.JSON.readValue(body, NewIndicator.class);
		}
		catch (tools.jackson.core.JacksonException ex) {
			throw new BadRequestException("monitoring.error.indicatorBody", fieldOf(ex), ex.getOriginalMessage());
		}
	}

	/**
	 * A readable definition that cannot be accepted: 422 with the field and what is wrong
	 * with it, in the reader's language (the same text as on the form).
	 */
	private InvalidBodyException invalid(IndicatorDefinitionException ex, boolean editing, Locale locale) {
		return new InvalidBodyException(ex.field(), "monitoring.error.indicatorField",
				DefinitionFields.message(this.messages, ex, editing, locale));
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
