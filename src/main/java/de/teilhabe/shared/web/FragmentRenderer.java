package de.teilhabe.shared.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Renders a template fragment ({@code "template :: fragment"}) to text the way a view
 * would (same engine, messages, links), so that a page can keep it and insert it again
 * (the indicator pages, the controlling dashboard: rendering was most of their cost).
 */
@Component
public class FragmentRenderer {

	/** A line break with the indentation and empty lines after it. */
	private static final Pattern LINE_BREAK_AND_INDENTATION = Pattern.compile("\\n\\s+");

	/** Elements in which white space is shown as it is. */
	private static final Pattern KEEPS_WHITE_SPACE = Pattern.compile("<(pre|textarea)[\\s>]", Pattern.CASE_INSENSITIVE);

	private final ViewResolver views;

	public FragmentRenderer(@Qualifier("thymeleafViewResolver") ViewResolver views) {
		this.views = views;
	}

	public String render(String fragment, Map<String, ?> model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			View view = this.views.resolveViewName(fragment, locale);
			Capture capture = new Capture(response);
			view.render(model, request, capture);
			return capture.text();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Fragment " + fragment + " could not be rendered", ex);
		}
	}

	/**
	 * The rendered HTML without the templates' indentation: every line break with the
	 * white space after it (indentation, empty lines) becomes one line break. A browser
	 * shows both the same (white space between elements and inside text counts as one
	 * space), so a kept page is smaller to copy and to send. HTML with a {@code pre} or
	 * {@code textarea} element, where white space is shown as it is, is answered
	 * unchanged; content styled to keep white space (CSS {@code white-space: pre} or
	 * {@code pre-wrap}) must not be passed here.
	 */
	public static String withoutIndentation(String html) {
		if (KEEPS_WHITE_SPACE.matcher(html).find()) {
			return html;
		}
		return LINE_BREAK_AND_INDENTATION.matcher(html).replaceAll("\n");
	}

	/** Keeps what the view writes; leaves the real response (headers, type) alone. */
	private static final class Capture extends HttpServletResponseWrapper {

		private final StringWriter text = new StringWriter();

		private final PrintWriter writer = new PrintWriter(this.text);

		Capture(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			return this.writer;
		}

		@Override
		public void setContentType(String type) {
		}

		@Override
		public void setCharacterEncoding(String charset) {
		}

		@Override
		public void setLocale(Locale locale) {
		}

		@Override
		public void setBufferSize(int size) {
		}

		@Override
		public boolean isCommitted() {
			return false;
		}

		String text() {
			this.writer.flush();
			return this.text.toString();
		}

	}

}
