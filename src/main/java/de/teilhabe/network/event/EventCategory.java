package de.teilhabe.network.event;

/**
 * Categories of events (Veranstaltungen).
 */
public enum EventCategory {

	INFORMATION, TRAINING, WORKSHOP, CULTURE, FESTIVAL, MEETING, SPORTS, OTHER

}
