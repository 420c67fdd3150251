package de.teilhabe.council.member;

import java.util.Map;
import java.util.UUID;

import de.teilhabe.council.member.MemberStore.Membership;
import de.teilhabe.council.member.MemberStore.Person;
import de.teilhabe.council.model.MemberRole;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormPage;

import org.springframework.beans.factory.annotation.Value;
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
 * The office's forms of terms (with the election and its results), persons, memberships
 * (ending one and naming the successor in one step) and working groups. COUNCIL_OFFICE
 * only (see {@link MemberRequestAuthorizations}); another tenant's record answers 404.
 * Every form is bound by {@link FormBinder}, all or nothing; an invalid one answers 400
 * with every wrong field named.
 */
@Controller
class MemberController {

	private static final String LABELS = "council.members.field.";

	private final MemberStore store;

	private final CouncilChanges changes;

	private final FormBinder forms;

	private final MessageSource messages;

	private final int councilSeats;

	MemberController(MemberStore store, CouncilChanges changes, FormBinder forms, MessageSource messages,
			@Value("${teilhabe.council.seats:11}") int councilSeats) {
		this.store = store;
		this.changes = changes;
		this.forms = forms;
		this.messages = messages;
		this.councilSeats = councilSeats;
	}

	// terms

	@GetMapping({ "/council/terms/new", "/council/terms/{id}/edit" })
	String termForm(@PathVariable(required = false) UUID id, Model model) {
		UUID tenantId = tenant();
		Map<String, String> values = (id == null) ? FormBinder.empty(FormBinder.fields(TermForm.class))
				: FormBinder.values(this.store.termForm(tenantId, id).orElseThrow(MemberController::termNotFound));
		return termPage(model, id, values, Map.of());
	}

	@PostMapping({ "/council/terms", "/council/terms/{id}" })
	String saveTerm(@PathVariable(required = false) UUID id, @RequestParam MultiValueMap<String, String> params,
			Model model, RedirectAttributes redirect) {
		UUID tenantId = tenant();
		if (id != null) {
			this.store.term(tenantId, id).orElseThrow(MemberController::termNotFound);
		}
		FormBinder.Bound<TermForm> bound = this.forms.bind(params.toSingleValueMap(), TermForm.class,
				(form, errors) -> {
					for (int row = 0; row < form.results().size(); row++) {
						Integer seats = form.results().get(row).seats();
						if (seats != null && seats > this.councilSeats
								&& !errors.hasFieldErrors("results[" + row + "].seats")) {
							errors.rejectValue("results[" + row + "].seats", "council.members.error.seats",
									new Object[] { this.councilSeats }, null);
						}
					}
					if (form.listSeats() > this.councilSeats && !errors.hasFieldErrors("results")) {
						errors.rejectValue("results", "council.members.error.seatsTogether",
								new Object[] { form.listSeats(), this.councilSeats }, null);
					}
				});
		CheckedValues checked = bound.checked();
		if (!checked.valid()) {
			return termPage(model, id, checked.values(), checked.errors());
		}
		UUID saved = this.changes.save("term", id,
				(newId, now) -> this.store.createTerm(tenantId, newId, bound.form(), now),
				(sameId, now) -> this.store.updateTerm(tenantId, sameId, bound.form(), now));
		redirect.addFlashAttribute("saved", "saved");
		return "redirect:/council?term=" + saved;
	}

	@PostMapping("/council/terms/{id}/delete")
	String deleteTerm(@PathVariable UUID id, RedirectAttributes redirect) {
		UUID tenantId = tenant();
		this.store.term(tenantId, id).orElseThrow(MemberController::termNotFound);
		this.changes.delete("term", tenantId, id);
		redirect.addFlashAttribute("saved", "deleted");
		return "redirect:/council";
	}

	private String termPage(Model model, UUID id, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors) {
		FormPage.show(model, values, errors, this.messages, LABELS, TermForm.RESULTS);
		model.addAttribute("termId", id);
		model.addAttribute("councilSeats", this.councilSeats);
		return "council/term-form";
	}

	// persons

	@GetMapping("/council/persons")
	String persons(Model model) {
		model.addAttribute("persons", this.store.persons(tenant()));
		return "council/persons";
	}

