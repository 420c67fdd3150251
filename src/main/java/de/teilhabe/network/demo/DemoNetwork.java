package de.teilhabe.network.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.UserDirectory;
import de.teilhabe.network.event.EventForm;
import de.teilhabe.network.event.EventStore;
import de.teilhabe.network.offer.OfferForm;
import de.teilhabe.network.offer.OfferStore;
import de.teilhabe.network.organisation.OrganisationForm;
import de.teilhabe.network.organisation.OrganisationStore;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.startup.StartupTask;

import org.springframework.stereotype.Component;

/**
 * Demo mode only: example organisations of the Osnabrück area with offers and events
 * (invented names, example.org addresses, no real persons) for the demo tenant Landkreis
 * Osnabrück, and the demo PARTNER user {@code partner} bound to the first of them. Runs
 * once: skipped when the tenant has organisations already.
 */
@Component
class DemoNetwork implements StartupTask {

	static final String TENANT = "landkreis-osnabrueck";

	private final Tenants tenants;

	private final OrganisationStore organisations;

	private final OfferStore offers;

	private final EventStore events;

	private final UserDirectory users;

	private final PlatformMode mode;

	private final Clock clock;

	DemoNetwork(Tenants tenants, OrganisationStore organisations, OfferStore offers, EventStore events,
			UserDirectory users, PlatformMode mode, Clock clock) {
		this.tenants = tenants;
		this.organisations = organisations;
		this.offers = offers;
		this.events = events;
		this.users = users;
		this.mode = mode;
		this.clock = clock;
	}

	@Override
	public int order() {
		return MODULE_DATA;
	}

	@Override
	public String name() {
		return "network demo data";
	}

	@Override
	public void run() {
		if (!this.mode.isDemo()) {
			return;
		}
		Tenant tenant = this.tenants.findBySlug(TENANT).orElse(null);
		if (tenant == null || this.organisations.names(tenant.id()).size() > 0) {
			return;
		}
		UUID t = tenant.id();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		UUID bruecke = organisation(t, now, "MSO", "Brückenschlag – Interkultureller Familienverein Bramsche e.V.",
				"Lindenstraße 12", "49565", "Bramsche", "52.4089", "7.9726", "03459014, 03459033", "de, ar, ku, tr",
				"Familien, Kinder, Frauen", "FAMILY, EDUCATION, PARTICIPATION", "https://bruecke-bramsche.example.org",
				"kontakt@bruecke-bramsche.example.org", "Di und Do 15–18 Uhr",
				"Elterncafé, Hausaufgabenhilfe und Frauentreff; Mitglied im Netzwerk der Migrantenselbstorganisationen.");
		UUID jugend = organisation(t, now, "MSO", "Nachbarschaft Melle Ost – Verein junger Zugewanderter e.V.",
				"Am Bahnhof 3", "49324", "Melle", "52.2031", "8.3386", "03459024", "de, ru, uk, pl",
				"Jugendliche, junge Erwachsene", "YOUTH, SPORTS, WORK", null, "info@nachbarschaft-melle.example.org",
				"Mo–Fr 16–20 Uhr", "Sport, Bewerbungstraining und Treffpunkt für junge Menschen.");
		UUID caritas = organisation(t, now, "WELFARE_ASSOCIATION", "Beispiel-Wohlfahrtsverband Nordkreis",
				"Große Straße 40", "49610", "Quakenbrück", "52.6770", "7.9530", "03459030, 03459010", "de, ar, fa, ti",
				"Geflüchtete, Familien", "COUNSELLING, HOUSING, HEALTH", "https://wohlfahrt-nordkreis.example.org",
				"beratung@wohlfahrt-nordkreis.example.org", "Mo–Do 9–12 Uhr",
				"Migrationsberatung und Sozialberatung im Nordkreis.");
		UUID sprache = organisation(t, now, "LANGUAGE_COURSE_PROVIDER", "Sprachschule am Dörenberg (Beispiel)",
				"Schloßstraße 5", "49186", "Bad Iburg", "52.1590", "8.0470", "03459004, 03459019", "de, en",
				"Erwachsene", "LANGUAGE, WORK", null, "kurse@sprachschule-doerenberg.example.org", "Mo–Fr 8–16 Uhr",
				"Integrationskurse und berufsbezogene Sprachkurse.");
		UUID sportverein = organisation(t, now, "CLUB", "SV Beispiel Georgsmarienhütte 1921 e.V.", "Sportplatzweg 1",
				"49124", "Georgsmarienhütte", "52.2020", "8.0440", "03459019", "de", "Kinder, Jugendliche",
				"SPORTS, PARTICIPATION", null, null, "", "Sportverein mit Projekt zur interkulturellen Öffnung.");
		// an entry not confirmed for more than a year: shown on the confirmations page
		this.organisations.confirm(t, sportverein, now.minusMonths(14));

		offer(t, now, bruecke, "HOMEWORK_HELP", "Hausaufgabenhilfe für Grundschulkinder", "de, ar",
				"Kinder der Klassen 1–4", "Gemeindehaus Lindenstraße", "03459014", "Di und Do 15–17 Uhr", "kostenlos");
		offer(t, now, bruecke, "PARENTS_GROUP", "Elterncafé „Schule verstehen\"", "de, ar, ku", "Eltern",
				"Gemeindehaus Lindenstraße", "03459014", "jeden 1. Mittwoch 9–11 Uhr", "kostenlos");
		offer(t, now, jugend, "SPORTS", "Mitternachtsfußball", "de, ru, uk", "Jugendliche 14–21",
				"Sporthalle Melle-Mitte", "03459024", "Fr 21–23 Uhr", "kostenlos");
		offer(t, now, caritas, "COUNSELLING", "Migrationsberatung für Erwachsene", "de, ar, fa", "Zugewanderte ab 27",
				"Große Straße 40", "03459030", "nach Vereinbarung", "kostenlos");
		offer(t, now, sprache, "LANGUAGE_COURSE", "Integrationskurs mit Kinderbetreuung", "de", "Eltern",
				"Schloßstraße 5", "03459004", "Mo–Fr 8:30–12:45 Uhr", "nach Kursträgerverordnung");

		LocalDate nextMonth = LocalDate.now(this.clock.withZone(EventForm.ZONE)).plusMonths(1).withDayOfMonth(15);
		event(t, now, null, "INFORMATION", "Netzwerktreffen der Migrantenselbstorganisationen", nextMonth, "18:00",
				"20:30", "NONE", "", "Kreishaus Osnabrück, Am Schölerberg 1", "", "de");
		event(t, now, bruecke, "MEETING", "Frauenfrühstück", nextMonth.plusDays(3), "09:30", "11:30", "WEEKLY",
				nextMonth.plusMonths(3).toString(), "Gemeindehaus Lindenstraße", "03459014", "de, ar, ku");
		event(t, now, jugend, "FESTIVAL", "Sommerfest der Kulturen", nextMonth.plusMonths(2), "14:00", "19:00", "NONE",
				"", "Marktplatz Melle", "03459024", "de, ru, uk, pl");

		this.users.findUserId(t, "partner").ifPresent((partner) -> this.users.bindOrganisation(t, partner, bruecke));
	}

