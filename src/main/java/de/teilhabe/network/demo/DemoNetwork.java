package de.teilhabe.network.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import de.teilhabe.access.UserDirectory;
import de.teilhabe.network.event.EventForm;
import de.teilhabe.network.event.EventStore;
import de.teilhabe.network.offer.OfferForm;
import de.teilhabe.network.offer.OfferStore;
import de.teilhabe.network.organisation.OrganisationForm;
import de.teilhabe.network.organisation.OrganisationStore;
import de.teilhabe.network.project.ProjectForm;
import de.teilhabe.network.project.ProjectStore;
import de.teilhabe.network.support.SupportForms;
import de.teilhabe.network.support.SupportStore;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.startup.StartupTask;
import de.teilhabe.shared.time.Times;

import org.springframework.stereotype.Component;

/**
 * Demo mode only: example organisations of the Osnabrück area with offers and events,
 * projects, trainings and intercultural-opening support (invented names, example.org
 * addresses, no real persons) for the demo tenant Landkreis Osnabrück, and the demo
 * PARTNER user {@code partner} bound to the first of them; a smaller network of the same
 * kinds for the demo tenant Stadt Osnabrück. Runs once per tenant: skipped for a tenant
 * that has organisations already. The committees whose members these organisations are
 * belong to the council's demo data ({@code council committee demo
 * data}, after this task).
 */
@Component
class DemoNetwork implements StartupTask {

	private final Tenants tenants;

	private final OrganisationStore organisations;

	private final OfferStore offers;

	private final EventStore events;

	private final ProjectStore projects;

	private final SupportStore support;

	private final UserDirectory users;

	private final PlatformMode mode;

	/**
	 * Structured weekly hours of the demo organisations (the portal's „open now“ shows
	 * some of them in office hours, evenings and on Saturdays).
	 */
	private static final Map<String, String> WEEKLY_HOURS = Map.of(
			"Brückenschlag – Interkultureller Familienverein Bramsche e.V.", "Di, Do 15:00-18:00",
			"Nachbarschaft Melle Ost – Verein junger Zugewanderter e.V.", "Mo-Fr 16:00-20:00",
			"Beispiel-Wohlfahrtsverband Nordkreis", "Mo-Do 09:00-12:00\nDi, Do 14:00-16:00",
			"Sprachschule am Dörenberg (Beispiel)", "Mo-Fr 08:00-16:00", "SV Beispiel Georgsmarienhütte 1921 e.V.",
			"Mo, Mi 17:00-20:00\nSa 10:00-13:00", "Haus der Kulturen Osnabrück e.V. (Beispiel)", "Mo-Fr 10:00-18:00",
			"Nachbarschaftszentrum Schinkel (Beispiel)", "Di-Sa 14:00-19:00",
			"Jugendmigrationsdienst Osnabrück (Beispiel)", "Mo-Do 09:00-12:00, 13:00-16:00",
			"Sprachenzentrum Westerberg (Beispiel)", "Mo-Fr 08:00-18:00");

	private final Clock clock;

	private final Times times;

	DemoNetwork(Tenants tenants, OrganisationStore organisations, OfferStore offers, EventStore events,
			ProjectStore projects, SupportStore support, UserDirectory users, PlatformMode mode, Clock clock,
			Times times) {
		this.tenants = tenants;
		this.organisations = organisations;
		this.offers = offers;
		this.events = events;
		this.projects = projects;
		this.support = support;
		this.users = users;
		this.mode = mode;
		this.clock = clock;
		this.times = times;
	}

	@Override
	public String name() {
		return "network demo data";
	}

	@Override
	public Set<String> after() {
		// organisations of a demo tenant, some linked to its demo users
		return Set.of("tenants", "users");
	}

	@Override
	public void run() {
		if (!this.mode.isDemo()) {
			return;
		}
		seed("landkreis-osnabrueck", this::landkreis);
		seed("stadt-osnabrueck", this::stadt);
	}

	private void seed(String slug, BiConsumer<UUID, OffsetDateTime> network) {
		Tenant tenant = this.tenants.findBySlug(slug).orElse(null);
		if (tenant != null && this.organisations.names(tenant.id()).isEmpty()) {
			network.accept(tenant.id(), OffsetDateTime.now(this.clock));
		}
	}

