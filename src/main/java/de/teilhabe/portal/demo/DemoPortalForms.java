package de.teilhabe.portal.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.region.DemoLandkreisTask;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: feedback on the Wegweiser's pages of the Landkreis Osnabrück (every
 * top-level page and some below, in German and in the translation languages, yes and no,
 * some with a comment) and three reported barriers, so that the office's lists and a
 * page's view show what readers said. Two batch statements; skipped when the Landkreis
 * has feedback.
 */
@Component
class DemoPortalForms extends DemoLandkreisTask {

	private static final String[] LANGUAGES = { "de", "ar", "uk", "fa", "en", "de", "de", "ar" };

	private static final String[] COMMENTS = { "Sehr verständlich, danke.", null, "Die Öffnungszeiten fehlen.", null,
			"Bitte mehr Beispiele.", null, "Der Link zum Formular geht nicht.", null, null, "Gut, aber zu lang." };

	private final JdbcTemplate jdbc;

	private final Clock clock;

	DemoPortalForms(Tenants tenants, JdbcTemplate jdbc, PlatformMode mode, Clock clock) {
		super("portal demo forms", Set.of(DemoPortal.NAME), tenants, mode);
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	protected void seed(Tenant tenant) {
		if (this.jdbc.queryForObject("SELECT count(*) FROM portal_feedback WHERE tenant_id = ?", Long.class,
				tenant.id()) > 0) {
			return;
		}
		List<UUID> pages = this.jdbc.queryForList(
				"SELECT id FROM portal_page WHERE tenant_id = ? ORDER BY position, path LIMIT 24", UUID.class,
				tenant.id());
		Instant now = Instant.now(this.clock);
		List<Object[]> feedback = new ArrayList<>();
		for (int i = 0; i < pages.size(); i++) {
			for (int j = 0; j <= i % 3; j++) {
				int n = i * 3 + j;
				feedback.add(new Object[] { tenant.id(), UUID.randomUUID(), pages.get(i),
						LANGUAGES[n % LANGUAGES.length], n % 4 != 1, COMMENTS[n % COMMENTS.length],
						Timestamp.from(now.minus(1 + (n * 7L) % 90, ChronoUnit.DAYS)) });
			}
		}
		this.jdbc.batchUpdate("""
				INSERT INTO portal_feedback (tenant_id, id, page_id, language, helpful, comment, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", feedback);
		List<Object[]> barriers = List.of(
				new Object[] { tenant.id(), UUID.randomUUID(), "de", "/p/landkreis-osnabrueck/de/wohnen",
						"Die Tabelle mit den Kosten wird vom Bildschirmleser nicht vorgelesen.", null,
						Timestamp.from(now.minus(20, ChronoUnit.DAYS)) },
				new Object[] { tenant.id(), UUID.randomUUID(), "en", null,
						"The language menu is hard to reach with the keyboard on my phone.",
						"leser.beispiel@example.org", Timestamp.from(now.minus(6, ChronoUnit.DAYS)) },
				new Object[] { tenant.id(), UUID.randomUUID(), "de", "Startseite",
						"Die Schrift ist bei 200 % Vergrößerung abgeschnitten.", null,
						Timestamp.from(now.minus(2, ChronoUnit.DAYS)) });
		this.jdbc.batchUpdate("""
				INSERT INTO portal_barrier_report (tenant_id, id, language, address, description, contact, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", barriers);
	}

}
