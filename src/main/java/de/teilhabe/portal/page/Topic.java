package de.teilhabe.portal.page;

/**
 * What a page is about (a newcomer's topic). A top-level page with a topic is shown among
 * the topics of the tenant's public start page; labels {@code portal.topic.<NAME>}.
 */
public enum Topic {

	ARRIVAL, RESIDENCE, LANGUAGE, WORK, HOUSING, HEALTH, SCHOOL, COUNSELLING, LEISURE, EMERGENCY

}
