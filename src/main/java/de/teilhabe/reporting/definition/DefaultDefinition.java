package de.teilhabe.reporting.definition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.region.Region;
import de.teilhabe.region.Regions;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;

import org.springframework.stereotype.Component;

/**
 * The default definition every tenant has, in the structure of a Kreis report „Migration
 * und Integration“: introduction, population and migration, legal status and
 * naturalisation, early childhood and school, work and social benefits (the indicators of
 * the monitoring themes 1 to 6), the guide network and the counselling service (the
 * shipped indicators over their monthly counts), goals and measures, one profile per
 * Gemeinde, sources. Regions: the tenant's own region and every Stadt and Gemeinde in it.
 */
@Component
class DefaultDefinition {

	/** The introduction the default definition starts with, in the report markup. */
	static final String INTRODUCTION = """
			Dieser Bericht fasst die Zahlen, Daten und Fakten zu Migration und Integration in unserem Gebiet zusammen: \
			für den Kreis und jede Stadt und Gemeinde.

			## Aufbau
			- Bevölkerung und Migration, rechtlicher Status und Einbürgerung
			- frühkindliche Bildung und Schule, Arbeit und Sozialleistungen
			- die Begleitanfragen an die Integrationslotsinnen und -lotsen
			- die Fälle, Ratsuchenden und Kontakte der Beratungsstelle für Zugewanderte
			- die Ziele und Maßnahmen des Integrationskonzepts mit ihrem Stand
			- ein Profil jeder Stadt und Gemeinde
			- die Quellen und Methoden

			Die amtlichen Zahlen stammen aus dem Integrationsmonitoring Niedersachsen.""";

	/**
	 * The theme of the shipped indicators over the guide network's monthly counts (the
	 * operational series {@code guides.requests} and {@code guides.unmet_requests}).
	 */
	static final String GUIDES_THEME = "ilos";

	/** The heading of the chapter on the guide network. */
	static final String GUIDES_CHAPTER = "Integrationslotsinnen und -lotsen";

	/**
	 * The introduction of the chapter on the guide network (the same text as in the
	 * migration V20261209_0200, which gives existing default definitions the chapter).
	 */
	static final String GUIDES_TEXT = """
			Integrationslotsinnen und -lotsen begleiten Zugewanderte ehrenamtlich: zu Behörden und Verbänden, bei der \
			Orientierung, der Wohnungssuche und in Gesprächen, in denen sie Sprache und Kultur vermitteln. Die Zahlen \
			sind eigene Zählungen der Leitstelle, je Monat des ersten Termins: wie viele Begleitanfragen kamen und für \
			wie viele sich keine passende Lotsin und kein passender Lotse fand – sie zeigen, für welche Sprachen und \
			Orte Lotsinnen und Lotsen zu gewinnen sind. Werte von 1 bis 4 werden aus Datenschutzgründen nicht \
			ausgewiesen (x).""";

	/**
	 * The theme of the shipped indicators over the counselling service's monthly counts
	 * (the operational series {@code counselling.cases}, {@code counselling.clients} and
	 * {@code counselling.contacts}).
	 */
	static final String COUNSELLING_THEME = "beratung";

	/** The heading of the chapter on the counselling service. */
	static final String COUNSELLING_CHAPTER = "Beratungsstelle für Zugewanderte";

	/**
	 * The introduction of the chapter on the counselling service (the same text as in the
	 * migration V20261212_0100, which gives existing default definitions the chapter).
	 */
	static final String COUNSELLING_TEXT = """
			Die Beratungsstelle für Zugewanderte berät, vermittelt und begleitet Menschen mit Migrationsgeschichte. Die \
			Zahlen sind eigene Zählungen der Beratungsstelle je Monat: neu eröffnete Fälle, Ratsuchende mit neuem Fall \
			und Kontakte, je Gemeinde des Wohnorts. Sie stehen neben den amtlichen Zahlen und zeigen, wo und wie oft \
			das Angebot genutzt wird. Werte von 1 bis 4 und Werte, aus denen sie sich errechnen ließen, werden aus \
			Datenschutzgründen nicht ausgewiesen (x).""";

	/** The indicators of the chapter on early childhood and school (themes 3 and 4). */
	static final List<String> EARLY_CHILDHOOD_AND_SCHOOL = List.of("3-1-2", "3-1-3", "4-1-1", "4-1-2", "4-1-4");

	/** The indicators of the chapter on work and social benefits (themes 5 and 6). */
	static final List<String> WORK_AND_SOCIAL_BENEFITS = List.of("5-1-1", "5-2-1", "5-3-2", "6-2-1", "6-2-2", "6-3-2");

	private final Tenants tenants;

	private final Regions regions;

	private final Clock clock;

	DefaultDefinition(Tenants tenants, Regions regions, Clock clock) {
		this.tenants = tenants;
		this.regions = regions;
		this.clock = clock;
	}

	/** The default definition of a tenant (empty for an unknown tenant). */
	Optional<ReportDefinition> of(UUID tenantId) {
		return this.tenants.find(tenantId).map(this::of);
	}

	private ReportDefinition of(Tenant tenant) {
		int year = LocalDate.now(this.clock).getYear();
		List<String> regionKeys = new ArrayList<>();
		regionKeys.add(tenant.homeRegionKey());
		for (Region gemeinde : this.regions.gemeinden(tenant.homeRegionKey())) {
			if (!gemeinde.key().equals(tenant.homeRegionKey())) {
				regionKeys.add(gemeinde.key());
			}
		}
		List<Chapter> chapters = List.of(new Chapter("Einleitung", ChapterKind.FREE_TEXT, INTRODUCTION, null, null),
				new Chapter("Bevölkerung und Migration", ChapterKind.INDICATORS, null, "1", null),
				new Chapter("Rechtlicher Status und Einbürgerung", ChapterKind.INDICATORS, null, "2", null),
				new Chapter("Frühkindliche Bildung und Schule", ChapterKind.INDICATORS, null, null,
						EARLY_CHILDHOOD_AND_SCHOOL),
				new Chapter("Arbeit und Sozialleistungen", ChapterKind.INDICATORS, null, null,
						WORK_AND_SOCIAL_BENEFITS),
				new Chapter(GUIDES_CHAPTER, ChapterKind.INDICATORS, GUIDES_TEXT, GUIDES_THEME, null),
				new Chapter(COUNSELLING_CHAPTER, ChapterKind.INDICATORS, COUNSELLING_TEXT, COUNSELLING_THEME, null),
				new Chapter("Ziele und Maßnahmen", ChapterKind.GOALS_AND_MEASURES, null, null, null),
				new Chapter("Die Städte und Gemeinden", ChapterKind.REGION_PROFILES, null, null, null),
				new Chapter("Quellen und Methoden", ChapterKind.SOURCES, null, null, null));
		return new ReportDefinition(UUID.randomUUID(), tenant.id(), "Migration und Integration " + year, year,
				regionKeys, chapters, true);
	}

}