	@GetMapping("/council/persons/{id}")
	String person(@PathVariable UUID id, Model model) {
		UUID tenantId = tenant();
		model.addAttribute("person", findPerson(tenantId, id));
		model.addAttribute("memberships", this.store.memberships(tenantId, id));
		return "council/person";
	}

	@GetMapping({ "/council/persons/new", "/council/persons/{id}/edit" })
	String personForm(@PathVariable(required = false) UUID id, Model model) {
		Map<String, String> values = FormBinder.empty(FormBinder.fields(PersonForm.class));
		Person person = null;
		if (id != null) {
			person = findPerson(tenant(), id);
			values = FormBinder.values(new PersonForm(person.givenName(), person.familyName(), person.email()));
		}
		return personPage(model, person, values, Map.of());
	}

	@PostMapping({ "/council/persons", "/council/persons/{id}" })
	String savePerson(@PathVariable(required = false) UUID id, @RequestParam MultiValueMap<String, String> params,
			Model model, RedirectAttributes redirect) {
		UUID tenantId = tenant();
		Person person = (id != null) ? findPerson(tenantId, id) : null;
		FormBinder.Bound<PersonForm> bound = this.forms.bind(params, PersonForm.class);
		if (!bound.valid()) {
			return personPage(model, person, bound.checked().values(), bound.checked().errors());
		}
		UUID saved = this.changes.save("person", id,
				(newId, now) -> this.store.createPerson(tenantId, newId, bound.form(), now),
				(sameId, now) -> this.store.updatePerson(tenantId, sameId, bound.form(), now));
		redirect.addFlashAttribute("saved", "saved");
		return "redirect:/council/persons/" + saved;
	}

	@PostMapping("/council/persons/{id}/delete")
	String deletePerson(@PathVariable UUID id, RedirectAttributes redirect) {
		UUID tenantId = tenant();
		findPerson(tenantId, id);
		this.changes.delete("person", tenantId, id, "membership.person_id");
		redirect.addFlashAttribute("saved", "deleted");
		return "redirect:/council/persons";
	}

	private String personPage(Model model, Person person, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors) {
		FormPage.show(model, values, errors, this.messages, LABELS);
		model.addAttribute("person", person);
		return "council/person-form";
	}

	// memberships

	@GetMapping("/council/persons/{id}/memberships/new")
	String membershipNew(@PathVariable UUID id, Model model) {
		UUID tenantId = tenant();
		Map<String, String> values = FormBinder.empty(FormBinder.fields(MembershipForm.class));
		values.put("role", MemberRole.MEMBER.name());
		values.put("votingRight", MembershipForm.Vote.VOTING.name());
		return membershipPage(model, tenantId, findPerson(tenantId, id), null, values, Map.of());
	}

	@PostMapping("/council/persons/{id}/memberships")
	String membershipCreate(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		UUID tenantId = tenant();
		return saveMembership(model, tenantId, findPerson(tenantId, id), null, params, redirect);
	}

	@GetMapping("/council/memberships/{id}/edit")
	String membershipEdit(@PathVariable UUID id, Model model) {
		UUID tenantId = tenant();
		Membership membership = findMembership(tenantId, id);
		MembershipForm form = new MembershipForm(membership.committeeId(), membership.termId(), membership.role(),
				membership.votingRight() ? MembershipForm.Vote.VOTING : MembershipForm.Vote.ADVISORY,
				membership.delegatedBy(), membership.startDate(), membership.endDate());
		return membershipPage(model, tenantId, findPerson(tenantId, membership.personId()), membership,
				FormBinder.values(form), Map.of());
	}

	@PostMapping("/council/memberships/{id}")
	String membershipUpdate(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		UUID tenantId = tenant();
		Membership membership = findMembership(tenantId, id);
		return saveMembership(model, tenantId, findPerson(tenantId, membership.personId()), membership, params,
				redirect);
	}

	@PostMapping("/council/memberships/{id}/delete")
	String membershipDelete(@PathVariable UUID id, RedirectAttributes redirect) {
		UUID tenantId = tenant();
		Membership membership = findMembership(tenantId, id);
		this.changes.delete("membership", tenantId, id);
		redirect.addFlashAttribute("saved", "deleted");
		return "redirect:/council/persons/" + membership.personId();
	}

