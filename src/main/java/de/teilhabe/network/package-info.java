/**
 * Akteursnetzwerk: the organisations the office works with (migrant self-organisations,
 * welfare associations, authorities, schools, clubs, ...), their contact persons, offers
 * and events; PARTNER users edit their own organisation and their changes go live only
 * after the office approves them; a read API for the public portal and one for staff
 * tokens. Other modules read the organisations through {@link Organisations} and hear of
 * {@link OrganisationRenamed} and {@link OrganisationRemoved}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Akteursnetzwerk")
package de.teilhabe.network;
