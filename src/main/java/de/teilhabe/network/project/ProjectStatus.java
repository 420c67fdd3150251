package de.teilhabe.network.project;

/**
 * Where a project stands.
 */
public enum ProjectStatus {

	PLANNED, RUNNING, COMPLETED, CANCELLED

}