	private String saveMembership(Model model, UUID tenantId, Person person, Membership membership,
			MultiValueMap<String, String> params, RedirectAttributes redirect) {
		UUID self = (membership != null) ? membership.id() : null;
		FormBinder.Bound<MembershipForm> bound = this.forms.bind(params.toSingleValueMap(), MembershipForm.class,
				(form, errors) -> this.store.checkMembership(tenantId, form, self, errors));
		if (!bound.valid()) {
			return membershipPage(model, tenantId, person, membership, bound.checked().values(),
					bound.checked().errors());
		}
		UUID saved = this.changes.save("membership", self,
				(newId, now) -> this.store.createMembership(tenantId, newId, person.id(), bound.form(), null, now),
				(sameId, now) -> this.store.updateMembership(tenantId, sameId, bound.form(), now));
		redirect.addFlashAttribute("saved", "saved");
		return "redirect:/council/persons/" + person.id();
	}

	private String membershipPage(Model model, UUID tenantId, Person person, Membership membership,
			Map<String, String> values, Map<String, ? extends MessageSourceResolvable> errors) {
		FormPage.show(model, values, errors, this.messages, LABELS);
		model.addAttribute("person", person);
		model.addAttribute("membership", membership);
		model.addAttribute("committees", this.store.committees(tenantId));
		model.addAttribute("terms", this.store.terms(tenantId));
		model.addAttribute("roles", MemberRole.values());
		model.addAttribute("votes", MembershipForm.Vote.values());
		return "council/membership-form";
	}

	// ending a membership with the successor

	@GetMapping("/council/memberships/{id}/end")
	String endForm(@PathVariable UUID id, Model model) {
		UUID tenantId = tenant();
		Membership membership = findMembership(tenantId, id);
		return endPage(model, tenantId, membership, FormBinder.empty(FormBinder.fields(SuccessionForm.class)),
				Map.of());
	}

	@PostMapping("/council/memberships/{id}/end")
	String end(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		UUID tenantId = tenant();
		Membership ended = findMembership(tenantId, id);
		FormBinder.Bound<SuccessionForm> bound = this.forms.bind(params.toSingleValueMap(), SuccessionForm.class,
				(form, errors) -> checkSuccession(tenantId, ended, form, errors));
		if (!bound.valid()) {
			return endPage(model, tenantId, ended, bound.checked().values(), bound.checked().errors());
		}
		SuccessionForm form = bound.form();
		this.changes.write("membership", "ended", id, (now) -> {
			this.store.endMembership(tenantId, id, form.endDate(), now);
			if (form.successor() != null) {
				UUID successor = UUID.randomUUID();
				MembershipForm taken = successorMembership(ended, form);
				this.store.createMembership(tenantId, successor, form.successor(), taken, id, now);
			}
		});
		if (form.successor() != null) {
			redirect.addFlashAttribute("saved", "succeeded");
			return "redirect:/council/persons/" + form.successor();
		}
		redirect.addFlashAttribute("saved", "saved");
		return "redirect:/council/persons/" + ended.personId();
	}

	private static MembershipForm successorMembership(Membership ended, SuccessionForm form) {
		return new MembershipForm(ended.committeeId(), ended.termId(), ended.role(),
				ended.votingRight() ? MembershipForm.Vote.VOTING : MembershipForm.Vote.ADVISORY, ended.delegatedBy(),
				form.successorStart(), null);
	}

	private void checkSuccession(UUID tenantId, Membership ended, SuccessionForm form,
			org.springframework.validation.Errors errors) {
		if (form.endDate().isBefore(ended.startDate())) {
			errors.rejectValue("endDate", "council.members.error.endBeforeStart");
		}
		if (ended.termId() != null) {
			this.store.term(tenantId, ended.termId()).ifPresent((term) -> {
				if (!MemberStore.inside(term, form.endDate()) && !errors.hasFieldErrors("endDate")) {
					errors.rejectValue("endDate", "council.members.error.outsideTerm", new Object[] { term.name() },
							null);
				}
				if (form.successorStart() != null && !MemberStore.inside(term, form.successorStart())
						&& !errors.hasFieldErrors("successorStart")) {
					errors.rejectValue("successorStart", "council.members.error.outsideTerm",
							new Object[] { term.name() }, null);
				}
			});
		}
		if (form.successor() != null) {
			if (this.store.person(tenantId, form.successor()).isEmpty()) {
				errors.rejectValue("successor", "council.members.error.choice");
			}
			else if (form.successor().equals(ended.personId())) {
				errors.rejectValue("successor", "council.members.error.samePerson");
			}
		}
	}

