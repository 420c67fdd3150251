package de.teilhabe.reporting.render;

/** A rendering stopped because its run was cancelled. */
public class RenderCancelledException extends RuntimeException {

	public RenderCancelledException() {
		super("the report run was cancelled");
	}

}
