package de.teilhabe.monitoring.statistics.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.monitoring.statistics.importing.ImportSettings;
import de.teilhabe.monitoring.statistics.importing.SeriesDefinition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The titles and data sources of the Integrationsmonitoring Niedersachsen indicators,
 * from the shipped metadata ({@code meta/global_indicators.de.yml} and the front matter
 * of {@code meta/<code>.md}): an Open SDG file's series "Indikator 1-2-1" becomes
 * "Ausländerinnen und Ausländer in Niedersachsen", with the statistic it is based on in
 * its source.
 */
@Component
public class SeriesCatalogue {

	static final String META = "reference/integrationsmonitoring-ni/meta/";

	private static final Pattern TITLE_KEY = Pattern.compile("(\\d+-\\d+-\\d+)-title");

	/**
	 * Read at the first use (an import, a series page), not at start: the metadata are 26
	 * files read with a YAML parser that healthy does not need.
	 */
	private volatile Metadata metadata;

	/** The catalogue title of every indicator code and the statistic it is based on. */
	private record Metadata(Map<String, String> titles, Map<String, String> dataSources) {

		static Metadata read() {
			Map<String, String> titles = new HashMap<>();
			Map<String, String> dataSources = new HashMap<>();
			PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
			try {
				Map<String, Object> indicators = yaml(
						resources.getResource("classpath:" + META + "global_indicators.de.yml"));
				indicators.forEach((key, value) -> {
					Matcher matcher = TITLE_KEY.matcher(key);
					if (matcher.matches() && value != null) {
						titles.put(matcher.group(1), value.toString().strip());
					}
				});
				for (Resource md : resources.getResources("classpath:" + META + "*.md")) {
					String code = md.getFilename().replaceAll("\\.md$", "");
					Object source = frontMatter(md).get("data_source");
					if (source != null && !source.toString().isBlank()) {
						dataSources.put(code, source.toString().strip());
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return new Metadata(Map.copyOf(titles), Map.copyOf(dataSources));
		}

	}

	private Metadata metadata() {
		Metadata current = this.metadata;
		if (current == null) {
			synchronized (this) {
				current = this.metadata;
				if (current == null) {
					current = Metadata.read();
					this.metadata = current;
				}
			}
		}
		return current;
	}

	/**
	 * The series with its catalogue title and source, if it is an Open SDG series of the
	 * catalogue with the parser's placeholder title; otherwise as it is.
	 */
	public SeriesDefinition enrich(SeriesDefinition series) {
		Metadata catalogue = metadata();
		String title = catalogue.titles().get(series.code());
		if (title == null || !series.label().equals("Indikator " + series.code())) {
			return series;
		}
		String dataSource = catalogue.dataSources().get(series.code());
		String source = (dataSource != null && series.source().equals(ImportSettings.NI_SOURCE))
				? series.source() + " (" + dataSource + ")" : series.source();
		return new SeriesDefinition(series.code(), title, series.unit(), source, series.attribution(),
				series.dimensionNames());
	}

	/** The catalogue title of an indicator code, or null. */
	public String title(String code) {
		return metadata().titles().get(code);
	}

	private static Map<String, Object> yaml(Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	private static Map<String, Object> frontMatter(Resource resource) throws IOException {
		String text;
		try (InputStream in = resource.getInputStream()) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		if (!text.startsWith("---")) {
			return Map.of();
		}
		int end = text.indexOf("\n---", 3);
		return (end < 0) ? Map.of() : parse(text.substring(3, end));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parse(String yaml) {
		Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		return (loaded instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
	}

}
