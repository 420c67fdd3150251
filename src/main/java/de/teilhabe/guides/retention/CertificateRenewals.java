package de.teilhabe.guides.retention;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import de.teilhabe.guides.guide.Guides;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.WorkItem;
import de.teilhabe.shared.web.WorkQueue;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reminder to renew police certificates: a guide who is on the way to or in the
 * engagement (certificate inspected, active, paused) whose certificate's period
 * ({@code teilhabe.guides.certificate-valid-years}, default 5) ends within
 * {@code teilhabe.guides.certificate-reminder-days} (default 60) or has ended. The
 * coordinator sees how many on the start page and lists them on
 * {@code /guides/certificate-renewals}.
 */
@Component
class CertificateRenewals implements WorkQueue {

	private final JdbcClient jdbc;

	private final Guides guides;

	private final int reminderDays;

	CertificateRenewals(JdbcClient jdbc, Guides guides,
			@Value("${teilhabe.guides.certificate-reminder-days:60}") int reminderDays) {
		this.jdbc = jdbc;
		this.guides = guides;
		this.reminderDays = Math.max(0, reminderDays);
	}

	/**
	 * The guides whose certificate is due for renewal on a day, the most overdue first.
	 */
	List<Due> due(UUID tenantId, LocalDate today) {
		Period validity = this.guides.certificateValidity();
		// inspected on or before this day: the period ends within the reminder's days
		LocalDate inspectedBy = today.plusDays(this.reminderDays).minus(validity);
		return this.jdbc.sql("""
				SELECT id, name, state, certificate_inspected_on FROM guide_profile
				WHERE tenant_id = ? AND state IN ('CERTIFICATE_INSPECTED', 'ACTIVE', 'PAUSED')
				  AND certificate_inspected_on IS NOT NULL AND certificate_inspected_on <= ?
				ORDER BY certificate_inspected_on, lower(name), id""")
			.params(tenantId, inspectedBy)
			.query((rs, row) -> {
				LocalDate inspected = rs.getObject("certificate_inspected_on", LocalDate.class);
				LocalDate ends = inspected.plus(validity);
				return new Due(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("state"), inspected,
						ends, !ends.isAfter(today));
			})
			.list();
	}

	@Override
	public List<WorkItem> itemsFor(Actor actor) {
		if (!actor.has(Role.GUIDE_COORDINATOR)) {
			return List.of();
		}
		int count = due(actor.tenantId(), this.guides.today()).size();
		return (count == 0) ? List.of()
				: List.of(new WorkItem("guides.renewal.work", "/guides/certificate-renewals", count));
	}

	/**
	 * A guide whose certificate is due.
	 *
	 * @param guideId the profile
	 * @param name the guide's name
	 * @param state the lifecycle state's name
	 * @param inspectedOn when the certificate was inspected
	 * @param endsOn the first day it no longer counts
	 * @param overdue whether that day has come
	 */
	record Due(UUID guideId, String name, String state, LocalDate inspectedOn, LocalDate endsOn, boolean overdue) {
	}

}
