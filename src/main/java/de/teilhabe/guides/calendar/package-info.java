/**
 * A guide's assignments as an iCalendar feed behind a secret, revocable address.
 */
package de.teilhabe.guides.calendar;