	private void landkreis(UUID t, OffsetDateTime now) {
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

		LocalDate nextMonth = this.times.today(this.clock).plusMonths(1).withDayOfMonth(15);
		event(t, now, null, "INFORMATION", "Netzwerktreffen der Migrantenselbstorganisationen", nextMonth, "18:00",
				"20:30", "NONE", "", "Kreishaus Osnabrück, Am Schölerberg 1", "", "de");
		event(t, now, bruecke, "MEETING", "Frauenfrühstück", nextMonth.plusDays(3), "09:30", "11:30", "WEEKLY",
				nextMonth.plusMonths(3).toString(), "Gemeindehaus Lindenstraße", "03459014", "de, ar, ku");
		event(t, now, jugend, "FESTIVAL", "Sommerfest der Kulturen", nextMonth.plusMonths(2), "14:00", "19:00", "NONE",
				"", "Marktplatz Melle", "03459024", "de, ru, uk, pl");

		LocalDate today = this.times.today(this.clock);
		projectsAndSupport(t, now, today, bruecke, jugend, caritas, sprache, sportverein);

		this.users.findUserId(t, "partner").ifPresent((partner) -> this.users.bindOrganisation(t, partner, bruecke));
	}

	/** The Stadt Osnabrück: one Gemeinde (03404000), so every entry is in the city. */
	private void stadt(UUID t, OffsetDateTime now) {
		String city = "03404000";
		UUID haus = organisation(t, now, "MSO", "Haus der Kulturen Osnabrück e.V. (Beispiel)", "Bierstraße 33", "49074",
				"Osnabrück", "52.2790", "8.0420", city, "de, tr, ar, ku, fa", "Familien, Frauen, Seniorinnen",
				"PARTICIPATION, FAMILY, COUNSELLING", "https://haus-der-kulturen.example.org",
				"info@haus-der-kulturen.example.org", "Mo–Fr 10–18 Uhr",
				"Dachverband von zwölf Migrantenselbstorganisationen; Beratung, Räume und Feste.");
		UUID schinkel = organisation(t, now, "OTHER", "Nachbarschaftszentrum Schinkel (Beispiel)", "Schinkelstraße 20",
				"49084", "Osnabrück", "52.2840", "8.0760", city, "de, ru, uk, ar", "Nachbarschaft, Kinder, Eltern",
				"PARTICIPATION, YOUTH, LANGUAGE", null, "treff@nachbarschaft-schinkel.example.org", "Di–Sa 14–19 Uhr",
				"Offener Treff, Sprachcafé und Hausaufgabenhilfe im Stadtteil Schinkel.");
		UUID jmd = organisation(t, now, "WELFARE_ASSOCIATION", "Jugendmigrationsdienst Osnabrück (Beispiel)",
				"Johannisstraße 91", "49074", "Osnabrück", "52.2710", "8.0510", city, "de, en, ar, ti, so",
				"Junge Zugewanderte 12–27", "COUNSELLING, EDUCATION, WORK", "https://jmd-osnabrueck.example.org",
				"jmd@jmd-osnabrueck.example.org", "Mo–Do 9–16 Uhr",
				"Beratung junger Zugewanderter zu Schule, Ausbildung und Beruf.");
		UUID sprachen = organisation(t, now, "LANGUAGE_COURSE_PROVIDER", "Sprachenzentrum Westerberg (Beispiel)",
				"Barbarastraße 1", "49076", "Osnabrück", "52.2820", "8.0230", city, "de, en", "Erwachsene, Studierende",
				"LANGUAGE, WORK", null, "kurse@sprachen-westerberg.example.org", "Mo–Fr 8–18 Uhr",
				"Integrations- und Berufssprachkurse, auch am Abend.");

		offer(t, now, schinkel, "MEETING_PLACE", "Sprachcafé für alle", "de, ru, uk, ar", "Erwachsene",
				"Nachbarschaftszentrum Schinkel", city, "Mi 16–18 Uhr", "kostenlos");
		offer(t, now, jmd, "COUNSELLING", "Beratung zu Schule, Ausbildung und Beruf", "de, en, ar, ti",
				"Junge Zugewanderte 12–27", "Johannisstraße 91", city, "nach Vereinbarung", "kostenlos");
		offer(t, now, haus, "COUNSELLING", "Offene Sprechstunde zu Behördenpost", "de, tr, ar, fa", "Erwachsene",
				"Haus der Kulturen, Bierstraße 33", city, "Do 10–13 Uhr", "kostenlos");

		LocalDate nextMonth = this.times.today(this.clock).plusMonths(1).withDayOfMonth(10);
		event(t, now, haus, "FESTIVAL", "Fest der Kulturen auf dem Marktplatz", nextMonth.plusMonths(1), "12:00",
				"20:00", "NONE", "", "Marktplatz Osnabrück", city, "de, tr, ar");
		event(t, now, schinkel, "MEETING", "Elterncafé im Stadtteil", nextMonth, "09:00", "11:00", "WEEKLY",
				nextMonth.plusMonths(2).toString(), "Nachbarschaftszentrum Schinkel", city, "de, ru, uk");
		event(t, now, null, "INFORMATION", "Informationsabend: Anerkennung ausländischer Berufsabschlüsse",
				nextMonth.plusDays(8), "18:00", "20:00", "NONE", "", "Rathaus Osnabrück, Friedenssaal", city, "de, en");

		LocalDate today = this.times.today(this.clock);
		this.projects
			.create(t, UUID.randomUUID(), values(ProjectForm.empty(), "title", "Stadtteilmütter Osnabrück", "goal",
					"Geschulte Mütter mit Migrationsgeschichte besuchen Familien in ihrer Sprache und begleiten sie zu "
							+ "Kita, Schule und Beratung.",
					"fieldsOfWork", "FAMILY, EDUCATION, PARTICIPATION", "leadOrganisation", haus.toString(), "status",
					"RUNNING", "startDate", today.minusMonths(14).withDayOfMonth(1).toString(), "endDate",
					today.plusMonths(10).withDayOfMonth(1).toString(), "budget", "72000", "partners[0].organisation",
					schinkel.toString(), "partners[0].role", "Räume und Kontakte im Stadtteil", "funding[0].source",
					"Stadt Osnabrück, Integrationsmittel", "funding[0].amount", "72000"), now);
		this.support.createTraining(t, UUID.randomUUID(),
				values(SupportForms.empty(SupportForms.TRAINING_FIELDS), "title", "Förderanträge schreiben für Vereine",
						"audience", "MSO", "heldOn", today.minusMonths(2).toString(), "topics",
						"Förderprogramme, Antrag, Verwendungsnachweis", "participantCount", "11", "place",
						"Rathaus Osnabrück", "organisations", haus + ", " + schinkel),
				now);
		this.support.createOpening(t, UUID.randomUUID(),
				values(SupportForms.empty(SupportForms.OPENING_FIELDS), "organisation", sprachen.toString(), "what",
						"Beratung zur mehrsprachigen Anmeldung und zu Kursen mit Kinderbetreuung", "startedOn",
						today.minusMonths(3).toString(), "outcome",
						"Anmeldebogen in sechs Sprachen; erster Abendkurs."),
				now);
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
		values.put("weeklyHours", WEEKLY_HOURS.getOrDefault(name, ""));
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

	private void projectsAndSupport(UUID t, OffsetDateTime now, LocalDate today, UUID bruecke, UUID jugend,
			UUID caritas, UUID sprache, UUID sportverein) {
		Map<String, String> kita = values(ProjectForm.empty(), "title",
				"Sprachbrücke Kita – mehrsprachige Elternarbeit", "goal",
				"Eltern mit wenig Deutschkenntnissen werden in fünf Kitas des Nordkreises in ihrer Sprache "
						+ "erreicht; Elternabende mit Sprachmittlung, Elterncafés und Kurse „Deutsch für Eltern\".",
				"fieldsOfWork", "FAMILY, LANGUAGE, EDUCATION", "leadOrganisation", bruecke.toString(), "status",
				"RUNNING", "startDate", today.minusMonths(8).withDayOfMonth(1).toString(), "endDate",
				today.plusMonths(16).withDayOfMonth(1).toString(), "budget", "48000", "partners[0].organisation",
				sprache.toString(), "partners[0].role", "Sprachkurse für Eltern", "partners[1].organisation",
				caritas.toString(), "partners[1].role", "Sprachmittlung und Beratung", "funding[0].source",
				"Landesprogramm Integration (Beispiel)", "funding[0].amount", "36000", "funding[1].source",
				"Landkreis Osnabrück, Integrationsmittel", "funding[1].amount", "12000", "milestones[0].date",
				today.minusMonths(6).toString(), "milestones[0].title", "Kooperationsvereinbarung mit fünf Kitas",
				"milestones[0].done", "true", "milestones[1].date", today.plusMonths(4).toString(),
				"milestones[1].title", "Zwischenbericht");
		this.projects.create(t, UUID.randomUUID(), kita, now);
		Map<String, String> sport = values(ProjectForm.empty(), "title",
				"Sport verbindet – interkulturelle Öffnung im Vereinssport", "goal",
				"Sportvereine gewinnen Kinder und Jugendliche aus zugewanderten Familien als Mitglieder und "
						+ "Übungsleitende.",
				"fieldsOfWork", "SPORTS, YOUTH, PARTICIPATION", "status", "PLANNED", "startDate",
				today.plusMonths(2).withDayOfMonth(1).toString(), "budget", "15000", "partners[0].organisation",
				sportverein.toString(), "partners[0].role", "Schnupperangebote", "partners[1].organisation",
				jugend.toString(), "partners[1].role", "Ansprache der Jugendlichen", "funding[0].source",
				"Kreissportbund (Beispiel)", "funding[0].amount", "5000");
		this.projects.create(t, UUID.randomUUID(), sport, now);
		Map<String, String> arbeit = values(ProjectForm.empty(), "title",
				"Ankommen in Arbeit – Mentoring für Geflüchtete", "goal",
				"Geflüchtete finden mit ehrenamtlichen Mentorinnen und Mentoren eine Ausbildung oder Arbeit.",
				"fieldsOfWork", "WORK, COUNSELLING", "leadOrganisation", caritas.toString(), "status", "COMPLETED",
				"startDate", today.minusYears(3).withDayOfYear(1).toString(), "endDate",
				today.minusYears(1).withDayOfYear(1).toString(), "budget", "60000", "evaluation",
				"41 Tandems; 17 Teilnehmende in Ausbildung oder Arbeit. Mentoring wird in der Regelberatung fortgeführt.",
				"partners[0].organisation", jugend.toString(), "partners[0].role", "Bewerbungstraining",
				"funding[0].source", "Europäischer Sozialfonds (Beispiel)", "funding[0].amount", "45000",
				"funding[1].source", "Eigenmittel", "funding[1].amount", "15000");
		this.projects.create(t, UUID.randomUUID(), arbeit, now);

		this.support.createTraining(t, UUID.randomUUID(),
				values(SupportForms.empty(SupportForms.TRAINING_FIELDS), "title",
						"Vereinsrecht und Fördermittel für Migrantenselbstorganisationen", "audience", "MSO", "heldOn",
						today.minusMonths(3).toString(), "topics", "Vereinsrecht, Gemeinnützigkeit, Fördermittel",
						"participantCount", "14", "place", "Kreishaus Osnabrück", "organisations",
						bruecke + ", " + jugend, "materials[0].title", "Handout Vereinsgründung", "materials[0].link",
						"https://www.example.org/handout-vereinsgruendung.pdf"),
				now);
		this.support.createTraining(t, UUID.randomUUID(), values(SupportForms.empty(SupportForms.TRAINING_FIELDS),
				"title", "Elternabend: Das Schulsystem in Niedersachsen", "audience", "PARENTS", "heldOn",
				today.minusMonths(1).toString(), "topics", "Schulsystem, Übergang Grundschule", "participantCount",
				"32", "place", "Gemeindehaus Lindenstraße, Bramsche", "organisations", bruecke.toString()), now);
		this.support.createOpening(t, UUID.randomUUID(), values(SupportForms.empty(SupportForms.OPENING_FIELDS),
				"organisation", sportverein.toString(), "what",
				"Workshop „Willkommen im Verein\" für Vorstand und Übungsleitende; Aufnahmeantrag in fünf Sprachen",
				"startedOn", today.minusMonths(5).toString(), "endedOn", today.minusMonths(4).toString(), "outcome",
				"Zwei neue Übungsleitende mit Migrationsgeschichte, zwölf neue Mitglieder."), now);
	}

	/** The given form values with some set (name, value, name, value, ...). */
	private static Map<String, String> values(Map<String, String> empty, String... pairs) {
		Map<String, String> values = new LinkedHashMap<>(empty);
		for (int i = 0; i < pairs.length; i += 2) {
			values.put(pairs[i], pairs[i + 1]);
		}
		return values;
	}

}
