package de.teilhabe.network.committee;

import java.util.Map;
import java.util.UUID;

import de.teilhabe.council.Committees;
import de.teilhabe.council.NetworkCommittee;
import de.teilhabe.council.NetworkCommittee.Meeting;
import de.teilhabe.council.NetworkCommittee.Membership;
import de.teilhabe.council.model.MeetingState;
import de.teilhabe.network.form.Filter;
import de.teilhabe.network.form.Forms;
import de.teilhabe.network.form.Page;
import de.teilhabe.network.project.AuditedSave;
import de.teilhabe.network.project.OfficeForm;
import de.teilhabe.network.project.OrganisationChoices;
import de.teilhabe.network.scope.NetworkScope;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Committees and working groups the office sits on, with their members and meetings.
 * Readers and the council's office see them; the office maintains them. The records
 * belong to the council module ({@link Committees}, one model of a body); these pages
 * keep their place in the network's section.
 */
@Controller
class CommitteeController {

	/** Entries per page of the list. */
	static final int PAGE_SIZE = 50;

	private final Committees committees;

	private final OrganisationChoices organisations;

	private final NetworkScope scope;

	private final AuditedSave saving;

	private final MessageSource messages;

	private final Times times;

	private final FormBinder forms;

	private final OfficeForm<NetworkCommittee> editor;

	CommitteeController(Committees committees, OrganisationChoices organisations, NetworkScope scope,
			AuditedSave saving, MessageSource messages, Times times, FormBinder forms) {
		this.forms = forms;
		this.committees = committees;
		this.organisations = organisations;
		this.scope = scope;
		this.saving = saving;
		this.messages = messages;
		this.times = times;
		this.editor = new OfficeForm<>(saving, "committee", committees::find, "network.error.notFound.committee",
				NetworkCommittee::id, () -> CommitteeForms.empty(CommitteeForms.COMMITTEE_FIELDS), CommitteeForms::of,
				(actor, params) -> forms.bind(params, CommitteeForm.class).checked(),
				(model, actor, committee, values, errors) -> committeePage(model, committee, values, errors),
				(tenantId, id, values, now) -> committees.create(tenantId, id, CommitteeForms.committee(values), now),
				(tenantId, id, values, now) -> committees.update(tenantId, id, CommitteeForms.committee(values), now),
				(id, values) -> "/network/committees/" + id);
	}

