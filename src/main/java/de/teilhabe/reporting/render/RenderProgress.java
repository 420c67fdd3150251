package de.teilhabe.reporting.render;

/**
 * How a rendering reports its progress and learns it is to stop. Called from the thread
 * that renders.
 */
public interface RenderProgress {

	/** Chapter {@code done} of {@code total} is finished (both count from 1). */
	void chapterDone(int done, int total);

	/**
	 * Whether the run was cancelled; the renderer checks it between chapters (and between
	 * region profiles) and then throws {@link RenderCancelledException}.
	 */
	boolean cancelled();

	/** For tests and callers that need no progress. */
	RenderProgress NONE = new RenderProgress() {

		@Override
		public void chapterDone(int done, int total) {
		}

		@Override
		public boolean cancelled() {
			return false;
		}

	};

}
