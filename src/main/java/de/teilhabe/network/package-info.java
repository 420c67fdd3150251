/**
 * Akteursnetzwerk: the organisations the office works with (migrant self-organisations,
 * welfare associations, authorities, schools, clubs, ...), their contact persons, offers
 * and events; PARTNER users edit their own organisation and their changes go live only
 * after the office approves them; a read API for the public portal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Akteursnetzwerk")
package de.teilhabe.network;
