package de.teilhabe.monitoring.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.teilhabe.monitoring.IndicatorComputation;
import de.teilhabe.monitoring.IndicatorDefinition;
import de.teilhabe.monitoring.IndicatorTheme;
import de.teilhabe.monitoring.IndicatorsChanged;
import de.teilhabe.monitoring.Polarity;
import de.teilhabe.shared.startup.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped indicator catalogue at every start (reference data, every mode):
 * {@code reference/indicators-ni/catalogue.yml} with titles, themes and definitions from
 * the publisher's metadata in {@code reference/integrationsmonitoring-ni/meta/}, and
 * {@code reference/indicators-platform/catalogue.yml}, the indicators over the
 * operational series of the platform's own modules (every field given there; each tenant
 * sees its own counts). Changed definitions are stored and recomputed, as are definitions
 * without any stored values (first start).
 */
@Component
class ShippedCatalogue implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(ShippedCatalogue.class);

	static final String CATALOGUE = "reference/indicators-ni/catalogue.yml";

	static final String META = "reference/integrationsmonitoring-ni/meta/";

	static final String PLATFORM = "reference/indicators-platform/catalogue.yml";

	private final IndicatorStore store;

	private final IndicatorService service;

	private final IndicatorEngine engine;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ShippedCatalogue(IndicatorStore store, IndicatorService service, IndicatorEngine engine,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.service = service;
		this.engine = engine;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "indicator catalogue";
	}

	@Override
	public Set<String> after() {
		// computes the shipped indicators from the reference statistics over the
		// hierarchy
		return Set.of("reference statistics", "indicator region hierarchy");
	}

	/** Computed from the reference statistics, so after them, while serving. */
	@Override
	public boolean whileServing() {
		return true;
	}

	@Override
	public void run() {
		List<IndicatorDefinition> definitions = read();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		Set<String> codes = new LinkedHashSet<>();
		Set<String> recomputed = new LinkedHashSet<>();
		for (IndicatorDefinition definition : definitions) {
			codes.add(definition.code());
			IndicatorStore.Saved saved = this.store.save(null, definition, "system", now);
			if (saved.changed() || !this.engine.hasValues(saved.id())) {
				this.store.find(null, definition.code()).ifPresent(this.service::recompute);
				recomputed.add(definition.code());
			}
		}
		this.store.deleteShippedExcept(codes);
		if (!recomputed.isEmpty()) {
			this.events.publishEvent(new IndicatorsChanged(null, Set.copyOf(recomputed)));
		}
		log.info("Indicator catalogue: {} shipped indicators, {} recomputed", codes.size(), recomputed.size());
	}

	/** The shipped definitions, in catalogue order. */
	@SuppressWarnings("unchecked")
	static List<IndicatorDefinition> read() {
		Map<String, Object> catalogue = yaml(CATALOGUE);
		Map<String, Object> titles = yaml(META + "global_indicators.de.yml");
		Map<String, Object> goals = yaml(META + "global_goals.de.yml");
		String attribution = (String) catalogue.get("attribution");
		String licence = (String) catalogue.get("licence");
		List<IndicatorDefinition> definitions = new ArrayList<>();
		for (Map<String, Object> entry : (List<Map<String, Object>>) catalogue.get("indicators")) {
			String code = (String) entry.get("code");
			Map<String, Object> meta = frontMatter(META + code + ".md");
			String theme = String.valueOf(meta.get("sdg_goal"));
			String title = (String) entry.getOrDefault("titleDe", titles.get(code + "-title"));
			StringBuilder definition = new StringBuilder(text(meta.get("national_indicator_description")));
			String calculation = text(meta.get("computation_calculations"));
			if (calculation.length() > 20) {
				definition.append("\n\n").append(calculation);
			}
			IndicatorComputation computation = IndicatorEngine.JSON.convertValue(entry.get("computation"),
					IndicatorComputation.class);
			Map<String, String> defaults = (Map<String, String>) entry.getOrDefault("defaultDimensions", Map.of());
			String dataSource = text(meta.get("data_source"));
			definitions.add(new IndicatorDefinition(code, title.strip(), (String) entry.get("titleEn"),
					new IndicatorTheme(theme, String.valueOf(goals.get(theme + "-title")).strip()),
					definition.toString().strip(), (String) entry.get("unit"), precision(meta),
					Polarity.valueOf((String) entry.get("polarity")),
					dataSource.isEmpty() ? "Integrationsmonitoring Niedersachsen"
							: "Integrationsmonitoring Niedersachsen (" + dataSource + ")",
					attribution, licence, computation, ComputationWords.describe(computation), Map.copyOf(defaults),
					true));
		}
		definitions.addAll(platform());
		return definitions;
	}

	/**
	 * The shipped indicators over the modules' operational series: every field from
	 * {@value #PLATFORM}.
	 */
	@SuppressWarnings("unchecked")
	static List<IndicatorDefinition> platform() {
		List<IndicatorDefinition> definitions = new ArrayList<>();
		for (Map<String, Object> entry : (List<Map<String, Object>>) yaml(PLATFORM).get("indicators")) {
			Map<String, Object> theme = (Map<String, Object>) entry.get("theme");
			IndicatorComputation computation = IndicatorEngine.JSON.convertValue(entry.get("computation"),
					IndicatorComputation.class);
			Map<String, String> defaults = (Map<String, String>) entry.getOrDefault("defaultDimensions", Map.of());
			definitions.add(new IndicatorDefinition((String) entry.get("code"), text(entry.get("titleDe")),
					text(entry.get("titleEn")), new IndicatorTheme(text(theme.get("code")), text(theme.get("title"))),
					text(entry.get("definition")), text(entry.get("unit")),
					((Number) entry.get("precision")).intValue(), Polarity.valueOf(text(entry.get("polarity"))),
					text(entry.get("source")), text(entry.get("attribution")), text(entry.get("licence")), computation,
					ComputationWords.describe(computation), Map.copyOf(defaults), true));
		}
		return definitions;
	}

	@SuppressWarnings("unchecked")
	private static int precision(Map<String, Object> meta) {
		if (meta.get("precision") instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> first
				&& first.get("decimals") instanceof Number decimals) {
			return decimals.intValue();
		}
		return 0;
	}

	private static String text(Object value) {
		return (value == null) ? "" : value.toString().strip();
	}

	private static Map<String, Object> yaml(String path) {
		return parse(read(path));
	}

	private static Map<String, Object> frontMatter(String path) {
		String text = read(path);
		int end = text.indexOf("\n---", 3);
		return (!text.startsWith("---") || end < 0) ? Map.of() : parse(text.substring(3, end));
	}

	private static String read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parse(String yaml) {
		Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		return (loaded instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
	}

}
