package de.teilhabe.guides.request;

/** How urgent a request is. */
public enum Urgency {

	LOW, NORMAL, HIGH

}
