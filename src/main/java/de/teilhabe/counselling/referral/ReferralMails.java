package de.teilhabe.counselling.referral;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

import de.teilhabe.access.UserDirectory;
import de.teilhabe.shared.mail.MailOutbox;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.PlatformAddress;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells a partner organisation by mail that a referral waits for it, or that one was
 * revoked: to every active user bound to the organisation who holds the role PARTNER
 * (those who read {@code /referrals/incoming}), queued in the {@link MailOutbox} within
 * the transaction of the change (no mail for a change rolled back). The mail holds
 * nothing about the person: no name, no packet, no reason; only that a referral waits,
 * the day it was sent and the link to the incoming page behind the sign-in.
 */
@Component
class ReferralMails {

	private final UserDirectory users;

	private final MailOutbox mails;

	private final MessageSource messages;

	private final Times times;

	private final PlatformAddress address;

	ReferralMails(UserDirectory users, MailOutbox mails, MessageSource messages, Times times, PlatformAddress address) {
		this.users = users;
		this.mails = mails;
		this.messages = messages;
		this.times = times;
		this.address = address;
	}

	/** A new referral waits for the organisation. */
	int sent(UUID tenantId, UUID organisationId, UUID referralId) {
		return tell(tenantId, organisationId, "sent", this.address.base() + "/referrals/incoming/" + referralId, null);
	}

	/** The office revoked a referral: the organisation no longer sees it. */
	int revoked(UUID tenantId, UUID organisationId, OffsetDateTime sentAt) {
		return tell(tenantId, organisationId, "revoked", this.address.base() + "/referrals/incoming",
				this.times.date(sentAt));
	}

	private int tell(UUID tenantId, UUID organisationId, String what, String link, String sentOn) {
		Locale german = Locale.GERMAN;
		String subject = this.messages.getMessage("counselling.referrals.mail." + what + ".subject", null, german);
		String body = this.messages.getMessage("counselling.referrals.mail." + what + ".body",
				new Object[] { link, (sentOn != null) ? sentOn : "" }, german);
		int queued = 0;
		for (String email : this.users.emailsOfOrganisation(tenantId, organisationId, Role.PARTNER)) {
			this.mails.queue(tenantId, email, subject, body);
			queued++;
		}
		return queued;
	}

}
