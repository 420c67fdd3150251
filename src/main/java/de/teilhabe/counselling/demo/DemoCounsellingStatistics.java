package de.teilhabe.counselling.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.UserDirectory;
import de.teilhabe.counselling.casework.BenefitStatus;
import de.teilhabe.counselling.statistics.CounsellingSeries;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo statistics of the Beratungsstelle (demo mode, while serving, after the demo
 * contacts): the benefit status at the start of every demo case with a client and at the
 * end of every closed one (seeded by the case id: about a third on Bürgergeld at the
 * start, some leaving benefits by the end), then the operational series of the last 12
 * months published to the monitoring ({@link CounsellingSeries}). Skipped when a demo
 * case has a benefit status already (a second start adds nothing).
 */
@Component
class DemoCounsellingStatistics extends DemoOfficeTask {

	static final String NAME = "counselling demo statistics";

	private static final Logger log = LoggerFactory.getLogger(DemoCounsellingStatistics.class);

	private static final BenefitStatus[] START = { BenefitStatus.SGB_II, BenefitStatus.SGB_II, BenefitStatus.SGB_II,
			BenefitStatus.SGB_II, BenefitStatus.SGB_II, BenefitStatus.SGB_II, BenefitStatus.SGB_II,
			BenefitStatus.ASYLBLG, BenefitStatus.ASYLBLG, BenefitStatus.ASYLBLG, BenefitStatus.SGB_XII,
			BenefitStatus.SGB_XII, BenefitStatus.SGB_III, BenefitStatus.BAFOEG_TRAINING, BenefitStatus.BAFOEG_TRAINING,
			BenefitStatus.NONE, BenefitStatus.NONE, BenefitStatus.NONE, BenefitStatus.NONE, BenefitStatus.UNKNOWN };

	private final JdbcClient jdbc;

	private final CounsellingSeries series;

	DemoCounsellingStatistics(Tenants tenants, UserDirectory users, PlatformMode mode, JdbcClient jdbc,
			CounsellingSeries series) {
		super(NAME, DemoContacts.NAME, tenants, users, mode);
		this.jdbc = jdbc;
		this.series = series;
	}

	/**
	 * After the demo contacts and the indicator catalogue: publishing recomputes the
	 * shipped indicators reading the series (beratung-faelle, beratung-personen,
	 * beratung-kontakte), which the catalogue must have stored.
	 */
	@Override
	public Set<String> after() {
		return Set.of(DemoContacts.NAME, "indicator catalogue");
	}

	@Override
	void seed(Office office) {
		UUID tenantId = office.tenant().id();
		boolean seeded = this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM counselling_case WHERE tenant_id = ? AND benefit_at_start IS NOT NULL)")
			.param(tenantId)
			.query(Boolean.class)
			.single();
		if (seeded) {
			return;
		}
		List<Object[]> cases = this.jdbc
			.sql("SELECT id, status FROM counselling_case WHERE tenant_id = ? AND kind <> 'SHORT_CONTACT' ORDER BY id")
			.param(tenantId)
			.query((rs, row) -> new Object[] { rs.getObject("id", UUID.class), rs.getString("status") })
			.list();
		List<UUID> ids = new ArrayList<>();
		List<String> starts = new ArrayList<>();
		List<String> ends = new ArrayList<>();
		for (Object[] row : cases) {
			UUID id = (UUID) row[0];
			Random random = new Random(id.getMostSignificantBits() ^ 0x5747L);
			BenefitStatus start = START[random.nextInt(START.length)];
			BenefitStatus end = null;
			if ("CLOSED".equals(row[1])) {
				end = end(start, random);
			}
			ids.add(id);
			starts.add(start.name());
			ends.add((end != null) ? end.name() : null);
		}
		this.jdbc.sql("""
				UPDATE counselling_case c SET benefit_at_start = u.s, benefit_at_end = u.e
				FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS text[])) AS u(id, s, e)
				WHERE c.tenant_id = ? AND c.id = u.id""")
			.params(ids.toArray(UUID[]::new), starts.toArray(String[]::new), ends.toArray(String[]::new), tenantId)
			.update();
		long started = System.nanoTime();
		this.series.publishLastMonths(tenantId, 12);
		log.info("Published the demo counselling series of the last 12 months in {} ms",
				(System.nanoTime() - started) / 1_000_000);
	}

	/** The status at the end: mostly the same, some into work or training. */
	private static BenefitStatus end(BenefitStatus start, Random random) {
		int draw = random.nextInt(10);
		return switch (start) {
			case SGB_II, SGB_III ->
				(draw < 3) ? BenefitStatus.NONE : (draw < 4) ? BenefitStatus.BAFOEG_TRAINING : start;
			case ASYLBLG -> (draw < 5) ? BenefitStatus.SGB_II : start;
			case UNKNOWN -> (draw < 5) ? BenefitStatus.UNKNOWN : BenefitStatus.NONE;
			default -> start;
		};
	}

}
