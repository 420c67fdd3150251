package de.teilhabe.council.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.council.meeting.MeetingDocuments.Kind;
import de.teilhabe.council.meeting.MeetingStore.Committee;
import de.teilhabe.council.meeting.MeetingStore.Item;
import de.teilhabe.council.meeting.MeetingStore.Meeting;
import de.teilhabe.council.meeting.MeetingStore.Member;
import de.teilhabe.council.meeting.MeetingStore.Paper;
import de.teilhabe.council.model.CommitteeKind;
import de.teilhabe.council.model.ConsultationRole;
import de.teilhabe.council.model.FilePurpose;
import de.teilhabe.council.model.MeetingState;
import de.teilhabe.shared.documents.Documents;
import de.teilhabe.shared.mail.MailOutbox;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.ConflictException;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormBinder.Bound;
import de.teilhabe.shared.web.form.FormPage;
import de.teilhabe.shared.web.form.FormRows;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office runs a meeting: plans it (committee, name, time, place), sets the agenda,
 * sends the invitation within the invitation period, records attendance and minutes and
 * publishes them. COUNCIL_OFFICE only (see {@link MeetingWebConfiguration}); another
 * tenant's meeting answers 404. Every form is bound by {@link FormBinder}: all or
 * nothing, 400 with every wrong field named.
 */
@Controller
class MeetingController {

	private static final String LABELS = "council.meetings.field.";

	private static final String BACK = "redirect:/council/meetings/";

	private final MeetingStore store;

	private final MeetingDocuments documents;

	private final MailOutbox outbox;

	private final FormBinder forms;

	private final MessageSource messages;

	private final Times times;

	private final Clock clock;

	MeetingController(MeetingStore store, MeetingDocuments documents, MailOutbox outbox, FormBinder forms,
			MessageSource messages, Times times, Clock clock) {
		this.store = store;
		this.documents = documents;
		this.outbox = outbox;
		this.forms = forms;
		this.messages = messages;
		this.times = times;
		this.clock = clock;
	}

	// ---- the meeting page -------------------------------------------------------------

	@GetMapping("/council/meetings/{id}")
	String meeting(@PathVariable UUID id, Model model) {
		Meeting meeting = find(id);
		return meetingPage(model, meeting, Map.of(), Map.of());
	}

	private String meetingPage(Model model, Meeting meeting, Map<String, String> values,
			Map<String, ? extends org.springframework.context.MessageSourceResolvable> errors) {
		UUID tenantId = tenant();
		List<Member> members = this.store.members(tenantId, meeting.id());
		int days = this.store.invitationDays(tenantId);
		LocalDate sendBy = sendBy(meeting, days);
		FormPage.show(model, values, errors, this.messages, LABELS);
		model.addAttribute("meeting", meeting);
		model.addAttribute("items", this.store.agenda(tenantId, meeting.id()));
		model.addAttribute("members", members);
		model.addAttribute("byPost", members.stream().filter((m) -> m.email() == null || m.email().isBlank()).toList());
		model.addAttribute("withAddress",
				members.stream().filter((m) -> m.email() != null && !m.email().isBlank()).count());
		model.addAttribute("files", this.store.files(tenantId, meeting.id()));
		model.addAttribute("invitationDays", days);
		model.addAttribute("sendBy", sendBy);
		model.addAttribute("late", this.times.today(this.clock).isAfter(sendBy));
		model.addAttribute("started", !meeting.startsAt().toInstant().isAfter(this.clock.instant()));
		model.addAttribute("editable", editable(meeting));
		model.addAttribute("invitable", invitable(meeting));
		return "council/meeting";
	}

	/**
	 * The last day the invitation may be sent: the meeting's day less the invitation
	 * period.
	 */
	private LocalDate sendBy(Meeting meeting, int days) {
		return this.times.local(meeting.startsAt()).toLocalDate().minusDays(days);
	}

	private static boolean editable(Meeting meeting) {
		return meeting.state() != MeetingState.CANCELLED && !meeting.published();
	}

	private boolean invitable(Meeting meeting) {
		return (meeting.state() == MeetingState.SCHEDULED || meeting.state() == MeetingState.INVITED)
				&& meeting.startsAt().toInstant().isAfter(this.clock.instant());
	}

