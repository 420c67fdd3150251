package de.teilhabe.guides.assignment;

import java.util.List;
import java.util.Optional;

import de.teilhabe.guides.AccompaniedPersonContacts;
import de.teilhabe.guides.AccompaniedPersonContacts.PersonContact;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.web.ConflictException;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * The contact of the person a guide accompanies, for the guide's page and the API alike:
 * only for the guide's own accepted assignment (409 otherwise), from the side that asked
 * for the accompaniment ({@link AccompaniedPersonContacts}; 404 if no side holds one).
 */
@Component
class PersonContacts {

	private final List<AccompaniedPersonContacts> sources;

	PersonContacts(List<AccompaniedPersonContacts> sources) {
		this.sources = sources;
	}

	PersonContact of(Actor guide, Assignment assignment) {
		if (assignment.status() != AssignmentStatus.ACCEPTED) {
			throw new ConflictException("guides.accompaniment.error.notAccepted");
		}
		return this.sources.stream()
			.map((source) -> source.contactOf(guide, guide.tenantId(), assignment.requestId()))
			.flatMap(Optional::stream)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("guides.accompaniment.error.noContact"));
	}

}
