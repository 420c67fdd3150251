package de.teilhabe.guides.matching;

import com.google.ortools.Loader;

/**
 * Loads the native OR-Tools libraries once, on first use: the JVM initialises the holder
 * class at most once, on the first thread that asks, and makes every other thread wait
 * for it. A failure is kept and reported on each use rather than leaving the class
 * unusable with a bare NoClassDefFoundError.
 */
final class NativeLibraries {

	private NativeLibraries() {
	}

	/**
	 * Makes sure the native libraries are loaded.
	 * @throws IllegalStateException if they cannot be loaded on this platform
	 */
	static void load() {
		if (Holder.FAILURE != null) {
			throw new IllegalStateException("The OR-Tools native libraries could not be loaded", Holder.FAILURE);
		}
	}

	private static final class Holder {

		static final Throwable FAILURE = tryLoading();

		private static Throwable tryLoading() {
			try {
				Loader.loadNativeLibraries();
				return null;
			}
			catch (RuntimeException | LinkageError ex) {
				return ex;
			}
		}

	}

}
