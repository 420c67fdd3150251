package de.teilhabe.portal.page;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.region.Language;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.Errors;

/**
 * The office's changes of the portal, each all or nothing: a page with its German text (a
 * changed title, summary or text raises the page's revision, which makes every
 * translation made from an older one outdated), a translation, a translation's state, and
 * "unchanged in all languages" after a minor German edit. Texts are cleaned against the
 * allow-list ({@link PageHtml}) before they are stored.
 */
@Service
public class PortalEditing {

	/**
	 * Top-level segments the portal must not take: other pages of the public site live
	 * there ({@code region.publicsite}, the discrimination report, the guides' sign-up).
	 */
	public static final Set<String> RESERVED = Set.of("impressum", "datenschutz", "diskriminierung-melden", "lotsen",
			"logo", "api", "seiten", "suche", "angebote", "organisationen", "termine", "barrierefreiheit", "beirat",
			"veranstaltungen", "beratung-anfragen", "rueckmeldung", "offline", "drucken");

	/** The outcome of a change: its checked values and, when stored, the page. */
	public record Saved(CheckedValues checked, UUID pageId) {

		public boolean valid() {
			return this.checked.valid();
		}

	}

	private final PageStore store;

	private final FormBinder forms;

	private final PortalAudit audit;

	PortalEditing(PageStore store, FormBinder forms, PortalAudit audit) {
		this.store = store;
		this.forms = forms;
		this.audit = audit;
	}

	/** A new page with its German text. */
	@Transactional
	public Saved create(UUID tenantId, MultiValueMap<String, String> params) {
		FormBinder.Bound<PageForm> bound = this.forms.bind(toMap(params), PageForm.class,
				(form, errors) -> checkPlace(tenantId, null, form, errors));
		if (!bound.valid()) {
			return new Saved(bound.checked(), null);
		}
		PageForm form = bound.form();
		UUID id = UUID.randomUUID();
		this.store.insertPage(tenantId, id, form.parent(), form.segment(), path(tenantId, form), position(form),
				form.topic());
		this.store.putVersion(tenantId, id, PageStore.SOURCE, form.title(), form.summary(), PageHtml.clean(form.body()),
				1, TranslationState.CURRENT);
		this.audit.record(tenantId, "portal.page.created", id, "path " + path(tenantId, form));
		return new Saved(bound.checked(), id);
	}

	/**
	 * Changes a page and its German text; a change of title, summary or text raises the
	 * revision (the translations become outdated).
	 */
	@Transactional
	public Saved update(UUID tenantId, UUID pageId, MultiValueMap<String, String> params) {
		Page page = page(tenantId, pageId);
		Version german = this.store.versions(tenantId, pageId).get(PageStore.SOURCE);
		FormBinder.Bound<PageForm> bound = this.forms.bind(toMap(params), PageForm.class,
				(form, errors) -> checkPlace(tenantId, page, form, errors));
		if (!bound.valid()) {
			return new Saved(bound.checked(), pageId);
		}
		PageForm form = bound.form();
		String body = PageHtml.clean(form.body());
		boolean changed = german == null || !Objects.equals(german.title(), form.title())
				|| !Objects.equals(german.summary(), form.summary()) || !Objects.equals(german.body(), body);
		this.store.updatePage(tenantId, page, form.parent(), form.segment(), path(tenantId, form), position(form),
				form.topic(), changed);
		int revision = page.revision() + (changed ? 1 : 0);
		if (changed) {
			this.store.putVersion(tenantId, pageId, PageStore.SOURCE, form.title(), form.summary(), body, revision,
					TranslationState.CURRENT);
		}
		this.audit.record(tenantId, "portal.page.changed", pageId, "revision " + revision);
		return new Saved(bound.checked(), pageId);
	}

	/** A page's translation into a language other than German. */
	@Transactional
	public Saved translate(UUID tenantId, UUID pageId, Language language, MultiValueMap<String, String> params) {
		return translate(tenantId, pageId, language, toMap(params), "portal.translation.saved");
	}

	/**
	 * A translation that came another way (an XLIFF file), checked and stored like the
	 * form's, audited as imported.
	 */
	@Transactional
	public Saved importTranslation(UUID tenantId, UUID pageId, Language language, Map<String, ?> values) {
		return translate(tenantId, pageId, language, values, "portal.translation.imported");
	}

	/** Checks a translation's values as {@link #translate} would, storing nothing. */
	public CheckedValues checkTranslation(Map<String, ?> values) {
		return bindTranslation(values).checked();
	}