	private String endPage(Model model, UUID tenantId, Membership membership, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors) {
		FormPage.show(model, values, errors, this.messages, LABELS);
		model.addAttribute("membership", membership);
		model.addAttribute("persons",
				this.store.persons(tenantId).stream().filter((p) -> !p.id().equals(membership.personId())).toList());
		return "council/membership-end";
	}

	// working groups

	@GetMapping("/council/working-groups")
	String workingGroups(Model model) {
		model.addAttribute("groups", this.store.workingGroups(tenant()));
		return "council/working-groups";
	}

	@GetMapping({ "/council/working-groups/new", "/council/working-groups/{id}/edit" })
	String workingGroupForm(@PathVariable(required = false) UUID id, Model model) {
		Map<String, String> values = FormBinder.empty(FormBinder.fields(WorkingGroupForm.class));
		if (id != null) {
			MemberStore.WorkingGroup group = findGroup(tenant(), id);
			values = FormBinder.values(new WorkingGroupForm(group.name(), group.shortName(), group.startDate(),
					group.endDate(), group.description()));
		}
		return groupPage(model, id, values, Map.of());
	}

	@PostMapping({ "/council/working-groups", "/council/working-groups/{id}" })
	String saveWorkingGroup(@PathVariable(required = false) UUID id, @RequestParam MultiValueMap<String, String> params,
			Model model, RedirectAttributes redirect) {
		UUID tenantId = tenant();
		if (id != null) {
			findGroup(tenantId, id);
		}
		UUID council = this.store.council(tenantId)
			.orElseThrow(() -> new NotFoundException("council.members.error.noCouncil"));
		FormBinder.Bound<WorkingGroupForm> bound = this.forms.bind(params, WorkingGroupForm.class);
		if (!bound.valid()) {
			return groupPage(model, id, bound.checked().values(), bound.checked().errors());
		}
		UUID saved = this.changes.save("committee", id,
				(newId, now) -> this.store.createWorkingGroup(tenantId, newId, council, bound.form(), now),
				(sameId, now) -> this.store.updateWorkingGroup(tenantId, sameId, bound.form(), now));
		redirect.addFlashAttribute("saved", "saved");
		return "redirect:/council/working-groups";
	}

	@PostMapping("/council/working-groups/{id}/delete")
	String deleteWorkingGroup(@PathVariable UUID id, RedirectAttributes redirect) {
		UUID tenantId = tenant();
		findGroup(tenantId, id);
		this.changes.delete("committee", tenantId, id, "membership.committee_id");
		redirect.addFlashAttribute("saved", "deleted");
		return "redirect:/council/working-groups";
	}

	private String groupPage(Model model, UUID id, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors) {
		FormPage.show(model, values, errors, this.messages, LABELS);
		model.addAttribute("groupId", id);
		return "council/working-group-form";
	}

	// finding

	private static UUID tenant() {
		return CurrentActor.get().tenantId();
	}

	private static NotFoundException termNotFound() {
		return new NotFoundException("council.error.notFound.term");
	}

	private Person findPerson(UUID tenantId, UUID id) {
		return this.store.person(tenantId, id)
			.orElseThrow(() -> new NotFoundException("council.members.error.notFound.person"));
	}

	private Membership findMembership(UUID tenantId, UUID id) {
		return this.store.membership(tenantId, id)
			.orElseThrow(() -> new NotFoundException("council.members.error.notFound.membership"));
	}

	private MemberStore.WorkingGroup findGroup(UUID tenantId, UUID id) {
		return this.store.workingGroup(tenantId, id)
			.orElseThrow(() -> new NotFoundException("council.members.error.notFound.workingGroup"));
	}

}
