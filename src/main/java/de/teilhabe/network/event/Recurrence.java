package de.teilhabe.network.event;

/**
 * How an event repeats: a simple subset of the iCalendar RRULE (FREQ with INTERVAL and
 * UNTIL).
 */
public enum Recurrence {

	NONE, DAILY, WEEKLY, MONTHLY

}
