package de.teilhabe.portal.accessibility;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.UserDirectory;
import de.teilhabe.region.TenantSettings;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.mail.MailOutbox;
import de.teilhabe.shared.privacy.RetentionRule;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.PlatformAddress;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Barriers reported on the accessibility statement (the feedback mechanism): stored all
 * or nothing, the office told by mail (its address in the tenant settings, else every
 * STRATEGY user) with what the reporter wrote and nothing else, listed for the office.
 * Deleted {@link #KEPT} after they were reported (retention rule
 * {@code portal.barrier-report}).
 */
@Service
public class BarrierReports implements RetentionRule {

	/** How long a report is kept. */
	static final Duration KEPT = Duration.ofDays(730);

	/** The fields of the form. */
	public static final List<String> FIELDS = FormBinder.fields(BarrierForm.class);

	private final JdbcClient jdbc;

	private final FormBinder binder;

	private final MailOutbox mails;

	private final UserDirectory users;

	private final Tenants tenants;

	private final MessageSource messages;

	private final PlatformAddress address;

	private final TransactionTemplate transaction;

	private final Clock clock;

	BarrierReports(JdbcClient jdbc, FormBinder binder, MailOutbox mails, UserDirectory users, Tenants tenants,
			MessageSource messages, PlatformAddress address, TransactionTemplate transaction, Clock clock) {
		this.jdbc = jdbc;
		this.binder = binder;
		this.mails = mails;
		this.users = users;
		this.tenants = tenants;
		this.messages = messages;
		this.address = address;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * A reported barrier.
	 *
	 * @param id its id
	 * @param language the language of the page it was sent on
	 * @param address where, or null
	 * @param description what
	 * @param contact the reporter's contact, or null
	 * @param createdAt when
	 */
	public record Report(UUID id, String language, String address, String description, String contact,
			OffsetDateTime createdAt) {
	}

	/**
	 * Checks the values of the form, and stores them and tells the office if they are
	 * right.
	 * @param store false to check only
	 */
	public CheckedValues report(UUID tenantId, String language, Map<String, ?> raw, boolean store) {
		Map<String, Object> input = new LinkedHashMap<>();
		raw.forEach((field, value) -> {
			if (FIELDS.contains(field)) {
				input.put(field, value);
			}
		});
		FormBinder.Bound<BarrierForm> bound = this.binder.bind(input, BarrierForm.class);
		if (store && bound.valid()) {
			BarrierForm form = bound.form();
			this.transaction.executeWithoutResult((status) -> {
				this.jdbc.sql("""
						INSERT INTO portal_barrier_report (tenant_id, id, language, address, description, contact,
						  created_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
					.params(tenantId, UUID.randomUUID(), language, form.address(), form.description(), form.contact(),
							OffsetDateTime.now(this.clock))
					.update();
				tellOffice(tenantId, form);
			});
		}
		return bound.checked();
	}

	private void tellOffice(UUID tenantId, BarrierForm form) {
		Set<String> recipients = new LinkedHashSet<>();
		this.tenants.settings(tenantId)
			.map(TenantSettings::email)
			.filter((email) -> email != null && !email.isBlank())
			.ifPresent(recipients::add);
		if (recipients.isEmpty()) {
			this.users.activeUsersWithRole(tenantId, Role.STRATEGY)
				.keySet()
				.forEach((userId) -> this.users.emailOf(tenantId, userId)
					.filter((email) -> !email.isBlank())
					.ifPresent(recipients::add));
		}
		Locale german = Locale.GERMAN;
		String subject = this.messages.getMessage("portal.forms.barrier.mail.subject", null, german);
		String body = this.messages.getMessage("portal.forms.barrier.mail.body",
				new Object[] { (form.address() != null) ? form.address() : "–", form.description(),
						(form.contact() != null) ? form.contact() : "–",
						this.address.base() + BarrierReportsController.PATH },
				german);
		recipients.forEach((to) -> this.mails.queue(tenantId, to, subject, body));
	}

	/** The reports of a tenant, newest first. */
	public List<Report> list(UUID tenantId) {
		return this.jdbc.sql("""
				SELECT id, language, address, description, contact, created_at FROM portal_barrier_report
				WHERE tenant_id = ? ORDER BY created_at DESC, id LIMIT 500""")
			.param(tenantId)
			.query(Report.class)
			.list();
	}

	@Override
	public String name() {
		return "portal.barrier-report";
	}

	@Override
	public String description() {
		return "portal.forms.barrier.retention.description";
	}

	@Override
	public String period() {
		return "portal.forms.barrier.retention.period";
	}

	@Override
	public int apply(UUID tenantId, Instant now) {
		if (tenantId == null) {
			return 0;
		}
		return this.jdbc.sql("DELETE FROM portal_barrier_report WHERE tenant_id = ? AND created_at < ?")
			.params(tenantId, OffsetDateTime.ofInstant(now.minus(KEPT), ZoneOffset.UTC))
			.update();
	}

}
