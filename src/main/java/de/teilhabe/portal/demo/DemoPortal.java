package de.teilhabe.portal.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.portal.page.PageHtml;
import de.teilhabe.portal.page.Topic;
import de.teilhabe.portal.page.TranslationState;
import de.teilhabe.region.DemoLandkreisTask;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.TenantSettings;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Demo mode only: the Wegweiser of the Landkreis Osnabrück, 31 pages of newcomer topics
 * in German (arrival, residence, German courses, work, housing, health, school and
 * childcare, counselling, leisure, emergency numbers) with translations into English,
 * Arabic, Ukrainian and Farsi, so that every status shows: current, outdated (made from
 * the German revision before the current one), machine-translated, in translation, and
 * missing. The texts are in {@code portal/demo-pages.txt}; no phone number is made up:
 * the office's contact comes from the tenant settings (else "Ihre Gemeinde"), the other
 * numbers are the national ones. Inserted in batches; skipped when the Landkreis has
 * portal pages already. Made while the platform already serves.
 */
@Component
class DemoPortal extends DemoLandkreisTask {

	static final String NAME = "portal demo data";

	static final String RESOURCE = "portal/demo-pages.txt";

	private static final Logger log = LoggerFactory.getLogger(DemoPortal.class);

	private final JdbcTemplate jdbc;

	private final Tenants tenants;

	private final Clock clock;

	DemoPortal(JdbcTemplate jdbc, Tenants tenants, PlatformMode mode, Clock clock) {
		super(NAME, Set.of("tenants"), tenants, mode);
		this.jdbc = jdbc;
		this.tenants = tenants;
		this.clock = clock;
	}

	/** A page of the file with its German text and its translations. */
	record DemoPage(String path, int position, Topic topic, int revision, Text german, List<Translation> translations) {
	}

	/** A translation of the file and the status it shows. */
	record Translation(String language, String status, Text text) {
	}

	record Text(String title, String summary, String body) {
	}

