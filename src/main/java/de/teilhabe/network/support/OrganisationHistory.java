package de.teilhabe.network.support;

import java.util.List;
import java.util.UUID;

import de.teilhabe.network.project.ProjectStore;
import de.teilhabe.network.project.ProjectStore.Involvement;
import de.teilhabe.shared.security.CurrentActor;

import org.springframework.stereotype.Component;

/**
 * An organisation's history of support by the office, shown on its page (the template
 * calls {@code @organisationHistory.of(id)} for whoever may see the organisation): the
 * trainings it attended, the intercultural-opening support it got and the projects it
 * leads or takes part in.
 */
@Component("organisationHistory")
public class OrganisationHistory {

	private final SupportStore support;

	private final ProjectStore projects;

	OrganisationHistory(SupportStore support, ProjectStore projects) {
		this.support = support;
		this.projects = projects;
	}

	/** The history of an organisation of the signed-in user's tenant. */
	public History of(UUID organisationId) {
		UUID tenantId = CurrentActor.get().tenantId();
		return new History(this.support.trainings(tenantId, null, organisationId),
				this.support.openings(tenantId, organisationId),
				this.projects.ofOrganisation(tenantId, organisationId));
	}

	/**
	 * What the office did with an organisation.
	 *
	 * @param trainings trainings it attended, newest first
	 * @param openings intercultural-opening support, newest first
	 * @param projects projects it leads or takes part in
	 */
	public record History(List<Training> trainings, List<OpeningSupport> openings, List<Involvement> projects) {

		public boolean isEmpty() {
			return this.trainings.isEmpty() && this.openings.isEmpty() && this.projects.isEmpty();
		}

	}

}
