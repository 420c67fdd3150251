package de.teilhabe;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold, and the module documentation in docs/modules (committed,
 * linked from docs/architecture.md) is generated from the code: run this test and commit
 * the result whenever a module's API changes.
 */
class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(TeilhabeApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
