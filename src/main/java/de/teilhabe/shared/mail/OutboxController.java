package de.teilhabe.shared.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The outbox of the ADMIN's tenant: newest mails first, and one mail with its body. In
 * demo mode nothing is sent, so this is where invitation links are followed. Outside demo
 * mode links are shown without their path: an invitation or reset link is a one-time
 * sign-in, and an ADMIN who could follow it could take over the account.
 */
@Controller
class OutboxController {

	static final int PAGE_SIZE = 200;

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

	private final JdbcClient jdbc;

	private final PlatformMode mode;

	private final boolean smtpConfigured;

	OutboxController(JdbcClient jdbc, PlatformMode mode, @Value("${spring.mail.host:}") String smtpHost) {
		this.jdbc = jdbc;
		this.mode = mode;
		this.smtpConfigured = !smtpHost.isBlank();
	}

	@GetMapping("/admin/outbox")
	String list(Model model) {
		model.addAttribute("mails",
				this.jdbc.sql("SELECT * FROM mail_outbox WHERE tenant_id = ? ORDER BY created_at DESC, id LIMIT ?")
					.params(CurrentActor.get().tenantId(), PAGE_SIZE)
					.query(QueuedMail.class)
					.list());
		model.addAttribute("attachmentCounts",
				this.jdbc.sql("""
						SELECT a.mail_id, count(*) AS files FROM mail_outbox_attachment a
						JOIN mail_outbox m ON m.id = a.mail_id WHERE m.tenant_id = ? GROUP BY a.mail_id""")
					.params(CurrentActor.get().tenantId())
					.query((rs, row) -> Map.entry(rs.getObject("mail_id", UUID.class), rs.getInt("files")))
					.list()
					.stream()
					.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
		model.addAttribute("pageSize", PAGE_SIZE);
		addDeliveryNote(model);
		return "shared/outbox";
	}

	@GetMapping("/admin/outbox/{id}")
	String mail(@PathVariable UUID id, Model model) {
		QueuedMail mail = this.jdbc.sql("SELECT * FROM mail_outbox WHERE tenant_id = ? AND id = ?")
			.params(CurrentActor.get().tenantId(), id)
			.query(QueuedMail.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("outbox.error.notFound"));
		model.addAttribute("mail", mail);
		model.addAttribute("attachments", this.jdbc
			.sql("SELECT file_name, mime_type, size FROM mail_outbox_attachment WHERE mail_id = ? ORDER BY position")
			.param(id)
			.query((rs, row) -> new AttachmentRow(rs.getString("file_name"), rs.getString("mime_type"),
					rs.getInt("size")))
			.list());
		model.addAttribute("bodyParts", split(mail.body(), !this.mode.isDemo()));
		addDeliveryNote(model);
		return "shared/outbox-mail";
	}

	private void addDeliveryNote(Model model) {
		model.addAttribute("demoOutbox", this.mode.isDemo());
		model.addAttribute("smtpConfigured", this.smtpConfigured);
		model.addAttribute("linksMasked", !this.mode.isDemo());
	}

	/**
	 * The body as text and links, so links (e.g. invitations) can be followed; masked:
	 * links as plain text without their path ({@code https://host/…}).
	 */
	static List<BodyPart> split(String body, boolean masked) {
		List<BodyPart> parts = new ArrayList<>();
		Matcher matcher = LINK.matcher(body);
		int at = 0;
		while (matcher.find()) {
			if (matcher.start() > at) {
				parts.add(new BodyPart(body.substring(at, matcher.start()), false));
			}
			parts.add(masked ? new BodyPart(mask(matcher.group()), false) : new BodyPart(matcher.group(), true));
			at = matcher.end();
		}
		if (at < body.length()) {
			parts.add(new BodyPart(body.substring(at), false));
		}
		return parts;
	}

	private static String mask(String link) {
		int path = link.indexOf('/', link.indexOf("://") + 3);
		return ((path < 0) ? link : link.substring(0, path)) + "/…";
	}

	/** A file attached to a mail, as the page lists it (size in bytes). */
	record AttachmentRow(String fileName, String mimeType, int size) {
	}

	/** A piece of a mail body: plain text or a link. */
	record BodyPart(String text, boolean link) {
	}

}
