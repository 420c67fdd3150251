package de.teilhabe.network.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An integration project (Integrationsprojekt). In lists the partners, funding sources
 * and milestones are empty; {@link ProjectStore#find} loads them.
 *
 * @param id its id
 * @param title the title
 * @param goal what it is to achieve
 * @param fieldsOfWork fields of work (names of
 * {@link de.teilhabe.network.organisation.FieldOfWork})
 * @param leadOrganisationId the organisation that initiated and coordinates it (null: the
 * office itself)
 * @param leadOrganisationName its name (null: the office)
 * @param status where it stands
 * @param startDate when it starts, or null
 * @param endDate when it ends, or null
 * @param budget the whole budget in euro, or null
 * @param evaluation evaluation notes
 * @param conceptRefs IDs of goals and measures of the integration concept (resolved by a
 * later module)
 * @param partners partner organisations with their role
 * @param funding funding sources with their amounts
 * @param milestones milestones by date
 */
public record Project(UUID id, String title, String goal, List<String> fieldsOfWork, UUID leadOrganisationId,
		String leadOrganisationName, ProjectStatus status, LocalDate startDate, LocalDate endDate, BigDecimal budget,
		String evaluation, List<String> conceptRefs, List<Partner> partners, List<Funding> funding,
		List<Milestone> milestones) {

	/** The sum of the funding amounts given. */
	public BigDecimal fundingTotal() {
		return this.funding.stream()
			.map(Funding::amount)
			.filter(java.util.Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * A partner organisation.
	 *
	 * @param organisationId the organisation
	 * @param organisationName its name
	 * @param role its role in the project, or null
	 */
	public record Partner(UUID organisationId, String organisationName, String role) {
	}

	/**
	 * A funding source.
	 *
	 * @param source who funds (e.g. a programme)
	 * @param amount how much in euro, or null if not known
	 */
	public record Funding(String source, BigDecimal amount) {
	}

	/**
	 * A milestone.
	 *
	 * @param dueDate when
	 * @param title what
	 * @param done whether it is reached
	 */
	public record Milestone(LocalDate dueDate, String title, boolean done) {
	}

}
