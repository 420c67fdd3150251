package de.teilhabe.strategy.concept;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.startup.StartupTask;

import org.springframework.stereotype.Component;

/**
 * Demo mode only: the integration concept of the demo Landkreis Osnabrück — the
 * Migrations- und Integrationskonzept 2013 (adopted, superseded) and its update for
 * 2018–2022 after the Integrationsdialog 2017 (adopted), both with the ten Leitlinien of
 * the Landkreis (Kreistag decision of 21 August 2010, seed 003) and the default
 * Handlungsfelder — and a draft of the concept Vielfalt gemeinsam gestalten for the demo
 * Stadt Osnabrück. The decision dates of the concepts are invented. Runs once per tenant:
 * skipped for a tenant that has a concept already. The other demo data of the module
 * (dialog, goals, measures) run after this task.
 */
@Component
public class DemoConcept implements StartupTask {

	/** The name other demo tasks of the module name in their {@code after()}. */
	public static final String NAME = "strategy concept demo data";

	static final List<String> LEITLINIEN = List.of(
			"Zuwanderer und hier lebende Menschen mit Migrationsgeschichte sind im Landkreis Osnabrück willkommen. "
					+ "Sie sind mit ihren kulturellen Wurzeln und Orientierungen, mit ihren Fähigkeiten und Potentialen "
					+ "selbstverständlicher Teil der Bürgerschaft und eine Bereicherung des Zusammenlebens.",
			"Integration bedeutet gleiche Teilhabe an der Gesellschaft, also gleiche Rechte und Pflichten.",
			"Rechtliche und finanzielle Rahmenbedingungen der Integration werden von Bund und Land gesetzt. In diesem "
					+ "Rahmen entscheidet sich vor Ort bei den Kommunen sowie den dort handelnden "
					+ "Migrantenorganisationen, Wohlfahrtsverbänden und Vereinen, ob Integration gelingt.",
			"Der Landkreis übernimmt regionale Aufgaben der Koordination und Vernetzung und unterstützt die vor Ort "
					+ "handelnden Akteure im Rahmen seiner finanziellen und organisatorischen Möglichkeiten.",
			"Integration ist eine Querschnittsaufgabe. Besondere Bedeutung haben für den Integrationserfolg die "
					+ "Bildungs- und Arbeitsmarktpolitik. Entsprechend ihrer Bedeutung ist Integration Angelegenheit "
					+ "des Vorstandes.",
			"Der Landkreis steht zum Konzept der interkulturellen Öffnung als Organisations-, Personal- und "
					+ "Qualitätsentwicklungsprozess, der die gesamte Organisation an die globalisierte Gesellschaft "
					+ "anpasst. Dabei geht es darum, Zugangsbarrieren für Migranten zu beseitigen und Benachteiligungen "
					+ "zu beseitigen – sowohl in der Nutzung der Angebote als auch im Zugang zu qualifizierten "
					+ "Arbeitsplätzen.",
			"Diesem Konzept entsprechend sind Mitarbeiter/innen und Vorgesetzte im Rahmen ihrer Dienstaufgaben zur "
					+ "interkulturellen Offenheit und Sensibilität gegenüber Menschen mit Migrationshintergrund "
					+ "verpflichtet.",
			"Der / die Integrationsbeauftragte ist Ansprechperson für alle Bürgerinnen und Bürger und Organisationen "
					+ "für Fragen der Integration. Er /sie koordiniert die Integrationsaufgaben und den Prozess der "
					+ "interkulturellen Öffnung in der Kreisverwaltung, entwickelt Integrationsstrategien und führt "
					+ "Integrationsprojekte durch.",
			"Die Bestandsaufnahme und Analyse von für die Integration bedeutsamen Sachverhalten sind "
					+ "selbstverständliche Grundlagen der Strategien und Projekte des Landkreises. Daher erfasst der "
					+ "Landkreis zur Steuerung notwendige Daten im Rahmen eines Integrationsmonitorings.",
			"Um die Verpflichtung auf diese Leitlinien zu unterstreichen und für die Öffentlichkeit zu dokumentieren, "
					+ "tritt der Landkreis Osnabrück der „Charta der Vielfalt“ bei.");

	private final Tenants tenants;

	private final ConceptStore concepts;

	private final PlatformMode mode;

	private final Clock clock;

	DemoConcept(Tenants tenants, ConceptStore concepts, PlatformMode mode, Clock clock) {
		this.tenants = tenants;
		this.concepts = concepts;
		this.mode = mode;
		this.clock = clock;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Set<String> after() {
		return Set.of("tenants");
	}

	@Override
	public void run() {
		if (!this.mode.isDemo()) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		UUID landkreis = demoTenant("landkreis-osnabrueck");
		if (landkreis != null) {
			UUID first = version(landkreis, "Migrations- und Integrationskonzept des Landkreises Osnabrück", 2013, 2017,
					null, LEITLINIEN, now.minusYears(13));
			this.concepts.adopt(landkreis, first, "Kreistag", LocalDate.of(2013, 6, 24), now.minusYears(13));
			UUID second = version(landkreis, "Migrations- und Integrationskonzept 2018–2022", 2018, 2022, first,
					LEITLINIEN, now.minusYears(9));
			this.concepts.adopt(landkreis, second, "Kreistag", LocalDate.of(2018, 6, 25), now.minusYears(8));
		}
		UUID stadt = demoTenant("stadt-osnabrueck");
		if (stadt != null) {
			version(stadt, "Vielfalt gemeinsam gestalten – Integrationskonzept der Stadt", 2025, 2030, null, List.of(),
					now.minusMonths(3));
		}
	}

	private UUID demoTenant(String slug) {
		Tenant tenant = this.tenants.findBySlug(slug).orElse(null);
		return (tenant != null && this.concepts.all(tenant.id()).isEmpty()) ? tenant.id() : null;
	}

	private UUID version(UUID tenantId, String title, int from, int to, UUID basedOn, List<String> guidelines,
			OffsetDateTime now) {
		UUID id = this.concepts.create(tenantId, title, from, to, basedOn, now);
		this.concepts.replaceGuidelines(tenantId, id, guidelines);
		List<Field> previous = (basedOn != null) ? this.concepts.fields(tenantId, basedOn) : List.of();
		for (DefaultFields.DefaultField field : DefaultFields.FIELDS) {
			UUID copiedFrom = previous.stream()
				.filter((old) -> old.name().equals(field.name()))
				.map(Field::id)
				.findFirst()
				.orElse(null);
			this.concepts.addField(tenantId, id, field.name(), null, field.indicatorCodes(), copiedFrom);
		}
		return id;
	}

}
