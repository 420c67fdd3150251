package de.teilhabe.counselling.webrequest;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.privacy.ConsentText;
import de.teilhabe.privacy.Consents;
import de.teilhabe.privacy.HowGiven;
import de.teilhabe.privacy.NewConsent;
import de.teilhabe.region.DemoLandkreisTask;
import de.teilhabe.region.Languages;
import de.teilhabe.region.Region;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;

import org.springframework.stereotype.Component;

/**
 * Demo mode only: five requests for counselling from the Wegweiser of the Landkreis
 * Osnabrück, sent in the last twelve days (within the 30 days they are kept), in German,
 * Arabic, Ukrainian, Farsi and English. Names and contacts are invented. Skipped when the
 * Landkreis has requests.
 */
@Component
class DemoWebRequests extends DemoLandkreisTask {

	private final WebRequests requests;

	private final WebRequestStore store;

	private final Consents consents;

	private final Clock clock;

	DemoWebRequests(Tenants tenants, WebRequests requests, WebRequestStore store, Consents consents, PlatformMode mode,
			Clock clock) {
		super("counselling demo web requests", Set.of("users"), tenants, mode);
		this.requests = requests;
		this.store = store;
		this.consents = consents;
		this.clock = clock;
	}

	/** One demo request. */
	private record Entry(int daysAgo, String page, String name, String phone, String email, String language,
			int gemeinde, String topic, String message) {
	}

	private static final List<Entry> ENTRIES = List.of(
			new Entry(12, "de", "Samira", null, "samira.beispiel@example.org", "de", 0, "HOUSING",
					"Wir suchen seit Monaten eine Wohnung und wissen nicht mehr weiter."),
			new Entry(8, "ar", "أبو خالد", "0541 0000001", null, "ar", 1, "RESIDENCE_LAW",
					"إقامتي تنتهي قريبًا، ماذا أفعل؟"),
			new Entry(5, "uk", "Olena", "0151 00000002", "olena.beispiel@example.org", "uk", 2, "WORK_RECOGNITION",
					"Ich bin Krankenschwester und möchte meinen Abschluss anerkennen lassen."),
			new Entry(3, "fa", "M.", "0541 0000003", null, "fa", -1, null, null),
			new Entry(1, "en", "Grace", null, "grace.beispiel@example.org", "en", 3, "FAMILY_SCHOOL",
					"My son needs a place in a school after our move."));

	@Override
	protected void seed(Tenant tenant) {
		if (this.store.count(tenant.id()) > 0) {
			return;
		}
		List<Region> gemeinden = this.requests.gemeinden(tenant.id());
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		for (Entry entry : ENTRIES) {
			ConsentText text = this.requests.consentText(tenant.id(), Languages.find(entry.page()).orElseThrow());
			String gemeinde = (entry.gemeinde() >= 0 && entry.gemeinde() < gemeinden.size())
					? gemeinden.get(entry.gemeinde()).key() : null;
			OffsetDateTime sent = now.minusDays(entry.daysAgo()).minusHours(entry.daysAgo() % 5);
			UUID id = this.store.insert(
					tenant.id(), entry.page(), new WebRequestForm(entry.name(), entry.phone(), entry.email(),
							entry.language(), gemeinde, entry.topic(), entry.message(), "true"),
					text.version(), text.language(), sent);
			this.consents.record(new NewConsent(tenant.id(), WebRequests.SUBJECT, id.toString(), WebRequests.PURPOSE,
					text.version(), text.language(), sent, HowGiven.ELECTRONIC));
		}
	}

}