	private FormBinder.Bound<TranslationForm> bindTranslation(Map<String, ?> values) {
		return this.forms.bind(values, TranslationForm.class, (form, errors) -> {
			if (!errors.hasFieldErrors("body") && !PageHtml.hasText(PageHtml.clean(form.body()))) {
				errors.rejectValue("body", "portal.error.noText");
			}
		});
	}

	private Saved translate(UUID tenantId, UUID pageId, Language language, Map<String, ?> values, String action) {
		Page page = page(tenantId, pageId);
		FormBinder.Bound<TranslationForm> bound = bindTranslation(values);
		if (!bound.valid()) {
			return new Saved(bound.checked(), pageId);
		}
		TranslationForm form = bound.form();
		// made from the German text shown on the form: a revision from before a later
		// German change leaves it outdated at once
		int from = Math.max(0, Math.min(form.revision(), page.revision()));
		this.store.putVersion(tenantId, pageId, language.code(), form.title(), form.summary(),
				PageHtml.clean(form.body()), from, form.state());
		this.audit.record(tenantId, action, pageId, language.code() + " " + form.state() + " revision " + from);
		return new Saved(bound.checked(), pageId);
	}

	/**
	 * Sets a translation's state ({@code CURRENT}: reviewed, matches the German text as
	 * it is now). Answers false for a language the page has no translation in.
	 */
	@Transactional
	public boolean setState(UUID tenantId, UUID pageId, Language language, TranslationState state) {
		Page page = page(tenantId, pageId);
		boolean set = this.store.setState(tenantId, pageId, language.code(), state, page.revision());
		if (set) {
			this.audit.record(tenantId, "portal.translation.state", pageId, language.code() + " " + state);
		}
		return set;
	}

	/**
	 * After a minor German edit: every translation counts as made from the current German
	 * text.
	 */
	@Transactional
	public int confirmUnchanged(UUID tenantId, UUID pageId) {
		Page page = page(tenantId, pageId);
		int confirmed = this.store.confirmUnchanged(tenantId, pageId, page.revision());
		this.audit.record(tenantId, "portal.page.confirmed", pageId, "revision " + page.revision() + ", " + confirmed);
		return confirmed;
	}

	/**
	 * Deletes a page with its German text and all its translations; a page with sub-pages
	 * is not deleted (answers false: move or delete them first).
	 */
	@Transactional
	public boolean delete(UUID tenantId, UUID pageId) {
		Page page = page(tenantId, pageId);
		if (!this.store.children(tenantId, pageId).isEmpty()) {
			return false;
		}
		int translations = this.store.versions(tenantId, pageId).size() - 1;
		this.store.delete(tenantId, pageId);
		this.audit.record(tenantId, "portal.page.deleted", pageId,
				"path " + page.path() + ", translations " + translations);
		return true;
	}

	private Page page(UUID tenantId, UUID pageId) {
		return this.store.find(tenantId, pageId).orElseThrow(() -> new NotFoundException("portal.error.notFound.page"));
	}

	private void checkPlace(UUID tenantId, Page page, PageForm form, Errors errors) {
		if (!errors.hasFieldErrors("body") && !PageHtml.hasText(PageHtml.clean(form.body()))) {
			errors.rejectValue("body", "portal.error.noText");
		}
		Page parent = null;
		if (form.parent() != null) {
			parent = this.store.find(tenantId, form.parent()).orElse(null);
			if (parent == null) {
				errors.rejectValue("parent", "portal.error.parent");
				return;
			}
			if (page != null && (parent.id().equals(page.id()) || parent.path().startsWith(page.path() + "/"))) {
				errors.rejectValue("parent", "portal.error.parentBelow");
				return;
			}
		}
		if (form.segment() == null || errors.hasFieldErrors("segment")) {
			return;
		}
		if (parent == null && RESERVED.contains(form.segment())) {
			errors.rejectValue("segment", "portal.error.segmentReserved");
			return;
		}
		String path = (parent == null) ? form.segment() : parent.path() + "/" + form.segment();
		this.store.findByPath(tenantId, path)
			.filter((other) -> page == null || !other.id().equals(page.id()))
			.ifPresent((other) -> errors.rejectValue("segment", "portal.error.segmentTaken"));
	}

	private String path(UUID tenantId, PageForm form) {
		if (form.parent() == null) {
			return form.segment();
		}
		return this.store.find(tenantId, form.parent()).orElseThrow().path() + "/" + form.segment();
	}

	private static int position(PageForm form) {
		return (form.position() != null) ? form.position() : 0;
	}

	static Map<String, Object> toMap(MultiValueMap<String, String> params) {
		Map<String, Object> input = new java.util.LinkedHashMap<>();
		params.forEach((name, values) -> input.put(name, (values.size() == 1) ? values.get(0) : List.copyOf(values)));
		return input;
	}

}
