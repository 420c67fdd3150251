package de.teilhabe.portal.page;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.shared.web.ApiPaging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The pages and their versions ({@code portal_page}, {@code portal_version}), always of
 * one tenant.
 */
@Repository
public class PageStore {

	/** The German source's language. */
	public static final String SOURCE = "de";

	private static final String PAGE_COLUMNS = "id, parent_id, segment, path, position, topic, revision, modified_at";

	private static final String VERSION_COLUMNS = "page_id, language, title, summary, body, source_revision, state, modified_at";

	private final JdbcClient jdbc;

	PageStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Page> find(UUID tenantId, UUID id) {
		return this.jdbc.sql("SELECT " + PAGE_COLUMNS + " FROM portal_page WHERE tenant_id = ? AND id = ?")
			.params(tenantId, id)
			.query(PageStore::page)
			.optional();
	}

	public Optional<Page> findByPath(UUID tenantId, String path) {
		return this.jdbc.sql("SELECT " + PAGE_COLUMNS + " FROM portal_page WHERE tenant_id = ? AND path = ?")
			.params(tenantId, path)
			.query(PageStore::page)
			.optional();
	}

	/**
	 * Every page of the tenant, as a tree read top-down: each page before its children.
	 */
	public List<Page> tree(UUID tenantId) {
		List<Page> all = this.jdbc.sql("SELECT " + PAGE_COLUMNS + " FROM portal_page WHERE tenant_id = ?")
			.param(tenantId)
			.query(PageStore::page)
			.list();
		Map<UUID, List<Page>> children = new LinkedHashMap<>();
		for (Page page : all) {
			children.computeIfAbsent(page.parentId(), (key) -> new java.util.ArrayList<>()).add(page);
		}
		children.values()
			.forEach((list) -> list
				.sort(java.util.Comparator.comparingInt(Page::position).thenComparing(Page::segment)));
		List<Page> ordered = new java.util.ArrayList<>();
		addTree(null, children, ordered);
		return ordered;
	}

	private static void addTree(UUID parent, Map<UUID, List<Page>> children, List<Page> ordered) {
		for (Page child : children.getOrDefault(parent, List.of())) {
			ordered.add(child);
			addTree(child.id(), children, ordered);
		}
	}

	public List<Page> children(UUID tenantId, UUID parentId) {
		return this.jdbc
			.sql("SELECT " + PAGE_COLUMNS + " FROM portal_page WHERE tenant_id = ? AND parent_id IS NOT DISTINCT FROM ?"
					+ " ORDER BY position, segment")
			.params(tenantId, parentId)
			.query(PageStore::page)
			.list();
	}

	/** The page and its ancestors, from the top. */
	public List<Page> ancestry(UUID tenantId, Page page) {
		List<Page> line = new java.util.ArrayList<>();
		Page current = page;
		line.add(current);
		while (current.parentId() != null) {
			current = find(tenantId, current.parentId()).orElseThrow();
			line.add(0, current);
		}
		return line;
	}

