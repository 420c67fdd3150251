package de.teilhabe.strategy.dialog;

import java.util.Set;

import de.teilhabe.strategy.concept.DemoConcept;
import de.teilhabe.shared.startup.StartupTask;

import org.springframework.stereotype.Component;

/**
 * Demo mode only: the Integrationsdialog 2017 of the demo Landkreis with one workshop per
 * stakeholder group and its statements. Part of the module's demo data, which run in the
 * order concept, dialog, goals, measures.
 */
@Component
public class DemoDialog implements StartupTask {

	/** The name the next demo task of the module names in its {@code after()}. */
	public static final String NAME = "strategy dialog demo data";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Set<String> after() {
		return Set.of(DemoConcept.NAME);
	}

	@Override
	public void run() {
		// filled by the issue 13 work on this part (issue 13 is open until it is)
	}

}
