package de.teilhabe.privacy.consent;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.teilhabe.shared.security.CurrentActor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The PRIVACY_OFFICER's overview of the tenant's consent purposes: text versions and how
 * many consents were given and withdrawn. Counts only, no personal data.
 */
@Controller
class ConsentOverviewController {

	private final JdbcClient jdbc;

	ConsentOverviewController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/privacy/consents")
	String overview(Model model) {
		List<TextCounts> rows = this.jdbc.sql("""
				SELECT t.purpose, t.version, t.language, t.title, t.created_at,
				       count(r.id) FILTER (WHERE r.withdrawn_at IS NULL) AS given,
				       count(r.id) FILTER (WHERE r.withdrawn_at IS NOT NULL) AS withdrawn
				FROM consent_text t
				LEFT JOIN consent_record r ON r.tenant_id = t.tenant_id AND r.purpose = t.purpose
				                          AND r.text_version = t.version AND r.language = t.language
				WHERE t.tenant_id = ?
				GROUP BY t.purpose, t.version, t.language, t.title, t.created_at
				ORDER BY t.purpose, t.version DESC, t.language""")
			.param(CurrentActor.get().tenantId())
			.query(TextCounts.class)
			.list();
		Map<String, List<TextCounts>> byPurpose = new LinkedHashMap<>();
		rows.forEach((row) -> byPurpose.computeIfAbsent(row.purpose(), (purpose) -> new ArrayList<>()).add(row));
		model.addAttribute("purposes", byPurpose);
		return "privacy/consents";
	}

	/** One text version with its consent counts. */
	record TextCounts(String purpose, int version, String language, String title, OffsetDateTime createdAt, long given,
			long withdrawn) {
	}

}
