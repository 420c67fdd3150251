package de.teilhabe.access;

import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.access.AuditLog.AuditEntry;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * What the tests of the audit page share: the platform, its audit log, and a tenant of a
 * test's own whose hash chain the test may break.
 */
abstract class AuditTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	AuditLog audit;

	@Autowired
	Tenants tenants;

	AccessFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = AccessFixtures.of(this.context);
	}

	/** A tenant of its own, so that no other test sees its broken chain. */
	Tenant ownTenant(String slugPrefix) {
		return this.tenants.create(slugPrefix + "-" + System.nanoTime(), "Prüf-Gemeinde", "03459", true);
	}

	/** Entries {@code entry-0}, {@code entry-1}, ... in the tenant's chain. */
	void record(Tenant tenant, int entries) {
		for (int i = 0; i < entries; i++) {
			this.audit.record(new AuditEntry(tenant.id(), null, "system", AuditCategory.OTHER, "test.chain", "test",
					"entry-" + i, null, null));
		}
	}

	long entryId(Tenant tenant, String recordId) {
		return this.fixtures.jdbc()
			.sql("SELECT min(id) FROM audit_event WHERE tenant_id = ? AND record_id = ?")
			.params(tenant.id(), recordId)
			.query(Long.class)
			.single();
	}

	/**
	 * Changes an entry behind the append-only trigger's back, as a database superuser
	 * could.
	 */
	void tamper(long id) {
		this.fixtures.tamperWithAuditEntry(id);
	}

}
