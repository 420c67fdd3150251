package de.teilhabe.strategy.goal;

import java.util.Set;

import de.teilhabe.shared.startup.StartupTask;
import de.teilhabe.strategy.dialog.DemoDialog;

import org.springframework.stereotype.Component;

/**
 * Demo mode only: at least 12 SMART goals of the demo Landkreis bound to real indicators
 * of Landkreis Osnabrück (03459), linked to the statements of the demo dialog they
 * answer. Part of the module's demo data, which run in the order concept, dialog, goals,
 * measures.
 */
@Component
public class DemoGoals implements StartupTask {

	/** The name the next demo task of the module names in its {@code after()}. */
	public static final String NAME = "strategy goals demo data";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Set<String> after() {
		return Set.of(DemoDialog.NAME);
	}

	@Override
	public void run() {
		// filled by the issue 13 work on this part (issue 13 is open until it is)
	}

}
