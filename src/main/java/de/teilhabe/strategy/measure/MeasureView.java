package de.teilhabe.strategy.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.strategy.measure.Measure.GoalRef;

/**
 * A measure as pages and the API show it: its organisations with their current names.
 *
 * @param lead the lead organisation, null when the office carries it itself
 * @param partners the partner organisations, in order
 */
public record MeasureView(UUID id, String title, String description, MeasureStatus status, List<GoalRef> goals,
		OrganisationRef lead, List<OrganisationRef> partners, LocalDate startDate, LocalDate endDate, BigDecimal budget,
		String funding) {

	/** The names of the Handlungsfelder of its goals, each once, joined with commas. */
	public String fieldNames() {
		return String.join(", ", this.goals.stream().map(GoalRef::field).distinct().toList());
	}

	/**
	 * An organisation of the network by id and name.
	 */
	public record OrganisationRef(UUID id, String name) {
	}

	/**
	 * The view of a measure with the names of the tenant's organisations (an organisation
	 * no longer found keeps its place with an empty name until its removal is heard).
	 */
	public static MeasureView of(Measure measure, Map<UUID, String> names) {
		OrganisationRef lead = (measure.leadOrganisationId() != null) ? new OrganisationRef(
				measure.leadOrganisationId(), names.getOrDefault(measure.leadOrganisationId(), "")) : null;
		List<OrganisationRef> partners = measure.partnerOrganisationIds()
			.stream()
			.map((id) -> new OrganisationRef(id, names.getOrDefault(id, "")))
			.toList();
		return new MeasureView(measure.id(), measure.title(), measure.description(), measure.status(), measure.goals(),
				lead, partners, measure.startDate(), measure.endDate(), measure.budget(), measure.funding());
	}

}
