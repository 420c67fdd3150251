package de.teilhabe.strategy.measure;

import java.util.Set;

import de.teilhabe.shared.startup.StartupTask;
import de.teilhabe.strategy.goal.DemoGoals;

import org.springframework.stereotype.Component;

/**
 * Demo mode only: the measures of the demo Landkreis, carried by demo organisations of
 * the network (among them the demo partner's). Part of the module's demo data, which run
 * in the order concept, dialog, goals, measures.
 */
@Component
public class DemoMeasures implements StartupTask {

	/** The name the next demo task of the module names in its {@code after()}. */
	public static final String NAME = "strategy measures demo data";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Set<String> after() {
		return Set.of(DemoGoals.NAME, "network demo data");
	}

	@Override
	public void run() {
		// filled by the issue 13 work on this part (issue 13 is open until it is)
	}

}