	@Override
	protected void seed(Tenant tenant) {
		Integer existing = this.jdbc.queryForObject("SELECT count(*) FROM portal_page WHERE tenant_id = ?",
				Integer.class, tenant.id());
		if (existing != null && existing > 0) {
			return;
		}
		long started = System.nanoTime();
		String contact = contact(this.tenants.settings(tenant.id()).orElse(null));
		List<DemoPage> pages = read();
		Instant now = this.clock.instant();
		Map<String, UUID> ids = new HashMap<>();
		List<Object[]> pageRows = new ArrayList<>();
		List<Object[]> versionRows = new ArrayList<>();
		int index = 0;
		for (DemoPage page : pages) {
			UUID id = UUID
				.nameUUIDFromBytes(("portal demo " + tenant.id() + " " + page.path()).getBytes(StandardCharsets.UTF_8));
			ids.put(page.path(), id);
			int slash = page.path().lastIndexOf('/');
			UUID parent = (slash < 0) ? null : ids.get(page.path().substring(0, slash));
			String segment = page.path().substring(slash + 1);
			Instant created = now.minus(Duration.ofDays(60)).plus(Duration.ofHours(index++));
			Instant germanChanged = (page.revision() > 1) ? now.minus(Duration.ofDays(3)) : created;
			pageRows.add(new Object[] { tenant.id(), id, parent, segment, page.path(), page.position(),
					(page.topic() != null) ? page.topic().name() : null, page.revision(), Timestamp.from(created),
					Timestamp.from(germanChanged) });
			versionRows.add(version(tenant, id, "de", page.german(), page.revision(), TranslationState.CURRENT,
					germanChanged, contact));
			for (Translation translation : page.translations()) {
				boolean outdated = translation.status().equals("OUTDATED");
				TranslationState state = outdated ? TranslationState.CURRENT
						: TranslationState.valueOf(translation.status());
				int from = outdated ? page.revision() - 1 : page.revision();
				Instant translated = outdated ? created.plus(Duration.ofDays(10))
						: germanChanged.plus(Duration.ofDays(1)).isAfter(now) ? now
								: germanChanged.plus(Duration.ofDays(1));
				versionRows.add(version(tenant, id, translation.language(), translation.text(), from, state, translated,
						contact));
			}
		}
		this.jdbc.batchUpdate("INSERT INTO portal_page (tenant_id, id, parent_id, segment, path, position, topic,"
				+ " revision, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", pageRows);
		this.jdbc.batchUpdate("INSERT INTO portal_version (tenant_id, page_id, language, title, summary, body,"
				+ " source_revision, state, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", versionRows);
		log.info("Portal demo data: {} pages, {} versions in {} ms", pageRows.size(), versionRows.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	private static Object[] version(Tenant tenant, UUID pageId, String language, Text text, int sourceRevision,
			TranslationState state, Instant modified, String contact) {
		String body = text.body()
			.replace("{kontakt}", contact)
			.replace("{slug}", tenant.slug())
			.replace("{lang}", language);
		return new Object[] { tenant.id(), pageId, language, text.title(), text.summary(), PageHtml.clean(body),
				sourceRevision, state.name(), Timestamp.from(modified) };
	}

	/**
	 * The office's name, address, phone and e-mail from the tenant settings, as HTML;
	 * "Ihre Gemeinde" when there are none.
	 */
	static String contact(TenantSettings settings) {
		if (settings == null || (settings.phone() == null && settings.email() == null)) {
			return "Ihre Gemeinde";
		}
		List<String> parts = new ArrayList<>();
		parts.add("<strong>"
				+ HtmlUtils.htmlEscape((settings.officeName() != null) ? settings.officeName() : settings.name())
				+ "</strong>");
		if (settings.street() != null && settings.city() != null) {
			parts.add(HtmlUtils.htmlEscape(settings.street() + ", "
					+ ((settings.postcode() != null) ? settings.postcode() + " " : "") + settings.city()));
		}
		if (settings.phone() != null) {
			parts.add("<a href=\"tel:" + settings.phone().replaceAll("[^0-9+]", "") + "\">"
					+ HtmlUtils.htmlEscape(settings.phone()) + "</a>");
		}
		if (settings.email() != null) {
			parts.add("<a href=\"mailto:" + HtmlUtils.htmlEscape(settings.email()) + "\">"
					+ HtmlUtils.htmlEscape(settings.email()) + "</a>");
		}
		return String.join(", ", parts);
	}

	/** The pages of the file, parents before their children. */
	static List<DemoPage> read() {
		InputStream in = DemoPortal.class.getClassLoader().getResourceAsStream(RESOURCE);
		if (in == null) {
			throw new IllegalStateException(RESOURCE + " is missing");
		}
		Map<String, DemoPage> pages = new LinkedHashMap<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String header = null;
			Map<String, StringBuilder> sections = new LinkedHashMap<>();
			String section = null;
			for (String line = reader.readLine();; line = reader.readLine()) {
				if (line == null || line.startsWith("=== ")) {
					if (header != null) {
						add(pages, header, sections);
					}
					if (line == null) {
						break;
					}
					header = line.substring(4).strip();
					sections = new LinkedHashMap<>();
					section = null;
				}
				else if (header != null && line.startsWith("# ")) {
					section = line.substring(2).strip();
					sections.put(section, new StringBuilder());
				}
				else if (section != null) {
					sections.get(section).append(line).append('\n');
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(pages.values());
	}

	private static void add(Map<String, DemoPage> pages, String header, Map<String, StringBuilder> sections) {
		Text text = new Text(sections.get("title").toString().strip(), sections.get("summary").toString().strip(),
				sections.get("body").toString().strip());
		String[] cells = header.split("\\s*\\|\\s*");
		if (cells[0].startsWith("page ")) {
			String path = cells[0].substring(5).strip();
			Topic topic = cells[2].equals("-") ? null : Topic.valueOf(cells[2]);
			pages.put(path, new DemoPage(path, Integer.parseInt(cells[1]), topic, Integer.parseInt(cells[3]), text,
					new ArrayList<>()));
		}
		else {
			String[] languageAndPath = cells[0].split("\\s+");
			DemoPage page = pages.get(languageAndPath[1]);
			if (page == null) {
				throw new IllegalStateException(RESOURCE + ": translation before its page: " + header);
			}
			page.translations().add(new Translation(languageAndPath[0], cells[1], text));
		}
	}

}
