package de.teilhabe.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * One URL, two answers: the whole page for a normal request, only a fragment of it when
 * htmx asks ({@code HX-Request: true}). Every page works without JavaScript; htmx merely
 * saves the reload. Usage in a controller:
 *
 * <pre>
 * &#64;GetMapping("/network/organisations")
 * String organisations(Model model, HttpServletRequest request) {
 *     model.addAttribute("organisations", ...);
 *     return HtmxPages.pageOrFragment(request, "network/organisations", "results");
 * }
 * </pre>
 *
 * where the template marks the part to swap with {@code th:fragment="results"}. Boosted
 * requests and history restores get the whole page, as htmx expects. The responses carry
 * {@code Vary: HX-Request} (see {@link WebConfiguration}), so no cache mixes them up.
 */
public final class HtmxPages {

	/** Sent by htmx on every request it makes. */
	public static final String HX_REQUEST = "HX-Request";

	static final String HX_BOOSTED = "HX-Boosted";

	static final String HX_HISTORY_RESTORE_REQUEST = "HX-History-Restore-Request";

	private HtmxPages() {
	}

	/**
	 * The view name to render: {@code view} for a full page, {@code view :: fragment} for
	 * an htmx request.
	 */
	public static String pageOrFragment(HttpServletRequest request, String view, String fragment) {
		return wantsFragment(request) ? view + " :: " + fragment : view;
	}

	/**
	 * {@link #pageOrFragment} with the page's {@code content} fragment (every page has
	 * one: the part of the layout's {@code main}).
	 */
	public static String pageOrContent(HttpServletRequest request, String view) {
		return pageOrFragment(request, view, "content");
	}

	/** Whether the request is htmx asking for a part of a page. */
	public static boolean wantsFragment(HttpServletRequest request) {
		return "true".equals(request.getHeader(HX_REQUEST)) && !"true".equals(request.getHeader(HX_BOOSTED))
				&& !"true".equals(request.getHeader(HX_HISTORY_RESTORE_REQUEST));
	}

}
