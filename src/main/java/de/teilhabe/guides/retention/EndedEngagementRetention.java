package de.teilhabe.guides.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import de.teilhabe.privacy.Consents;
import de.teilhabe.shared.privacy.RetentionRule;
import de.teilhabe.shared.time.Times;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The retention rules of guide data, applied by the privacy module's nightly job: the
 * record of the police certificate (inspection date and whether it had no relevant entry)
 * is deleted 3 months after the engagement ended, the whole profile (languages,
 * availability, qualifications, lifecycle and assignments with it) 12 months after. The
 * day the engagement ended is the profile's {@code ended_on}, compared with the office's
 * day of the run.
 */
@Configuration(proxyBeanMethods = false)
class EndedEngagementRetention {

	/** Months after the end after which the certificate record is deleted. */
	static final int CERTIFICATE_MONTHS = 3;

	/** Months after the end after which the profile is deleted. */
	static final int PROFILE_MONTHS = 12;

	/** The subject type of consents about a guide profile. */
	static final String CONSENT_SUBJECT = "guide";

	/** Why a consent was withdrawn with its profile. */
	static final String WITHDRAWAL_NOTE = "Profil nach Ablauf der Aufbewahrungsfrist gelöscht";

	@Bean
	RetentionRule guideCertificateRetention(JdbcClient jdbc, Times times) {
		return new Rule("guides.certificate", "guides.retention.certificate", (tenantId, now) -> {
			LocalDate limit = times.local(now).toLocalDate().minusMonths(CERTIFICATE_MONTHS);
			return jdbc.sql("""
					UPDATE guide_profile SET certificate_inspected_on = NULL, certificate_no_relevant_entry = FALSE
					WHERE tenant_id = ? AND state = 'ENDED' AND ended_on < ?
					  AND (certificate_inspected_on IS NOT NULL OR certificate_no_relevant_entry)""")
				.params(tenantId, limit)
				.update();
		});
	}

	/**
	 * The profile rule also withdraws the consents still valid for a deleted profile
	 * (e.g. of the public sign-up), so that the privacy module anonymises them in turn.
	 */
	@Bean
	RetentionRule guideProfileRetention(JdbcClient jdbc, Times times, Consents consents) {
		return new Rule("guides.profile", "guides.retention.profile", (tenantId, now) -> {
			LocalDate limit = times.local(now).toLocalDate().minusMonths(PROFILE_MONTHS);
			List<UUID> deleted = jdbc
				.sql("DELETE FROM guide_profile WHERE tenant_id = ? AND state = 'ENDED' AND ended_on < ? RETURNING id")
				.params(tenantId, limit)
				.query(UUID.class)
				.list();
			OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
			for (UUID id : deleted) {
				consents.history(tenantId, CONSENT_SUBJECT, id.toString())
					.stream()
					.filter((consent) -> consent.validAt(at))
					.forEach((consent) -> consents.withdraw(tenantId, consent.id(), at, WITHDRAWAL_NOTE));
			}
			return deleted.size();
		});
	}

	/** What a rule does to one tenant's records. */
	@FunctionalInterface
	interface Application {

		int apply(UUID tenantId, Instant now);

	}

	/**
	 * A rule of this module: its texts are {@code <texts>.description} and
	 * {@code <texts>.period}; the records of no tenant are none of its business.
	 */
	record Rule(String name, String texts, Application application) implements RetentionRule {

		@Override
		public String description() {
			return this.texts + ".description";
		}

		@Override
		public String period() {
			return this.texts + ".period";
		}

		@Override
		public int apply(UUID tenantId, Instant now) {
			return (tenantId != null) ? this.application.apply(tenantId, now) : 0;
		}

	}

}
