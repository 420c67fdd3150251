package de.teilhabe.network.project;

import java.util.UUID;

import de.teilhabe.network.form.Filter;
import de.teilhabe.network.organisation.FieldOfWork;
import de.teilhabe.shared.web.BadRequestException;

/**
 * Search and filters of the project list; empty strings for "any".
 *
 * @param q text, matched in title, goal, concept references and funding sources
 * @param status a {@link ProjectStatus} name
 * @param field a {@link FieldOfWork} name
 * @param organisation an organisation that leads the project or is a partner (id)
 */
public record ProjectFilter(String q, String status, String field, String organisation) {

	public ProjectFilter {
		Filter text = new Filter(q, null, null, null, field);
		q = text.q();
		field = text.field();
		status = (status != null) ? status.strip() : "";
		organisation = (organisation != null) ? organisation.strip() : "";
		if (!status.isEmpty() && !isConstant(ProjectStatus.class, status)) {
			throw new BadRequestException("network.error.filter.status");
		}
		if (!field.isEmpty() && !isConstant(FieldOfWork.class, field)) {
			throw new BadRequestException("network.error.filter.field");
		}
		if (!organisation.isEmpty()) {
			try {
				UUID.fromString(organisation);
			}
			catch (IllegalArgumentException ex) {
				throw new BadRequestException("network.error.filter.organisation");
			}
		}
	}

	public String likePattern() {
		return new Filter(this.q, null, null, null, null).likePattern();
	}

	private static <E extends Enum<E>> boolean isConstant(Class<E> type, String name) {
		return java.util.Arrays.stream(type.getEnumConstants()).anyMatch((constant) -> constant.name().equals(name));
	}

}
