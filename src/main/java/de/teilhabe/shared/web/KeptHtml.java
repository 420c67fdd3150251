package de.teilhabe.shared.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rendered HTML kept per key: parts of pages that depend only on a few things (the
 * signed-in user's roles, the language, the current navigation entry) and cost more to
 * render than the rest of the page, such as the main navigation and the start page's
 * tiles. A key must hold everything the HTML depends on. Nothing is kept while templates
 * are not cached either ({@code spring.thymeleaf.cache=false}, for editing them live).
 */
@Component
public class KeptHtml {

	/** Entries kept at most; the store is emptied when full. */
	static final int MAX_ENTRIES = 5_000;

	private final Map<Object, String> html = new ConcurrentHashMap<>();

	private final boolean keep;

	KeptHtml(@Value("${spring.thymeleaf.cache:true}") boolean keep) {
		this.keep = keep;
	}

	/** The HTML kept for the key, rendered first if there is none. */
	public String get(Object key, Supplier<String> render) {
		String kept = this.html.get(key);
		if (kept != null) {
			return kept;
		}
		String rendered = render.get();
		if (this.keep) {
			if (this.html.size() >= MAX_ENTRIES) {
				this.html.clear();
			}
			this.html.put(key, rendered);
		}
		return rendered;
	}

}
