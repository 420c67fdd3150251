package de.teilhabe.monitoring.statistics.importing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared data folder: {@code teilhabe.shared-data} (set by the surefire configuration
 * to {@code ../shared/data}); from a git worktree deeper in the tree, the nearest
 * {@code shared/data} of an ancestor folder.
 */
final class SharedData {

	private SharedData() {
	}

	static Path path() {
		Path configured = Path.of(System.getProperty("teilhabe.shared-data", "../shared/data"));
		if (Files.isDirectory(configured)) {
			return configured;
		}
		for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
			Path candidate = folder.resolve("shared/data");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		return configured;
	}

}
