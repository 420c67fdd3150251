package de.teilhabe.network.moderation;

/**
 * What a moderated change is about.
 */
public enum EntityType {

	ORGANISATION, OFFER, EVENT, CONTACT

}
