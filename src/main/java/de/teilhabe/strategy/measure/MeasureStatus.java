package de.teilhabe.strategy.measure;

/**
 * Where a measure stands: planned, running, done or dropped.
 */
public enum MeasureStatus {

	PLANNED, RUNNING, DONE, DROPPED

}
