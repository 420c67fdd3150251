package de.teilhabe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold, and the module documentation in docs/modules (committed,
 * linked from docs/architecture.md) is generated from the code: run this test and commit
 * the result whenever a module's API changes.
 */
class ModularityTest {

	static final Path DOCS = Path.of("docs/modules");

	private final ApplicationModules modules = ApplicationModules.of(TeilhabeApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() throws IOException {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		try (Stream<Path> files = Files.list(DOCS)) {
			for (Path diagram : files.filter((file) -> file.toString().endsWith(".puml")).toList()) {
				Files.write(diagram, relationsSorted(Files.readAllLines(diagram)));
			}
		}
	}

	/**
	 * The Documenter writes a diagram's relations in no fixed order; sorted, the
	 * committed files change only when the modules do.
	 */
	static List<String> relationsSorted(List<String> lines) {
		List<String> result = new ArrayList<>(lines);
		int start = 0;
		while (start < result.size()) {
			int end = start;
			while (end < result.size() && result.get(end).startsWith("Rel(")) {
				end++;
			}
			Collections.sort(result.subList(start, end));
			start = end + 1;
		}
		return result;
	}

}
