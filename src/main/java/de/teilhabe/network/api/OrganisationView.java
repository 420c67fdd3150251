package de.teilhabe.network.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import de.teilhabe.network.organisation.Organisation;

/**
 * An organisation as the read API shows it: public data only.
 */
record OrganisationView(UUID id, String kind, String name, String street, String postcode, String city,
		BigDecimal latitude, BigDecimal longitude, List<String> regions, List<String> languages,
		List<String> targetGroups, List<String> fieldsOfWork, List<String> tags, String website, String email,
		String phone, String openingHours, String description, List<NetworkApiController.PublicContact> contacts) {

	static OrganisationView of(Organisation organisation, List<NetworkApiController.PublicContact> contacts) {
		return new OrganisationView(organisation.id(), organisation.kind().name(), organisation.name(),
				organisation.street(), organisation.postcode(), organisation.city(), organisation.latitude(),
				organisation.longitude(), organisation.regions(), organisation.languages(), organisation.targetGroups(),
				organisation.fieldsOfWork(), organisation.tags(), organisation.website(), organisation.email(),
				organisation.phone(), organisation.openingHours(), organisation.description(), contacts);
	}

}