	@GetMapping("/network/committees")
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		Filter filter = new Filter(q, null, null, null, null);
		model.addAttribute("filter", filter);
		ApiPage<NetworkCommittee> result = this.committees.search(actor.tenantId(),
				filter.q().isEmpty() ? null : filter.likePattern(), new ApiPaging(page, PAGE_SIZE));
		model.addAttribute("result", new Page<>(result.items(), result.page(), result.size(), result.totalItems()));
		model.addAttribute("office", this.scope.isOffice(actor));
		return "network/committees";
	}

	@GetMapping("/network/committees/{id}")
	String detail(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("committee", find(actor, id));
		model.addAttribute("office", this.scope.isOffice(actor));
		// the council's office reads the committees but not the organisations' pages
		model.addAttribute("linksOrganisations", this.scope.readsAll(actor));
		return "network/committee";
	}

	@GetMapping({ "/network/committees/new", "/network/committees/{id}/edit" })
	String committeeForm(@PathVariable(required = false) UUID id, Model model) {
		return this.editor.show(model, this.scope.officeActor(), id);
	}

	@PostMapping({ "/network/committees", "/network/committees/{id}" })
	String saveCommittee(@PathVariable(required = false) UUID id, @RequestParam MultiValueMap<String, String> params,
			Model model, RedirectAttributes redirect) {
		return this.editor.save(model, this.scope.officeActor(), id, params, redirect);
	}

	@GetMapping("/network/committees/{id}/memberships/new")
	String membershipCreateForm(@PathVariable UUID id, Model model) {
		Actor actor = this.scope.officeActor();
		return membershipForm(model, actor, find(actor, id), null,
				CommitteeForms.empty(CommitteeForms.MEMBERSHIP_FIELDS), Map.of());
	}

	@PostMapping("/network/committees/{id}/memberships")
	String membershipCreate(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Actor actor = this.scope.officeActor();
		return saveMembership(actor, find(actor, id), null, params, model, redirect);
	}

	@GetMapping("/network/committee-memberships/{id}/edit")
	String membershipEditForm(@PathVariable UUID id, Model model) {
		Actor actor = this.scope.officeActor();
		Membership membership = findMembership(actor, id);
		return membershipForm(model, actor, find(actor, membership.committeeId()), membership,
				CommitteeForms.of(membership), Map.of());
	}

	@PostMapping("/network/committee-memberships/{id}")
	String membershipUpdate(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Actor actor = this.scope.officeActor();
		Membership membership = findMembership(actor, id);
		return saveMembership(actor, find(actor, membership.committeeId()), membership, params, model, redirect);
	}

	@GetMapping("/network/committees/{id}/meetings/new")
	String meetingCreateForm(@PathVariable UUID id, Model model) {
		Actor actor = this.scope.officeActor();
		Map<String, String> values = CommitteeForms.empty(CommitteeForms.MEETING_FIELDS);
		values.put("state", MeetingState.SCHEDULED.name());
		return meetingForm(model, find(actor, id), null, values, Map.of());
	}

	@PostMapping("/network/committees/{id}/meetings")
	String meetingCreate(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Actor actor = this.scope.officeActor();
		return saveMeeting(actor, find(actor, id), null, params, model, redirect);
	}

	@GetMapping("/network/committee-meetings/{id}/edit")
	String meetingEditForm(@PathVariable UUID id, Model model) {
		Actor actor = this.scope.officeActor();
		Meeting meeting = findMeeting(actor, id);
		return meetingForm(model, find(actor, meeting.committeeId()), meeting, CommitteeForms.of(meeting, this.times),
				Map.of());
	}

	@PostMapping("/network/committee-meetings/{id}")
	String meetingUpdate(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Actor actor = this.scope.officeActor();
		Meeting meeting = findMeeting(actor, id);
		return saveMeeting(actor, find(actor, meeting.committeeId()), meeting, params, model, redirect);
	}

	private String saveMembership(Actor actor, NetworkCommittee committee, Membership membership,
			MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		CheckedValues check = MembershipForm.check(this.forms, params, this.organisations.ids(actor.tenantId()));
		return this.saving.saveOrShow(check,
				() -> membershipForm(model, actor, committee, membership, check.values(), check.errors()),
				"committee_membership", (membership != null) ? membership.id() : null,
				(id, values, now) -> this.committees.createMembership(actor.tenantId(), id, committee.id(),
						CommitteeForms.membership(values), now),
				(id, values, now) -> this.committees.updateMembership(actor.tenantId(), id,
						CommitteeForms.membership(values), now),
				redirect, (id) -> "/network/committees/" + committee.id());
	}

	private String saveMeeting(Actor actor, NetworkCommittee committee, Meeting meeting,
			MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		CheckedValues check = this.forms.bind(params, MeetingForm.class).checked();
		return this.saving.saveOrShow(check,
				() -> meetingForm(model, committee, meeting, check.values(), check.errors()), "committee_meeting",
				(meeting != null) ? meeting.id() : null,
				(id, values, now) -> this.committees.createMeeting(actor.tenantId(), id, committee.id(),
						CommitteeForms.meeting(values, this.times), now),
				(id, values, now) -> this.committees.updateMeeting(actor.tenantId(), id,
						CommitteeForms.meeting(values, this.times), now),
				redirect, (id) -> "/network/committees/" + committee.id());
	}

	private String committeePage(Model model, NetworkCommittee committee, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors) {
		Forms.show(model, values, errors, this.messages);
		model.addAttribute("committee", committee);
		return "network/committee-form";
	}

	private String membershipForm(Model model, Actor actor, NetworkCommittee committee, Membership membership,
			Map<String, String> values, Map<String, ? extends MessageSourceResolvable> errors) {
		Forms.show(model, values, errors, this.messages);
		model.addAttribute("committee", committee);
		model.addAttribute("membership", membership);
		model.addAttribute("organisationChoices", this.organisations.of(actor.tenantId()));
		return "network/committee-membership-form";
	}

	private String meetingForm(Model model, NetworkCommittee committee, Meeting meeting, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors) {
		Forms.show(model, values, errors, this.messages);
		model.addAttribute("committee", committee);
		model.addAttribute("meeting", meeting);
		model.addAttribute("states", MeetingState.values());
		return "network/committee-meeting-form";
	}

	private NetworkCommittee find(Actor actor, UUID id) {
		return this.editor.find(actor, id);
	}

	private Membership findMembership(Actor actor, UUID id) {
		return this.committees.membership(actor.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("network.error.notFound.membership"));
	}

	private Meeting findMeeting(Actor actor, UUID id) {
		return this.committees.meeting(actor.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("network.error.notFound.meeting"));
	}

}
