package de.teilhabe.counselling.consultation;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.InvalidBodyException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The expert consultations API (COUNSELLOR): paged list (latest day first), entering one
 * (201), one, changing it; 422 with {@code errors: [{field, message}]} for bad bodies.
 */
@RestController
class ConsultationApiController {

	static final String PATH = "/api/v1/counselling/expert-consultations";

	private final Consultations consultations;

	private final MessageSource messages;

	ConsultationApiController(Consultations consultations, MessageSource messages) {
		this.consultations = consultations;
		this.messages = messages;
	}

	@GetMapping(PATH)
	ApiPage<Map<String, Object>> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.consultations.list(CurrentActor.get(), ApiPaging.of(page, size))
			.map((consultation) -> item(consultation, locale));
	}

	@GetMapping(PATH + "/{id}")
	Map<String, Object> one(@PathVariable UUID id) {
		return item(this.consultations.read(CurrentActor.get(), id), LocaleContextHolder.getLocale());
	}

	@PostMapping(PATH)
	ResponseEntity<Map<String, Object>> create(@RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		Consultations.Saved saved = this.consultations.create(actor, (body != null) ? body : Map.of());
		if (saved.id() == null) {
			throw new InvalidBodyException(saved.checked().errors());
		}
		return ResponseEntity.created(URI.create(PATH + "/" + saved.id()))
			.body(item(this.consultations.read(actor, saved.id()), LocaleContextHolder.getLocale()));
	}

	@PutMapping(PATH + "/{id}")
	Map<String, Object> update(@PathVariable UUID id, @RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		Consultations.Saved saved = this.consultations.update(actor, id, (body != null) ? body : Map.of());
		if (saved.id() == null) {
			throw new InvalidBodyException(saved.checked().errors());
		}
		return item(this.consultations.read(actor, id), LocaleContextHolder.getLocale());
	}

	private Map<String, Object> item(Consultation consultation, Locale locale) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", consultation.id());
		item.put("organisationId", consultation.organisationId());
		item.put("serviceName", consultation.serviceName());
		item.put("consultedOn", consultation.consultedOn());
		item.put("question", consultation.question());
		item.put("answer", consultation.answer());
		item.put("minutes", consultation.minutes());
		item.put("topics",
				consultation.topics()
					.stream()
					.map((topic) -> Map.of("code", topic.name(), "name",
							this.messages.getMessage("counselling.topic." + topic.name(), null, topic.name(), locale)))
					.toList());
		item.put("createdAt", consultation.createdAt());
		item.put("updatedAt", consultation.updatedAt());
		return item;
	}

}