	/** The page's versions by language (the German source first). */
	public Map<String, Version> versions(UUID tenantId, UUID pageId) {
		Map<String, Version> versions = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT " + VERSION_COLUMNS + " FROM portal_version WHERE tenant_id = ? AND page_id = ?"
					+ " ORDER BY language <> 'de', language")
			.params(tenantId, pageId)
			.query(PageStore::version)
			.list()
			.forEach((version) -> versions.put(version.language(), version));
		return versions;
	}

	/**
	 * A page's title in a language, or the German one where the page has none in it.
	 *
	 * @param summary the summary in the same language, or null
	 * @param language the language of the text
	 */
	public record Title(String text, String summary, String language) {
	}

	/**
	 * The titles of the tenant's pages in a language, the German one where it has none.
	 */
	public Map<UUID, Title> titles(UUID tenantId, String language) {
		Map<UUID, Title> titles = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT d.page_id, coalesce(v.title, d.title) AS title,"
					+ " CASE WHEN v.page_id IS NULL THEN d.summary ELSE v.summary END AS summary,"
					+ " coalesce(v.language, 'de') AS shown"
					+ " FROM portal_version d LEFT JOIN portal_version v ON v.tenant_id = d.tenant_id"
					+ " AND v.page_id = d.page_id AND v.language = ? AND v.state <> 'IN_TRANSLATION'"
					+ " WHERE d.tenant_id = ? AND d.language = 'de'")
			.params(language, tenantId)
			.query((rs, row) -> titles.put(rs.getObject("page_id", UUID.class),
					new Title(rs.getString("title"), rs.getString("summary"), rs.getString("shown"))))
			.list();
		return titles;
	}

	/**
	 * The status of every page in every language it has (page → language → state and
	 * source revision).
	 */
	public Map<UUID, Map<String, Version>> statesOfAll(UUID tenantId) {
		Map<UUID, Map<String, Version>> states = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT page_id, language, title, NULL AS summary, '' AS body, source_revision, state, modified_at"
					+ " FROM portal_version WHERE tenant_id = ?")
			.param(tenantId)
			.query(PageStore::version)
			.list()
			.forEach((version) -> states.computeIfAbsent(version.pageId(), (key) -> new LinkedHashMap<>())
				.put(version.language(), version));
		return states;
	}

	public void insertPage(UUID tenantId, UUID id, UUID parentId, String segment, String path, int position,
			Topic topic) {
		this.jdbc
			.sql("INSERT INTO portal_page (tenant_id, id, parent_id, segment, path, position, topic)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(tenantId, id, parentId, segment, path, position, (topic != null) ? topic.name() : null)
			.update();
	}

	/**
	 * Moves or renames a page: its own row and the paths of its subtree; the revision is
	 * raised when the German text changed.
	 */
	public void updatePage(UUID tenantId, Page before, UUID parentId, String segment, String path, int position,
			Topic topic, boolean textChanged) {
		this.jdbc
			.sql("UPDATE portal_page SET parent_id = ?, segment = ?, path = ?, position = ?, topic = ?,"
					+ " revision = revision + ?, modified_at = now() WHERE tenant_id = ? AND id = ?")
			.params(parentId, segment, path, position, (topic != null) ? topic.name() : null, textChanged ? 1 : 0,
					tenantId, before.id())
			.update();
		if (!path.equals(before.path())) {
			this.jdbc
				.sql("UPDATE portal_page SET path = ? || substr(path, ?), modified_at = now()"
						+ " WHERE tenant_id = ? AND starts_with(path, ?)")
				.params(path, before.path().length() + 1, tenantId, before.path() + "/")
				.update();
		}
	}

	/** Deletes a page and its versions (a page without sub-pages). */
	public void delete(UUID tenantId, UUID pageId) {
		this.jdbc.sql("DELETE FROM portal_page WHERE tenant_id = ? AND id = ?").params(tenantId, pageId).update();
	}

	/** Writes a page's version in a language (new or replacing the one there). */
	public void putVersion(UUID tenantId, UUID pageId, String language, String title, String summary, String body,
			int sourceRevision, TranslationState state) {
		this.jdbc.sql(
				"INSERT INTO portal_version (tenant_id, page_id, language, title, summary, body, source_revision, state)"
						+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, page_id, language) DO UPDATE SET"
						+ " title = excluded.title, summary = excluded.summary, body = excluded.body,"
						+ " source_revision = excluded.source_revision, state = excluded.state, modified_at = now()")
			.params(tenantId, pageId, language, title, summary, body, sourceRevision, state.name())
			.update();
	}

	/**
	 * Sets a translation's state; {@code CURRENT} also records that it matches the German
	 * source's {@code revision}. Answers whether there was one.
	 */
	public boolean setState(UUID tenantId, UUID pageId, String language, TranslationState state, int revision) {
		return this.jdbc
			.sql("UPDATE portal_version SET state = ?, source_revision = CASE WHEN ? = 'CURRENT' THEN ?"
					+ " ELSE source_revision END, modified_at = now()"
					+ " WHERE tenant_id = ? AND page_id = ? AND language = ? AND language <> 'de'")
			.params(state.name(), state.name(), revision, tenantId, pageId, language)
			.update() > 0;
	}

	/**
	 * After a minor change of the German text: every translation not being translated
	 * again counts as made from {@code revision}. Answers how many changed.
	 */
	public int confirmUnchanged(UUID tenantId, UUID pageId, int revision) {
		return this.jdbc.sql(
				"UPDATE portal_version SET source_revision = ?, modified_at = now() WHERE tenant_id = ? AND page_id = ?"
						+ " AND language <> 'de' AND state <> 'IN_TRANSLATION' AND source_revision < ?")
			.params(revision, tenantId, pageId, revision)
			.update();
	}

	/**
	 * An entry of the public list of pages in a language.
	 *
	 * @param language the language of the title given: the requested one, or German where
	 * the page has no version in it (or one being translated)
	 * @param state the requested language's state, or null when missing
	 */
	public record Listed(UUID id, String path, String title, String language, int revision, TranslationState state,
			int sourceRevision, Instant modified) {

		public TranslationStatus status() {
			return TranslationStatus.of(this.state, this.sourceRevision, this.revision);
		}

	}

	/** A version being translated is not shown: its page shows the German text. */
	private static final String LISTED = "SELECT p.id, p.path, p.revision,"
			+ " CASE WHEN v.state <> 'IN_TRANSLATION' THEN v.title ELSE d.title END AS title,"
			+ " CASE WHEN v.state <> 'IN_TRANSLATION' THEN v.language ELSE 'de' END AS shown, v.state,"
			+ " coalesce(v.source_revision, 0) AS source_revision,"
			+ " greatest(p.modified_at, d.modified_at, v.modified_at) AS modified FROM portal_page p"
			+ " JOIN portal_version d ON d.tenant_id = p.tenant_id AND d.page_id = p.id AND d.language = 'de'"
			+ " LEFT JOIN portal_version v ON v.tenant_id = p.tenant_id AND v.page_id = p.id AND v.language = :language"
			+ " WHERE p.tenant_id = :tenant AND (CAST(:since AS timestamptz) IS NULL"
			+ " OR greatest(p.modified_at, d.modified_at, v.modified_at) > CAST(:since AS timestamptz))";

	/**
	 * The pages with a German source, by path, in a language; only those changed after
	 * {@code since} if given.
	 */
	public List<Listed> list(UUID tenantId, String language, Instant since, ApiPaging paging) {
		return this.jdbc.sql(LISTED + " ORDER BY p.path LIMIT :limit OFFSET :offset")
			.param("language", language)
			.param("tenant", tenantId)
			.param("since", (since != null) ? Timestamp.from(since) : null)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(PageStore::listed)
			.list();
	}

	public long count(UUID tenantId, String language, Instant since) {
		return this.jdbc.sql("SELECT count(*) FROM (" + LISTED + ") listed")
			.param("language", language)
			.param("tenant", tenantId)
			.param("since", (since != null) ? Timestamp.from(since) : null)
			.query(Long.class)
			.single();
	}

	public Optional<Listed> listed(UUID tenantId, String language, UUID pageId) {
		return this.jdbc.sql(LISTED + " AND p.id = :page")
			.param("language", language)
			.param("tenant", tenantId)
			.param("since", null)
			.param("page", pageId)
			.query(PageStore::listed)
			.optional();
	}

	private static Listed listed(ResultSet rs, int row) throws SQLException {
		String state = rs.getString("state");
		return new Listed(rs.getObject("id", UUID.class), rs.getString("path"), rs.getString("title"),
				rs.getString("shown"), rs.getInt("revision"), (state != null) ? TranslationState.valueOf(state) : null,
				rs.getInt("source_revision"), rs.getTimestamp("modified").toInstant());
	}

	private static Page page(ResultSet rs, int row) throws SQLException {
		String topic = rs.getString("topic");
		return new Page(rs.getObject("id", UUID.class), rs.getObject("parent_id", UUID.class), rs.getString("segment"),
				rs.getString("path"), rs.getInt("position"), (topic != null) ? Topic.valueOf(topic) : null,
				rs.getInt("revision"), rs.getTimestamp("modified_at").toInstant());
	}

	private static Version version(ResultSet rs, int row) throws SQLException {
		return new Version(rs.getObject("page_id", UUID.class), rs.getString("language"), rs.getString("title"),
				rs.getString("summary"), rs.getString("body"), rs.getInt("source_revision"),
				TranslationState.valueOf(rs.getString("state")), rs.getTimestamp("modified_at").toInstant());
	}

}
