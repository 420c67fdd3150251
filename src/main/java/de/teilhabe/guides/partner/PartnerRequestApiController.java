package de.teilhabe.guides.partner;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.guides.guide.GuideItem.RegionRef;
import de.teilhabe.guides.guide.GuideRegions;
import de.teilhabe.guides.guide.Qualification;
import de.teilhabe.guides.request.GuideRequest;
import de.teilhabe.guides.request.Requests;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.InvalidBodyException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The requests API of a partner organisation (PARTNER): its own requests, paged and
 * filtered by {@code status}; one of them (another organisation's answers 404); a new one
 * with the checks of the office's form (201, open; 422 {@code errors: [{field,
 * message}]}), the organisation as the requesting side; and cancelling an open one
 * ({@code POST …/cancel}; 409 if no longer open). The guide's name is given only once the
 * guide accepted. A PARTNER bound to no organisation gets 403.
 */
@RestController
class PartnerRequestApiController {

	private final PartnerRequests partner;

	private final GuideRegions regions;

	private final MessageSource messages;

	PartnerRequestApiController(PartnerRequests partner, GuideRegions regions, MessageSource messages) {
		this.partner = partner;
		this.regions = regions;
		this.messages = messages;
	}

	@GetMapping("/api/v1/partner/guide-requests")
	ApiPage<PartnerRequestItem> list(@RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.partner
			.list(CurrentActor.get(), PartnerRequestController.parseStatus(status), ApiPaging.of(page, size))
			.map(this::item);
	}

	@GetMapping("/api/v1/partner/guide-requests/{id}")
	PartnerRequestItem one(@PathVariable UUID id) {
		return item(this.partner.one(CurrentActor.get(), id));
	}

	@PostMapping("/api/v1/partner/guide-requests")
	ResponseEntity<PartnerRequestItem> create(@RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		Requests.Saved saved = this.partner.create(actor, (body != null) ? body : Map.of());
		if (saved.id() == null) {
			throw new InvalidBodyException(saved.checked().errors());
		}
		return ResponseEntity.created(URI.create("/api/v1/partner/guide-requests/" + saved.id()))
			.body(item(this.partner.one(actor, saved.id())));
	}

	@PostMapping("/api/v1/partner/guide-requests/{id}/cancel")
	PartnerRequestItem cancel(@PathVariable UUID id) {
		Actor actor = CurrentActor.get();
		this.partner.cancel(actor, id);
		return item(this.partner.one(actor, id));
	}

	@ExceptionHandler(NoOrganisationException.class)
	ResponseEntity<ProblemDetail> noOrganisation() {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				this.messages.getMessage("guides.partner.noOrganisation", null, locale));
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private PartnerRequestItem item(PartnerRequests.PartnerRequest view) {
		GuideRequest request = view.request();
		return new PartnerRequestItem(request.id(), request.topic().name(), request.languages(),
				RegionRef.of(request.regionKey(), this.regions), request.place(), request.date(), request.starts(),
				request.ends(), request.recurrence().name(), request.repeatUntil(), request.urgency().name(),
				request.requiredQualifications().stream().map(Qualification::name).toList(), request.contactReference(),
				request.brief(), request.status().name(),
				view.appointments()
					.stream()
					.map((appointment) -> new AppointmentItem(appointment.start(), appointment.end()))
					.toList(),
				(view.guideName() != null) ? new GuideRef(view.guideName()) : null);
	}

	/**
	 * A request of the organisation in the API.
	 *
	 * @param id its id
	 * @param topic {@code ORIENTATION}, {@code AUTHORITY}, {@code HOUSING},
	 * {@code CULTURAL_MEDIATION}, {@code LANGUAGE_SUPPORT} or {@code OTHER}
	 * @param languages the languages needed (codes; one suffices)
	 * @param gemeinde the Gemeinde of the appointment
	 * @param place where exactly, or null
	 * @param date the day of the (first) appointment
	 * @param starts when it starts (office's time zone)
	 * @param ends when it ends
	 * @param recurrence {@code ONCE}, {@code WEEKLY} or {@code FORTNIGHTLY}
	 * @param repeatUntil the last day a recurring request repeats on, or null
	 * @param urgency {@code LOW}, {@code NORMAL} or {@code HIGH}
	 * @param requiredQualifications what the guide must be qualified for
	 * @param contactReference the organisation's own reference of the person, or null
	 * @param brief what the guide needs to know, or null
	 * @param status {@code OPEN}, {@code ASSIGNED}, {@code DONE} or {@code CANCELLED}
	 * @param appointments every appointment, in order
	 * @param guide the guide who accepted, or null (none yet)
	 */
	record PartnerRequestItem(UUID id, String topic, List<String> languages, RegionRef gemeinde, String place,
			LocalDate date, LocalTime starts, LocalTime ends, String recurrence, LocalDate repeatUntil, String urgency,
			List<String> requiredQualifications, String contactReference, String brief, String status,
			List<AppointmentItem> appointments, GuideRef guide) {
	}

	/**
	 * An appointment.
	 *
	 * @param start when it begins
	 * @param end when it ends
	 */
	record AppointmentItem(Instant start, Instant end) {
	}

	/**
	 * The guide who accepted a request.
	 *
	 * @param name the guide's name
	 */
	record GuideRef(String name) {
	}

}
