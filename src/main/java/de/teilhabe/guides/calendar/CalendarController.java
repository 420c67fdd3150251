package de.teilhabe.guides.calendar;

import java.time.Duration;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.time.ICalendars;
import de.teilhabe.shared.web.TokenBuckets;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A guide's calendar address (GUIDE): the page says whether there is one (and since
 * when), makes a new one (shown once; an older one stops working) or revokes it. The feed
 * itself ({@code GET /ical/guides/{token}}) needs no login, as calendar programs fetch
 * it; an unknown or revoked token answers 404, more than
 * {@code teilhabe.guides.calendar.per-client-per-minute} (default 30) fetches a minute
 * from one client address 429.
 */
@Controller
class CalendarController {

	static final int TRACKED = 20_000;

	private final GuideCalendars calendars;

	private final TokenBuckets perClient;

	private final String baseUrl;

	CalendarController(GuideCalendars calendars,
			@Value("${teilhabe.guides.calendar.per-client-per-minute:30}") int perMinute,
			@Value("${teilhabe.base-url:}") String baseUrl) {
		this.calendars = calendars;
		this.perClient = new TokenBuckets(perMinute, Duration.ofMinutes(1), TRACKED);
		this.baseUrl = baseUrl.strip();
	}

	@GetMapping("/guides/me/calendar")
	String page(Model model) {
		model.addAttribute("since", this.calendars.current(CurrentActor.get()).orElse(null));
		return "guides/calendar";
	}

	@PostMapping("/guides/me/calendar")
	String renew(RedirectAttributes redirect) {
		String token = this.calendars.renew(CurrentActor.get());
		String base = this.baseUrl.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
				: this.baseUrl;
		redirect.addFlashAttribute("address", base + "/ical/guides/" + token);
		redirect.addFlashAttribute("saved", "calendar.renewed");
		return "redirect:/guides/me/calendar";
	}

	@PostMapping("/guides/me/calendar/revoke")
	String revoke(RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		this.calendars.revoke(actor);
		redirect.addFlashAttribute("saved", "calendar.revoked");
		return "redirect:/guides/me/calendar";
	}

	@GetMapping(path = "/ical/guides/{token}")
	ResponseEntity<String> feed(@PathVariable String token, HttpServletRequest request) {
		if (!this.perClient.take(request.getRemoteAddr())) {
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, "60")
				.contentType(MediaType.TEXT_PLAIN)
				.body("Too many requests");
		}
		String body = this.calendars.feed(token);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(ICalendars.MEDIA_TYPE))
			.cacheControl(CacheControl.noStore())
			.body(body);
	}

	/** Forgets every client address (tests start from a full bucket). */
	void reset() {
		this.perClient.clear();
	}

}
