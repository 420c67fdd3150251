package de.teilhabe.support;

/**
 * The screen a {@link Browser} emulates.
 */
public enum Screen {

	/** A desktop window, 1280 × 1024. */
	DESKTOP(1280, 1024, false),

	/**
	 * A phone, 390 × 844 CSS pixels (an iPhone 12–15): every page visited must fit its
	 * width ({@code document.documentElement.scrollWidth <= 390}).
	 */
	PHONE(390, 844, true),

	/**
	 * A desktop window on which every page checked is checked a second time as on a
	 * {@link #PHONE}: after the check at 1280 px the browser emulates the phone's screen,
	 * runs axe-core again and measures the width, then returns to the desktop (one visit
	 * instead of a second class running the same journey on a phone).
	 */
	DESKTOP_AND_PHONE(1280, 1024, false);

	private final int width;

	private final int height;

	private final boolean mobile;

	Screen(int width, int height, boolean mobile) {
		this.width = width;
		this.height = height;
		this.mobile = mobile;
	}

	public int width() {
		return this.width;
	}

	public int height() {
		return this.height;
	}

	public boolean mobile() {
		return this.mobile;
	}

}