	private UUID organisation(UUID tenantId, OffsetDateTime now, String kind, String name, String street,
			String postcode, String city, String latitude, String longitude, String regions, String languages,
			String targetGroups, String fields, String website, String email, String openingHours, String description) {
		Map<String, String> values = new LinkedHashMap<>(OrganisationForm.empty());
		values.put("kind", kind);
		values.put("name", name);
		values.put("street", street);
		values.put("postcode", postcode);
		values.put("city", city);
		values.put("latitude", latitude);
		values.put("longitude", longitude);
		values.put("regions", regions);
		values.put("languages", languages);
		values.put("targetGroups", targetGroups);
		values.put("fieldsOfWork", fields);
		values.put("website", (website != null) ? website : "");
		values.put("email", (email != null) ? email : "");
		values.put("openingHours", openingHours);
		values.put("description", description);
		UUID id = UUID.randomUUID();
		this.organisations.insert(tenantId, id, values, now);
		return id;
	}

	private void offer(UUID tenantId, OffsetDateTime now, UUID organisationId, String kind, String title,
			String languages, String targetGroups, String place, String regionKey, String schedule, String cost) {
		Map<String, String> values = new LinkedHashMap<>(OfferForm.empty());
		values.put("kind", kind);
		values.put("title", title);
		values.put("languages", languages);
		values.put("targetGroups", targetGroups);
		values.put("place", place);
		values.put("regionKey", regionKey);
		values.put("schedule", schedule);
		values.put("cost", cost);
		this.offers.create(tenantId, UUID.randomUUID(), organisationId, values, now);
	}

	private void event(UUID tenantId, OffsetDateTime now, UUID organisationId, String category, String title,
			LocalDate date, String start, String end, String recurrence, String until, String place, String regionKey,
			String languages) {
		Map<String, String> values = new LinkedHashMap<>(EventForm.empty());
		values.put("category", category);
		values.put("title", title);
		values.put("date", date.toString());
		values.put("startTime", start);
		values.put("endTime", end);
		values.put("recurrence", recurrence);
		values.put("recurrenceUntil", until);
		values.put("place", place);
		values.put("regionKey", regionKey);
		values.put("languages", languages);
		this.events.create(tenantId, UUID.randomUUID(), organisationId, values, now);
	}

}
