package de.teilhabe.shared.startup;

/**
 * Work that must be done before the platform reports healthy: reference data, demo data,
 * bootstrap of the first tenant. Tasks run once per start, in {@link #order()}, each in
 * its own transaction, after the migrations.
 */
public interface StartupTask {

	/** Reference data of every mode. */
	int REFERENCE_DATA = 100;

	/** Tenants: demo tenants or the bootstrapped first tenant. */
	int TENANTS = 200;

	/** Users of those tenants. */
	int USERS = 300;

	/** Everything modules add on top. */
	int MODULE_DATA = 400;

	int order();

	String name();

	void run();

}
