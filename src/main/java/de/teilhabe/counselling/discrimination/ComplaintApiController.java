package de.teilhabe.counselling.discrimination;

import java.util.LinkedHashMap;
import java.util.List;
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
 * The discrimination complaints API (COUNSELLOR holding the permission; everyone else
 * 403): the tenant's complaints paged, newest first ({@code unreviewed=true}: the online
 * reports not yet reviewed), entering one (201), one complaint, changing it. Codes come
 * with their names.
 */
@RestController
@RequestMapping(ComplaintApiController.PATH)
class ComplaintApiController extends RecordApiController<Complaint> {

	static final String PATH = "/api/v1/counselling/discrimination-complaints";

	private final Complaints complaints;

	private final MessageSource messages;

	ComplaintApiController(Complaints complaints, MessageSource messages) {
		super(PATH, complaints);
		this.complaints = complaints;
		this.messages = messages;
	}

	@GetMapping
	ApiPage<Map<String, Object>> list(@RequestParam(required = false) Boolean unreviewed,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.complaints.list(CurrentActor.get(), Boolean.TRUE.equals(unreviewed), ApiPaging.of(page, size))
			.map((complaint) -> item(complaint, false, locale));
	}

	@Override
	protected Map<String, Object> item(Complaint complaint, Locale locale) {
		return item(complaint, true, locale);
	}

	private Map<String, Object> item(Complaint complaint, boolean full, Locale locale) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", complaint.id());
		item.put("source", code("source", complaint.source(), locale));
		item.put("reviewed", complaint.reviewed());
		item.put("incidentOn", complaint.incidentOn());
		item.put("area", code("area", complaint.area(), locale));
		item.put("characteristics", codes("characteristic", complaint.characteristics(), locale));
		item.put("forms", codes("form", complaint.forms(), locale));
		item.put("level", code("level", complaint.level(), locale));
		item.put("interventions", codes("intervention", complaint.interventions(), locale));
		item.put("outcome", code("outcome", complaint.outcome(), locale));
		item.put("caseLinked", complaint.caseId() != null);
		if (full) {
			item.put("caseId", complaint.caseId());
			item.put("description", complaint.description());
			item.put("replyContact", complaint.replyContact());
			item.put("reportedLanguage", complaint.reportedLanguage());
			item.put("anonymisedAt", complaint.anonymisedAt());
		}
		item.put("createdAt", complaint.createdAt());
		item.put("updatedAt", complaint.updatedAt());
		return item;
	}

	private Map<String, String> code(String list, Enum<?> value, Locale locale) {
		if (value == null) {
			return null;
		}
		return Map.of("code", value.name(), "name", ComplaintTexts.name(this.messages, list, value, locale));
	}

	private List<Map<String, String>> codes(String list, List<? extends Enum<?>> values, Locale locale) {
		return values.stream().map((value) -> code(list, value, locale)).toList();
	}

}