	// ---- plan a meeting ---------------------------------------------------------------

	@GetMapping("/council/meetings/new")
	String newMeeting(@RequestParam(required = false) UUID committee, Model model) {
		UUID tenantId = tenant();
		List<Committee> committees = this.store.committees(tenantId);
		Committee chosen = committees.stream()
			.filter((c) -> committee == null || c.id().equals(committee))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("council.meetings.error.notFound.committee"));
		Map<String, String> values = FormBinder.empty(FormBinder.fields(MeetingForm.class));
		values.put("committee", chosen.id().toString());
		values.put("name", suggestedName(tenantId, chosen));
		values.put("startTime", "17:00");
		values.put("endTime", "19:00");
		return meetingForm(model, null, values, Map.of());
	}

	/** „12. Sitzung des Beirats für Migration“, „3. Sitzung der Arbeitsgruppe …“. */
	private String suggestedName(UUID tenantId, Committee committee) {
		int number = this.store.meetingsInTerm(tenantId, committee.id(), this.times.today(this.clock)) + 1;
		String name = committee.name();
		if (CommitteeKind.COUNCIL.name().equals(committee.kind())) {
			int space = name.indexOf(' ');
			String head = (space < 0) ? name : name.substring(0, space);
			String genitive = head.endsWith("s") ? head : head + "s";
			return number + ". Sitzung des " + genitive + ((space < 0) ? "" : name.substring(space));
		}
		if (CommitteeKind.WORKING_GROUP.name().equals(committee.kind())) {
			return number + ". Sitzung der " + name;
		}
		return number + ". Sitzung: " + name;
	}

	@PostMapping("/council/meetings")
	@Transactional
	String create(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		return saveMeeting(null, params, model, redirect);
	}

	@GetMapping("/council/meetings/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		Meeting meeting = findEditable(id);
		Map<String, String> values = FormBinder.empty(FormBinder.fields(MeetingForm.class));
		values.put("committee", meeting.committeeId().toString());
		values.put("name", meeting.name());
		values.put("date", this.times.local(meeting.startsAt()).toLocalDate().toString());
		values.put("startTime", this.times.local(meeting.startsAt()).toLocalTime().toString());
		if (meeting.endsAt() != null) {
			values.put("endTime", this.times.local(meeting.endsAt()).toLocalTime().toString());
		}
		if (meeting.locationId() != null) {
			values.put("location", meeting.locationId().toString());
		}
		return meetingForm(model, meeting, values, Map.of());
	}

	@PostMapping("/council/meetings/{id}")
	@Transactional
	String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		return saveMeeting(findEditable(id), params, model, redirect);
	}

	private String saveMeeting(Meeting meeting, MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		UUID tenantId = tenant();
		List<UUID> committees = this.store.committees(tenantId).stream().map(Committee::id).toList();
		List<UUID> locations = this.store.locations(tenantId).stream().map(MeetingStore.Location::id).toList();
		Bound<MeetingForm> bound = this.forms.bind(flat(params), MeetingForm.class, (form, errors) -> {
			if (form.committee() != null && !committees.contains(form.committee())) {
				errors.rejectValue("committee", "council.meetings.error.unknownChoice");
			}
			if (form.location() != null && !locations.contains(form.location())) {
				errors.rejectValue("location", "council.meetings.error.unknownChoice");
			}
		});
		CheckedValues checked = bound.checked();
		if (!checked.valid()) {
			return meetingForm(model, meeting, checked.values(), checked.errors());
		}
		MeetingForm form = bound.form();
		Instant now = this.clock.instant();
		UUID location = form.location();
		if (form.newLocation() != null) {
			location = this.store.createLocation(tenantId, form.newLocation(), form.newStreet(), form.newRoom(),
					form.newPostalCode(), form.newLocality(), form.newAccessibility(), now);
		}
		OffsetDateTime start = this.times.at(form.date(), form.startTime());
		OffsetDateTime end = (form.endTime() != null) ? this.times.at(form.date(), form.endTime()) : null;
		UUID id;
		if (meeting == null) {
			id = UUID.randomUUID();
			this.store.createMeeting(tenantId, id, form.committee(), form.name(), start, end, location, now);
		}
		else {
			id = meeting.id();
			this.store.updateMeeting(tenantId, id, form.committee(), form.name(), start, end, location, now);
			this.store.moveConsultations(tenantId, id, form.committee(), now);
		}
		redirect.addFlashAttribute("saved", "meeting");
		return BACK + id;
	}

	private String meetingForm(Model model, Meeting meeting, Map<String, String> values,
			Map<String, ? extends org.springframework.context.MessageSourceResolvable> errors) {
		UUID tenantId = tenant();
		FormPage.show(model, values, errors, this.messages, LABELS);
		model.addAttribute("meeting", meeting);
		model.addAttribute("committees", this.store.committees(tenantId));
		model.addAttribute("locations", this.store.locations(tenantId));
		return "council/meeting-form";
	}

	@PostMapping("/council/meetings/{id}/cancel")
	@Transactional
	String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
		Meeting meeting = find(id);
		if (meeting.state() == MeetingState.HELD || meeting.published()) {
			throw new ConflictException("council.meetings.error.heldCannotCancel");
		}
		this.store.setState(tenant(), id, MeetingState.CANCELLED, this.clock.instant());
		redirect.addFlashAttribute("saved", "cancelled");
		return BACK + id;
	}

	// ---- the agenda -------------------------------------------------------------------

	@GetMapping("/council/meetings/{id}/items/new")
	String newItem(@PathVariable UUID id, Model model) {
		Meeting meeting = findEditable(id);
		Map<String, String> values = FormBinder.empty(FormBinder.fields(AgendaItemForm.class));
		values.put("part", AgendaPart.PUBLIC.name());
		return itemForm(model, meeting, null, values, Map.of());
	}

	@PostMapping("/council/meetings/{id}/items")
	@Transactional
	String createItem(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		return saveItem(findEditable(id), null, params, model, redirect);
	}

	@GetMapping("/council/meetings/{id}/items/{item}/edit")
	String editItem(@PathVariable UUID id, @PathVariable UUID item, Model model) {
		Meeting meeting = findEditable(id);
		Item found = findItem(meeting, item);
		Map<String, String> values = FormBinder.empty(FormBinder.fields(AgendaItemForm.class));
		values.put("name", found.name());
		values.put("part", found.part().name());
		if (found.paperId() != null) {
			values.put("paper", found.paperId().toString());
			ConsultationRole role = ConsultationRole.of(found.role());
			values.put("role", (role != null) ? role.name() : "");
			values.put("authoritative", String.valueOf(found.authoritative()));
		}
		return itemForm(model, meeting, found, values, Map.of());
	}

	@PostMapping("/council/meetings/{id}/items/{item}")
	@Transactional
	String updateItem(@PathVariable UUID id, @PathVariable UUID item,
			@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		Meeting meeting = findEditable(id);
		return saveItem(meeting, findItem(meeting, item), params, model, redirect);
	}

	private String saveItem(Meeting meeting, Item item, MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		UUID tenantId = tenant();
		Map<UUID, Paper> papers = new LinkedHashMap<>();
		this.store.papers(tenantId).forEach((paper) -> papers.put(paper.id(), paper));
		Bound<AgendaItemForm> bound = this.forms.bind(flat(params), AgendaItemForm.class, (form, errors) -> {
			if (form.paper() == null) {
				return;
			}
			Paper paper = papers.get(form.paper());
			if (paper == null) {
				errors.rejectValue("paper", "council.meetings.error.unknownChoice");
			}
			else if (!paper.isPublic() && form.part() == AgendaPart.PUBLIC) {
				errors.rejectValue("paper", "council.meetings.error.nonPublicPaper");
			}
		});
		CheckedValues checked = bound.checked();
		if (!checked.valid()) {
			return itemForm(model, meeting, item, checked.values(), checked.errors());
		}
		AgendaItemForm form = bound.form();
		Instant now = this.clock.instant();
		boolean open = form.part() == AgendaPart.PUBLIC;
		List<Item> agenda = this.store.agenda(tenantId, meeting.id());
		List<UUID> order = new ArrayList<>(agenda.stream().map(Item::id).toList());
		Map<UUID, Boolean> parts = new LinkedHashMap<>();
		agenda.forEach((i) -> parts.put(i.id(), i.isPublic()));
		UUID itemId;
		if (item == null) {
			itemId = this.store.createItem(tenantId, meeting.id(), form.name(), open, now);
			// a public item goes after the last public one, a non-public one to the end
			int at = order.size();
			if (open) {
				at = 0;
				for (int i = 0; i < agenda.size(); i++) {
					if (agenda.get(i).isPublic()) {
						at = i + 1;
					}
				}
			}
			order.add(at, itemId);
		}
		else {
			itemId = item.id();
			this.store.updateItem(tenantId, itemId, form.name(), open, now);
		}
		parts.put(itemId, open);
		this.store.renumber(tenantId, meeting.id(), order, parts, now);
		this.store.link(tenantId, meeting.id(), meeting.committeeId(), itemId, form.paper(), form.role(),
				Boolean.TRUE.equals(form.authoritative()), now);
		redirect.addFlashAttribute("saved", "item");
		return BACK + meeting.id() + "#agenda";
	}

	private String itemForm(Model model, Meeting meeting, Item item, Map<String, String> values,
			Map<String, ? extends org.springframework.context.MessageSourceResolvable> errors) {
		FormPage.show(model, values, errors, this.messages, LABELS);
		model.addAttribute("meeting", meeting);
		model.addAttribute("item", item);
		model.addAttribute("parts", AgendaPart.values());
		model.addAttribute("roles", ConsultationRole.values());
		model.addAttribute("papers", this.store.papers(tenant()));
		return "council/agenda-item-form";
	}

	@PostMapping("/council/meetings/{id}/items/{item}/remove")
	@Transactional
	String removeItem(@PathVariable UUID id, @PathVariable UUID item, RedirectAttributes redirect) {
		Meeting meeting = findEditable(id);
		findItem(meeting, item);
		UUID tenantId = tenant();
		Instant now = this.clock.instant();
		this.store.removeItem(tenantId, item, now);
		List<Item> agenda = this.store.agenda(tenantId, id);
		Map<UUID, Boolean> parts = new LinkedHashMap<>();
		agenda.forEach((i) -> parts.put(i.id(), i.isPublic()));
		this.store.renumber(tenantId, id, agenda.stream().map(Item::id).toList(), parts, now);
		redirect.addFlashAttribute("saved", "removed");
		return BACK + id + "#agenda";
	}

	@PostMapping("/council/meetings/{id}/items/{item}/move")
	@Transactional
	String moveItem(@PathVariable UUID id, @PathVariable UUID item, @RequestParam(required = false) String direction,
			RedirectAttributes redirect) {
		if (!"up".equals(direction) && !"down".equals(direction)) {
			throw new BadRequestException("council.meetings.error.direction");
		}
		Meeting meeting = findEditable(id);
		findItem(meeting, item);
		UUID tenantId = tenant();
		List<Item> agenda = this.store.agenda(tenantId, id);
		List<UUID> order = new ArrayList<>(agenda.stream().map(Item::id).toList());
		int at = order.indexOf(item);
		int to = "up".equals(direction) ? at - 1 : at + 1;
		if (to >= 0 && to < order.size()) {
			order.set(at, order.get(to));
			order.set(to, item);
			Map<UUID, Boolean> parts = new LinkedHashMap<>();
			agenda.forEach((i) -> parts.put(i.id(), i.isPublic()));
			this.store.renumber(tenantId, id, order, parts, this.clock.instant());
		}
		redirect.addFlashAttribute("saved", "moved");
		return BACK + id + "#agenda";
	}

	// ---- invitation -------------------------------------------------------------------

	@GetMapping("/council/meetings/{id}/invitation.pdf")
	ResponseEntity<byte[]> invitationPdf(@PathVariable UUID id,
			@RequestParam(defaultValue = "members") String version) {
		boolean full = version(version);
		Meeting meeting = find(id);
		UUID tenantId = tenant();
		byte[] pdf = this.documents.render(tenantId, Kind.INVITATION, meeting, this.store.agenda(tenantId, id),
				this.store.members(tenantId, id), full);
		return Documents.download(pdf, this.documents.fileName(Kind.INVITATION, meeting, full));
	}

	@PostMapping("/council/meetings/{id}/invite")
	@Transactional
	String invite(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Meeting meeting = find(id);
		if (!invitable(meeting)) {
			throw new ConflictException("council.meetings.error.notInvitable");
		}
		UUID tenantId = tenant();
		Bound<InviteForm> bound = this.forms.bind(flat(params), InviteForm.class);
		List<Item> agenda = this.store.agenda(tenantId, id);
		int days = this.store.invitationDays(tenantId);
		LocalDate sendBy = sendBy(meeting, days);
		boolean late = this.times.today(this.clock).isAfter(sendBy);
		Map<String, org.springframework.context.MessageSourceResolvable> errors = new LinkedHashMap<>(
				bound.checked().errors());
		if (agenda.isEmpty()) {
			errors.put("agenda", new DefaultMessageSourceResolvable(
					new String[] { "council.meetings.error.emptyAgenda" }, new Object[0]));
		}
		String reason = (bound.form() != null) ? blankToNull(bound.form().lateReason()) : null;
		if (late && reason == null) {
			errors.putIfAbsent("lateReason", new DefaultMessageSourceResolvable(
					new String[] { "council.meetings.error.late" }, new Object[] { days, this.times.date(sendBy) }));
		}
		if (!errors.isEmpty()) {
			return meetingPage(model, meeting, bound.checked().values(), errors);
		}
		Instant now = this.clock.instant();
		List<Member> members = this.store.members(tenantId, id);
		byte[] full = this.documents.render(tenantId, Kind.INVITATION, meeting, agenda, members, true);
		byte[] published = this.documents.render(tenantId, Kind.INVITATION, meeting, agenda, members, false);
		this.store.replaceFile(tenantId, id, FilePurpose.INVITATION,
				this.messages.getMessage("council.meetings.file.INVITATION", null, java.util.Locale.GERMAN),
				this.documents.fileName(Kind.INVITATION, meeting, false), this.times.today(this.clock), published, now);
		String subject = this.messages.getMessage("council.meetings.mail.subject",
				new Object[] { meeting.name(), this.times.dateTime(meeting.startsAt()) }, java.util.Locale.GERMAN);
		int mailed = 0;
		for (Member member : members) {
			if (member.email() == null || member.email().isBlank()) {
				continue;
			}
			String body = this.messages.getMessage("council.meetings.mail.body",
					new Object[] { member.name(), meeting.name(), this.times.dateTime(meeting.startsAt()),
							(meeting.location() != null) ? meeting.location() : "–", meeting.committee() },
					java.util.Locale.GERMAN);
			this.outbox.queue(tenantId, member.email().strip(), subject, body,
					List.of(new MailOutbox.Attachment(this.documents.fileName(Kind.INVITATION, meeting, true),
							"application/pdf", full)));
			mailed++;
		}
		this.store.invited(tenantId, id, late ? reason : null, now);
		redirect.addFlashAttribute("saved", "invited");
		redirect.addFlashAttribute("mailed", mailed);
		return BACK + id;
	}

	// ---- attendance -------------------------------------------------------------------

	private static final FormRows ATTENDANCE = new FormRows("members", List.of("person", "status"), 200);

	@GetMapping("/council/meetings/{id}/attendance")
	String attendance(@PathVariable UUID id, Model model) {
		Meeting meeting = findEditable(id);
		List<Member> members = this.store.members(tenant(), id);
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < members.size(); i++) {
			values.put(ATTENDANCE.field(i, "person"), members.get(i).personId().toString());
			AttendanceStatus status = members.get(i).attendance();
			values.put(ATTENDANCE.field(i, "status"), (status != null) ? status.name() : "");
		}
		return attendancePage(model, meeting, members, values, Map.of());
	}

	@PostMapping("/council/meetings/{id}/attendance")
	@Transactional
	String saveAttendance(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Meeting meeting = findEditable(id);
		UUID tenantId = tenant();
		List<Member> members = this.store.members(tenantId, id);
		List<UUID> persons = members.stream().map(Member::personId).toList();
		Bound<AttendanceForm> bound = this.forms.bind(flat(params), AttendanceForm.class, (form, errors) -> {
			List<AttendanceForm.Row> rows = (form.members() != null) ? form.members() : List.of();
			for (int i = 0; i < rows.size(); i++) {
				if (rows.get(i).person() != null && !persons.contains(rows.get(i).person())) {
					errors.rejectValue(ATTENDANCE.field(i, "person"), "council.meetings.error.notAMember");
				}
			}
		});
		CheckedValues checked = bound.checked();
		if (!checked.valid()) {
			return attendancePage(model, meeting, members, checked.values(), checked.errors());
		}
		Instant now = this.clock.instant();
		if (bound.form().members() != null) {
			for (AttendanceForm.Row row : bound.form().members()) {
				this.store.attendance(tenantId, id, row.person(), row.status(), now);
			}
		}
		redirect.addFlashAttribute("saved", "attendance");
		return BACK + id;
	}

	private String attendancePage(Model model, Meeting meeting, List<Member> members, Map<String, String> values,
			Map<String, ? extends org.springframework.context.MessageSourceResolvable> errors) {
		FormPage.show(model, values, errors, this.messages, LABELS, ATTENDANCE);
		model.addAttribute("meeting", meeting);
		model.addAttribute("members", members);
		model.addAttribute("rows", ATTENDANCE);
		model.addAttribute("statuses", AttendanceStatus.values());
		return "council/attendance";
	}

	// ---- minutes ----------------------------------------------------------------------

	private static final FormRows MINUTES = new FormRows("items",
			List.of("item", "result", "resolutionText", "votesYes", "votesNo", "votesAbstain"), 200);

	@GetMapping("/council/meetings/{id}/minutes")
	String minutes(@PathVariable UUID id, Model model) {
		Meeting meeting = findEditable(id);
		List<Item> agenda = this.store.agenda(tenant(), id);
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < agenda.size(); i++) {
			Item item = agenda.get(i);
			values.put(MINUTES.field(i, "item"), item.id().toString());
			values.put(MINUTES.field(i, "result"), nullToEmpty(item.result()));
			values.put(MINUTES.field(i, "resolutionText"), nullToEmpty(item.resolutionText()));
			values.put(MINUTES.field(i, "votesYes"), item.votesYes() == null ? "" : item.votesYes().toString());
			values.put(MINUTES.field(i, "votesNo"), item.votesNo() == null ? "" : item.votesNo().toString());
			values.put(MINUTES.field(i, "votesAbstain"),
					item.votesAbstain() == null ? "" : item.votesAbstain().toString());
		}
		return minutesPage(model, meeting, agenda, values, Map.of());
	}

	@PostMapping("/council/meetings/{id}/minutes")
	@Transactional
	String saveMinutes(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Meeting meeting = findEditable(id);
		UUID tenantId = tenant();
		List<Item> agenda = this.store.agenda(tenantId, id);
		List<UUID> ids = agenda.stream().map(Item::id).toList();
		Bound<MinutesForm> bound = this.forms.bind(flat(params), MinutesForm.class, (form, errors) -> {
			List<MinutesForm.Row> rows = (form.items() != null) ? form.items() : List.of();
			for (int i = 0; i < rows.size(); i++) {
				if (rows.get(i).item() != null && !ids.contains(rows.get(i).item())) {
					errors.rejectValue(MINUTES.field(i, "item"), "council.meetings.error.notAnItem");
				}
			}
		});
		CheckedValues checked = bound.checked();
		if (!checked.valid()) {
			return minutesPage(model, meeting, agenda, checked.values(), checked.errors());
		}
		Instant now = this.clock.instant();
		if (bound.form().items() != null) {
			for (MinutesForm.Row row : bound.form().items()) {
				this.store.minutes(tenantId, row.item(), blankToNull(row.result()), blankToNull(row.resolutionText()),
						row.votesYes(), row.votesNo(), row.votesAbstain(), now);
			}
		}
		redirect.addFlashAttribute("saved", "minutes");
		return BACK + id;
	}

	private String minutesPage(Model model, Meeting meeting, List<Item> agenda, Map<String, String> values,
			Map<String, ? extends org.springframework.context.MessageSourceResolvable> errors) {
		FormPage.show(model, values, errors, this.messages, LABELS, MINUTES);
		model.addAttribute("meeting", meeting);
		model.addAttribute("items", agenda);
		model.addAttribute("rows", MINUTES);
		return "council/minutes";
	}

	@GetMapping("/council/meetings/{id}/minutes.pdf")
	ResponseEntity<byte[]> minutesPdf(@PathVariable UUID id, @RequestParam(defaultValue = "full") String version) {
		boolean full = version(version);
		Meeting meeting = find(id);
		UUID tenantId = tenant();
		byte[] pdf = this.documents.render(tenantId, Kind.MINUTES, meeting, this.store.agenda(tenantId, id),
				this.store.members(tenantId, id), full);
		return Documents.download(pdf, this.documents.fileName(Kind.MINUTES, meeting, full));
	}

	@PostMapping("/council/meetings/{id}/publish")
	@Transactional
	String publish(@PathVariable UUID id, RedirectAttributes redirect) {
		Meeting meeting = find(id);
		if (meeting.state() == MeetingState.CANCELLED || meeting.published()) {
			throw new ConflictException(
					meeting.published() ? "council.meetings.error.published" : "council.meetings.error.cancelled");
		}
		if (meeting.startsAt().toInstant().isAfter(this.clock.instant())) {
			throw new ConflictException("council.meetings.error.notYetHeld");
		}
		UUID tenantId = tenant();
		Instant now = this.clock.instant();
		byte[] published = this.documents.render(tenantId, Kind.MINUTES, meeting, this.store.agenda(tenantId, id),
				this.store.members(tenantId, id), false);
		this.store.replaceFile(tenantId, id, FilePurpose.MINUTES,
				this.messages.getMessage("council.meetings.file.MINUTES", null, java.util.Locale.GERMAN),
				this.documents.fileName(Kind.MINUTES, meeting, false), this.times.today(this.clock), published, now);
		this.store.published(tenantId, id, now);
		redirect.addFlashAttribute("saved", "published");
		return BACK + id;
	}

	@GetMapping("/council/meetings/{id}/files/{file}")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID file) {
		Meeting meeting = find(id);
		MeetingStore.File found = this.store.files(tenant(), meeting.id())
			.stream()
			.filter((f) -> f.id().equals(file))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("council.meetings.error.notFound.file"));
		return Documents.download(this.store.fileContent(tenant(), id, file).orElseThrow(), found.fileName());
	}

	// ---- settings ---------------------------------------------------------------------

	@GetMapping("/council/settings")
	String settings(Model model) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("invitationDays", String.valueOf(this.store.invitationDays(tenant())));
		FormPage.show(model, values, Map.of(), this.messages, LABELS);
		return "council/settings";
	}

	@PostMapping("/council/settings")
	@Transactional
	String saveSettings(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		Bound<SettingsForm> bound = this.forms.bind(flat(params), SettingsForm.class);
		if (!bound.checked().valid()) {
			FormPage.show(model, bound.checked(), this.messages, LABELS);
			return "council/settings";
		}
		this.store.setInvitationDays(tenant(), bound.form().invitationDays(), this.clock.instant());
		redirect.addFlashAttribute("saved", "settings");
		return "redirect:/council/settings";
	}

	// ---- helpers ----------------------------------------------------------------------

	private static boolean version(String version) {
		return switch (version) {
			case "members", "full" -> true;
			case "public" -> false;
			default -> throw new BadRequestException("council.meetings.error.version", version);
		};
	}

	/**
	 * The parameters without the CSRF token (one value each; repeated names as a list).
	 */
	private static Map<String, Object> flat(MultiValueMap<String, String> params) {
		Map<String, Object> input = new LinkedHashMap<>();
		params.forEach((name, values) -> {
			if (!"_csrf".equals(name)) {
				input.put(name, (values.size() == 1) ? values.get(0) : values);
			}
		});
		return input;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	private static UUID tenant() {
		return CurrentActor.get().tenantId();
	}

	private Meeting find(UUID id) {
		return this.store.meeting(tenant(), id)
			.orElseThrow(() -> new NotFoundException("council.error.notFound.meeting"));
	}

	/** A meeting whose plan, agenda, attendance and minutes may still change. */
	private Meeting findEditable(UUID id) {
		Meeting meeting = find(id);
		if (!editable(meeting)) {
			throw new ConflictException(meeting.state() == MeetingState.CANCELLED ? "council.meetings.error.cancelled"
					: "council.meetings.error.published");
		}
		return meeting;
	}

	private Item findItem(Meeting meeting, UUID item) {
		return this.store.agenda(tenant(), meeting.id())
			.stream()
			.filter((i) -> i.id().equals(item))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("council.meetings.error.notFound.item"));
	}

}
