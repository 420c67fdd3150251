package de.teilhabe.shared.web.form;

import java.util.List;
import java.util.UUID;

import de.teilhabe.region.Tenants;
import de.teilhabe.support.Browser;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of the public forms present the time token of the page as if the person had taken
 * the minimum fill time ({@code teilhabe.public-forms.min-seconds}) instead of waiting it
 * out (13 sleeps of 3.1 s before): the page's token is checked to be genuine (signed for
 * this tenant and form, just shown) and re-signed with the token's own signing, dated the
 * minimum time plus a second earlier. {@link FormTimeTokenTest} proves that a token sent
 * too soon is refused and one of the right age passes, with the real clock.
 */
public final class TimeTokens {

	private TimeTokens() {
	}

	/** The token a page showed, dated back by the minimum fill time. */
	public static String filledInTime(FormTimeToken tokens, UUID tenantId, String form, String token) {
		assertThat(tokens.check(tenantId, form, token)).as("the page's time token of " + form)
			.isNotEqualTo(FormTimeToken.Verdict.INVALID);
		long shown = Long.parseLong(token.substring(0, token.indexOf('.')));
		return tokens.issue(tenantId, form, shown - tokens.minimum().getSeconds() - 1);
	}

	/**
	 * Every time token of the form(s) in the browser's public page
	 * ({@code /p/{tenant}/…}), dated back likewise.
	 */
	public static void filledInTime(FormTimeToken tokens, Tenants tenants, String form, Browser browser) {
		String slug = browser.path().split("/")[2];
		UUID tenantId = tenants.findBySlug(slug).orElseThrow().id();
		JavascriptExecutor script = (JavascriptExecutor) browser.driver();
		List<?> shown = (List<?>) script.executeScript("return [...document.querySelectorAll('input[name="
				+ FormTimeToken.FIELD + "]')].map((input) => input.value);");
		assertThat(shown).as("time tokens in " + browser.path()).isNotEmpty();
		for (int i = 0; i < shown.size(); i++) {
			script.executeScript(
					"document.querySelectorAll('input[name=" + FormTimeToken.FIELD
							+ "]')[arguments[0]].value = arguments[1];",
					i, filledInTime(tokens, tenantId, form, (String) shown.get(i)));
		}
	}

}
