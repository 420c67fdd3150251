package de.teilhabe.counselling.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

import de.teilhabe.access.UserDirectory;
import de.teilhabe.shared.jobs.JobLock;
import de.teilhabe.shared.mail.MailOutbox;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.PlatformAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds every counsellor of next day's appointments, every afternoon
 * ({@code teilhabe.counselling.reminder.cron}, default 16:00 in the office's time zone),
 * on one instance: a mail through the platform's outbox that says only how many planned
 * appointments there are and links to the calendar (no client, no time, no place: a mail
 * leaves the platform). At most one mail per counsellor and day, also when the job runs
 * twice; a counsellor without an e-mail address is reminded on the start page only.
 */
@Component
class AppointmentReminders {

	static final String JOB = "counselling appointment reminders";

	private static final Logger log = LoggerFactory.getLogger(AppointmentReminders.class);

	private final AppointmentStore store;

	private final JobLock lock;

	private final MailOutbox mails;

	private final UserDirectory users;

	private final MessageSource messages;

	private final Times times;

	private final Clock clock;

	private final JdbcClient jdbc;

	private final PlatformAddress address;

	AppointmentReminders(AppointmentStore store, JobLock lock, MailOutbox mails, UserDirectory users,
			MessageSource messages, Times times, Clock clock, JdbcClient jdbc, PlatformAddress address) {
		this.store = store;
		this.lock = lock;
		this.mails = mails;
		this.users = users;
		this.messages = messages;
		this.times = times;
		this.clock = clock;
		this.jdbc = jdbc;
		this.address = address;
	}

	@Scheduled(cron = "${teilhabe.counselling.reminder.cron:0 0 16 * * *}",
			zone = "${teilhabe.time-zone:Europe/Berlin}")
	void remind() {
		this.lock.runExclusively(JOB, this::queueReminders);
	}

	/**
	 * Queues the reminders of tomorrow's appointments not queued yet.
	 * @return how many mails were queued
	 */
	int queueReminders() {
		LocalDate tomorrow = this.times.today(this.clock).plusDays(1);
		OffsetDateTime from = tomorrow.atStartOfDay(this.times.zone()).toOffsetDateTime();
		OffsetDateTime to = tomorrow.plusDays(1).atStartOfDay(this.times.zone()).toOffsetDateTime();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		Locale german = Locale.GERMAN;
		String link = this.address.base() + AppointmentWorkQueue.CALENDAR + "?week=" + tomorrow;
		int queued = 0;
		for (AppointmentStore.PlannedCount count : this.store.plannedCounts(from, to)) {
			int inserted = this.jdbc.sql("""
					INSERT INTO counselling_appointment_reminder (tenant_id, user_id, day, appointments, queued_at)
					VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
				.params(count.tenantId(), count.counsellorId(), tomorrow, count.appointments(), now)
				.update();
			if (inserted == 0) {
				continue;
			}
			String email = this.users.emailOf(count.tenantId(), count.counsellorId()).orElse(null);
			if (email == null || email.isBlank()) {
				continue;
			}
			this.mails.queue(count.tenantId(), email,
					this.messages.getMessage("counselling.calendar.reminder.subject",
							new Object[] { count.appointments() }, german),
					this.messages.getMessage("counselling.calendar.reminder.body",
							new Object[] { count.appointments(), link }, german));
			queued++;
		}
		if (queued > 0) {
			log.info("Appointment reminders for {}: {} mails queued", tomorrow, queued);
		}
		return queued;
	}

}
