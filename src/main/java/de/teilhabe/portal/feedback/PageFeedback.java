package de.teilhabe.portal.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.portal.page.Page;
import de.teilhabe.portal.page.PageStore;
import de.teilhabe.shared.privacy.RetentionRule;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;

import org.springframework.stereotype.Service;

/**
 * Feedback on the portal's pages („War diese Seite hilfreich?“): stored per page and
 * language, all or nothing; read by the office on the page's view and in a list. Comments
 * are cleared after {@link #COMMENT_KEPT} (retention rule
 * {@code portal.feedback.comment}); the yes/no answers stay with the page.
 */
@Service
public class PageFeedback implements RetentionRule {

	/** How long a comment is kept. */
	static final Duration COMMENT_KEPT = Duration.ofDays(180);

	/** The fields of the form. */
	public static final List<String> FIELDS = FormBinder.fields(FeedbackForm.class);

	private final FeedbackStore store;

	private final PageStore pages;

	private final FormBinder binder;

	private final Clock clock;

	PageFeedback(FeedbackStore store, PageStore pages, FormBinder binder, Clock clock) {
		this.store = store;
		this.pages = pages;
		this.binder = binder;
		this.clock = clock;
	}

	/**
	 * Checks the values of the form (the page must be one of the tenant's), and stores
	 * them if they are right.
	 * @param store false to check only
	 */
	public CheckedValues send(UUID tenantId, String language, Map<String, ?> raw, boolean store) {
		Map<String, Object> input = new LinkedHashMap<>();
		raw.forEach((field, value) -> {
			if (FIELDS.contains(field)) {
				input.put(field, value);
			}
		});
		FormBinder.Bound<FeedbackForm> bound = this.binder.bind(input, FeedbackForm.class, (form, errors) -> {
			if (form.page() != null && !errors.hasFieldErrors("page") && page(tenantId, form.page()).isEmpty()) {
				errors.rejectValue("page", FeedbackForm.ERROR + "page");
			}
		});
		if (store && bound.valid()) {
			Page page = page(tenantId, bound.form().page()).orElseThrow();
			this.store.insert(tenantId, page.id(), language, bound.form().helpful() == FeedbackForm.Answer.YES,
					bound.form().comment(), OffsetDateTime.now(this.clock));
		}
		return bound.checked();
	}

	private Optional<Page> page(UUID tenantId, String path) {
		return (path.length() <= 1000 && path.matches("[a-z0-9/-]+")) ? this.pages.findByPath(tenantId, path)
				: Optional.empty();
	}

	/** The answers of a page per language. */
	public List<FeedbackStore.Count> counts(UUID tenantId, UUID pageId) {
		return this.store.counts(tenantId, pageId);
	}

	/** The latest feedback of a page (or of every page: null), newest first. */
	public List<FeedbackStore.Entry> latest(UUID tenantId, UUID pageId, int limit) {
		return this.store.latest(tenantId, pageId, limit);
	}

	@Override
	public String name() {
		return "portal.feedback.comment";
	}

	@Override
	public String description() {
		return "portal.forms.feedback.retention.description";
	}

	@Override
	public String period() {
		return "portal.forms.feedback.retention.period";
	}

	@Override
	public int apply(UUID tenantId, Instant now) {
		return (tenantId != null) ? this.store.clearCommentsBefore(tenantId, now.minus(COMMENT_KEPT)) : 0;
	}

}
