package de.teilhabe.portal.publicsite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.teilhabe.network.PublicListing;
import de.teilhabe.network.PublicListings;
import de.teilhabe.portal.page.PageStore;
import de.teilhabe.portal.statistics.SearchMisses;
import de.teilhabe.region.Language;
import de.teilhabe.region.Tenant;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The search of the public portal: the pages in the visitor's language (their public
 * versions: not one still being translated) and the network's approved organisations and
 * offers ({@link PublicListings}), by PostgreSQL full text in the language's dictionary
 * ({@code portal_search_config}), by folded words (umlauts and accents: Müller, Mueller,
 * Muller) and by the consonant skeleton of Latin names (Mohammed, Muhammad). Ranked, at
 * most {@link #LIMIT} hits. Nothing in the visitor's language: the German pages, marked
 * as a fallback; such a search is counted ({@link SearchMisses}).
 */
@Component
class SiteSearch {

	/** The longest query searched. */
	static final int MAX_LENGTH = 200;

	static final int LIMIT = 200;

	/** Marks a hit in a snippet (private use characters: never in a text shown). */
	static final char START = '\uE000';

	static final char STOP = '\uE001';

	private static final int SNIPPET_LENGTH = 320;

	private static final String HEADLINE = "StartSel=\uE000, StopSel=\uE001, MaxWords=30, MinWords=12, "
			+ "MaxFragments=2, FragmentDelimiter=\" … \"";

	private static final String SQL = """
			WITH q AS (
			  SELECT websearch_to_tsquery(portal_search_config(:language), :query) AS visitor,
			    websearch_to_tsquery('german', :query) AS german,
			    portal_search_words(portal_search_fold(:query), true) AS folded,
			    portal_search_words(portal_search_skeleton(:query), false) AS consonants),
			entries AS (
			  SELECT 'PAGE' AS type, v.page_id::text AS ref, p.path AS link, v.title, v.language,
			    NULL::text AS organisation, concat_ws(' ', v.summary, portal_search_plain(v.body)) AS text,
			    v.search_vector AS vector, v.search_key AS key, v.search_skeleton AS skeleton, true AS is_page
			  FROM portal_version v JOIN portal_page p ON p.tenant_id = v.tenant_id AND p.id = v.page_id
			  WHERE v.tenant_id = :tenant AND v.language = :language AND v.state <> 'IN_TRANSLATION'
			  UNION ALL
			  SELECT e.type, e.ref, e.link, e.title, 'de', e.organisation, e.text,
			    setweight(to_tsvector('german', e.title), 'A')
			      || setweight(to_tsvector('german', concat_ws(' ', e.organisation, e.text)), 'C'),
			    to_tsvector('simple', portal_search_fold(concat_ws(' ', e.title, e.organisation, e.text))),
			    to_tsvector('simple', portal_search_skeleton(concat_ws(' ', e.title, e.organisation))), false
			  FROM json_to_recordset(CAST(:listings AS json))
			    AS e(type text, ref text, link text, title text, organisation text, text text)),
			matched AS (
			  SELECT entries.*, CASE WHEN is_page THEN q.visitor ELSE q.german END AS query, q.folded AS key_query,
			    q.consonants AS skeleton_query
			  FROM entries, q
			  WHERE vector @@ (CASE WHEN is_page THEN q.visitor ELSE q.german END) OR key @@ q.folded OR skeleton @@ q.consonants)
			SELECT type, ref, link, title, language, organisation,
			  ts_headline(CASE WHEN is_page THEN portal_search_config(language) ELSE 'german'::regconfig END, text, query,
			    :headline) AS snippet,
			  ts_rank(vector, query) + 0.5 * coalesce(ts_rank(key, key_query), 0)
			    + 0.3 * coalesce(ts_rank(skeleton, skeleton_query), 0) AS rank
			FROM matched
			ORDER BY rank DESC, lower(title), ref
			LIMIT :limit""";

	private final JdbcClient jdbc;

	private final PublicListings listings;

	private final SearchMisses misses;

	private final JsonMapper json;

	SiteSearch(JdbcClient jdbc, PublicListings listings, SearchMisses misses, JsonMapper json) {
		this.jdbc = jdbc;
		this.listings = listings;
		this.misses = misses;
		this.json = json;
	}

	/** What a hit is. */
	enum Type {

		PAGE, ORGANISATION, OFFER

	}

	/** A part of a snippet, marked where it matched. */
	record Part(String text, boolean marked) {
	}

	/**
	 * A hit.
	 *
	 * @param type page, organisation or offer
	 * @param id the page's, organisation's or offer's id
	 * @param link the path below the language: a page's, or the directory's page of an
	 * organisation or offer
	 * @param title its title
	 * @param language the language of title and snippet
	 * @param organisation an offer's organisation
	 * @param snippet the text around the hit, in parts
	 */
	record Hit(Type type, String id, String link, String title, String language, String organisation,
			List<Part> snippet) {

	}

	/**
	 * The hits, ranked.
	 *
	 * @param hits at most {@link SiteSearch#LIMIT}
	 * @param fallback whether they are the German pages because nothing was found in the
	 * visitor's language
	 */
	record Result(List<Hit> hits, boolean fallback) {
	}

	/**
	 * Searches the tenant's portal in the language; the query is not blank, not too long.
	 */
	Result search(Tenant tenant, Language language, String query) {
		List<Hit> own = find(tenant, language.code(), query, this.listings.of(tenant.id()));
		if (!own.isEmpty()) {
			return new Result(own, false);
		}
		this.misses.count(tenant.id(), language.code(), query);
		if (language.code().equals(PageStore.SOURCE)) {
			return new Result(own, false);
		}
		List<Hit> german = find(tenant, PageStore.SOURCE, query, List.of());
		return new Result(german, !german.isEmpty());
	}

	private List<Hit> find(Tenant tenant, String language, String query, List<PublicListing> listings) {
		List<Map<String, String>> entries = new ArrayList<>();
		for (PublicListing listing : listings) {
			Map<String, String> entry = new HashMap<>();
			entry.put("type", listing.type().name());
			entry.put("ref", listing.id().toString());
			// the directory's page of the entry, below the language
			entry.put("link", (listing.organisation() ? "organisationen/" : "angebote/") + listing.id());
			entry.put("title", listing.name());
			entry.put("organisation", listing.organisation() ? null : listing.organisationName());
			entry.put("text", listing.text());
			entries.add(entry);
		}
		return this.jdbc.sql(SQL)
			.param("tenant", tenant.id())
			.param("language", language)
			.param("query", query)
			.param("listings", this.json.writeValueAsString(entries))
			.param("headline", HEADLINE)
			.param("limit", LIMIT)
			.query((rs, row) -> new Hit(Type.valueOf(rs.getString("type")), rs.getString("ref"), rs.getString("link"),
					rs.getString("title"), rs.getString("language"), rs.getString("organisation"),
					parts(rs.getString("snippet"))))
			.list();
	}

	/** The parts of a headline: marked between the private use characters. */
	static List<Part> parts(String headline) {
		List<Part> parts = new ArrayList<>();
		if (headline == null) {
			return parts;
		}
		String text = headline.strip().replaceAll("\\s+", " ");
		if (text.length() > SNIPPET_LENGTH) {
			text = text.substring(0, SNIPPET_LENGTH) + " …";
		}
		StringBuilder current = new StringBuilder();
		boolean marked = false;
		for (char c : text.toCharArray()) {
			if (c == START || c == STOP) {
				if (!current.isEmpty()) {
					parts.add(new Part(current.toString(), marked));
					current.setLength(0);
				}
				marked = (c == START);
			}
			else {
				current.append(c);
			}
		}
		if (!current.isEmpty()) {
			parts.add(new Part(current.toString(), marked));
		}
		return parts;
	}

}
