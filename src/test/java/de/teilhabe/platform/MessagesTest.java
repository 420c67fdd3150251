package de.teilhabe.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text exists in German (the default bundle) and English, and every message key a
 * template names literally exists.
 */
class MessagesTest {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** {@code #{key}} or {@code #{key(args)}} with a literal key. */
	static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");

	/**
	 * {@code #messages.msg('key')} or {@code #messages.msg('key', ...)} with a literal
	 * key.
	 */
	static final Pattern MESSAGES_CALL = Pattern.compile("#messages\\.msg\\('([A-Za-z0-9_.\\-]+)'\\s*[,)]");

	@Test
	void germanAndEnglishBundlesHaveTheSameKeys() {
		List<String> problems = new ArrayList<>();
		for (String basename : basenames()) {
			Set<String> german = keys(basename + ".properties");
			Set<String> english = keys(basename + "_en.properties");
			if (german == null || english == null) {
				problems.add(basename + ": "
						+ ((german == null) ? basename + ".properties" : basename + "_en.properties") + " is missing");
				continue;
			}
			difference(german, english)
				.forEach((key) -> problems.add(basename + "_en.properties lacks " + key + " (German has it)"));
			difference(english, german)
				.forEach((key) -> problems.add(basename + ".properties lacks " + key + " (English has it)"));
		}
		assertThat(problems).as(() -> String.join("\n", problems)).isEmpty();
	}

	/** German texts quote with „…“; a straight " is a typo (English bundles are free). */
	@Test
	void germanBundlesUseTypographicQuotes() {
		List<String> problems = new ArrayList<>();
		for (String basename : basenames()) {
			Properties german = load(basename + ".properties");
			german.stringPropertyNames()
				.stream()
				.sorted()
				.filter((key) -> german.getProperty(key).contains("\""))
				.forEach((key) -> problems.add(basename + ".properties " + key + ": " + german.getProperty(key)));
		}
		assertThat(problems).as(() -> String.join("\n", problems)).isEmpty();
	}

	@Test
	void everyKeyATemplateNamesExistsInTheDefaultBundle() throws IOException {
		Set<String> known = new TreeSet<>();
		for (String basename : basenames()) {
			Set<String> german = keys(basename + ".properties");
			if (german != null) {
				known.addAll(german);
			}
		}
		List<String> problems = new ArrayList<>();
		List<Path> templates;
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			templates = files.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
		}
		assertThat(templates).isNotEmpty();
		for (Path template : templates) {
			String html = Files.readString(template);
			for (Pattern pattern : List.of(MESSAGE_EXPRESSION, MESSAGES_CALL)) {
				Matcher matcher = pattern.matcher(html);
				while (matcher.find()) {
					if (!known.contains(matcher.group(1))) {
						problems.add(TEMPLATES.relativize(template) + " uses the unknown key " + matcher.group(1));
					}
				}
			}
		}
		assertThat(problems).as(() -> String.join("\n", problems)).isEmpty();
	}

	@Test
	void detectsLiteralKeysAndIgnoresDynamicOnes() {
		Matcher matcher = MESSAGE_EXPRESSION
			.matcher("#{layout.skip} #{start.welcome(${actor.displayName})} #{${item.key}} #{${item.key} + '.x'}");
		List<String> keys = new ArrayList<>();
		while (matcher.find()) {
			keys.add(matcher.group(1));
		}
		assertThat(keys).containsExactly("layout.skip", "start.welcome");
	}

	/** The bundles of {@code spring.messages.basename}, e.g. {@code i18n/shared}. */
	static List<String> basenames() {
		Properties application = load("application.properties");
		assertThat(application).as("application.properties on the classpath").isNotNull();
		String basenames = application.getProperty("spring.messages.basename");
		assertThat(basenames).as("spring.messages.basename").isNotBlank();
		return Stream.of(basenames.split(",")).map(String::trim).filter((name) -> !name.isEmpty()).toList();
	}

	private static Set<String> keys(String resource) {
		Properties properties = load(resource);
		return (properties != null) ? new TreeSet<>(properties.stringPropertyNames()) : null;
	}

	private static Properties load(String resource) {
		try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				return null;
			}
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

}
