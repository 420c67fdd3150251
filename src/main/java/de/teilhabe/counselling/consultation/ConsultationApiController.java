package de.teilhabe.counselling.consultation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.RecordApiController;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The expert consultations API (COUNSELLOR): paged list (latest day first), entering one
 * (201), one, changing it; 422 with {@code errors: [{field, message}]} for bad bodies.
 */
@RestController
@RequestMapping(ConsultationApiController.PATH)
class ConsultationApiController extends RecordApiController<Consultation> {

	static final String PATH = "/api/v1/counselling/expert-consultations";

	private final Consultations consultations;

	private final MessageSource messages;

	ConsultationApiController(Consultations consultations, MessageSource messages) {
		super(PATH, consultations);
		this.consultations = consultations;
		this.messages = messages;
	}

	@GetMapping
	ApiPage<Map<String, Object>> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.consultations.list(CurrentActor.get(), ApiPaging.of(page, size))
			.map((consultation) -> item(consultation, locale));
	}

	@Override
	protected Map<String, Object> item(Consultation consultation, Locale locale) {
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
