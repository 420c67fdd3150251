package de.teilhabe.network.project;

import java.util.Map;
import java.util.UUID;

import de.teilhabe.network.form.Forms;
import de.teilhabe.network.organisation.FieldOfWork;
import de.teilhabe.network.scope.NetworkScope;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;
import jakarta.servlet.http.HttpServletResponse;

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
 * The project pages: list with search and filters, detail, create and edit (the office;
 * all or nothing, with partners, funding sources and milestones in one form).
 */
@Controller
class ProjectController {

	private final ProjectStore projects;

	private final OrganisationChoices organisations;

	private final NetworkScope scope;

	private final AuditedSave saving;

	private final MessageSource messages;

	private final FormBinder forms;

	ProjectController(ProjectStore projects, OrganisationChoices organisations, NetworkScope scope, AuditedSave saving,
			MessageSource messages, FormBinder forms) {
		this.forms = forms;
		this.projects = projects;
		this.organisations = organisations;
		this.scope = scope;
		this.saving = saving;
		this.messages = messages;
	}

	@GetMapping("/network/projects")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
			@RequestParam(required = false) String field, @RequestParam(required = false) String organisation,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		ProjectFilter filter = new ProjectFilter(q, status, field, organisation);
		model.addAttribute("filter", filter);
		model.addAttribute("result", this.projects.search(actor.tenantId(), filter, new ApiPaging(page, 50)));
		model.addAttribute("office", this.scope.isOffice(actor));
		model.addAttribute("statuses", ProjectStatus.values());
		model.addAttribute("fieldsOfWork", FieldOfWork.values());
		model.addAttribute("organisationChoices", this.organisations.of(actor.tenantId()));
		return "network/projects";
	}

	@GetMapping("/network/projects/{id}")
	String detail(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("project", find(actor, id));
		model.addAttribute("office", this.scope.isOffice(actor));
		return "network/project";
	}

	@GetMapping("/network/projects/new")
	String createForm(Model model) {
		Actor actor = this.scope.officeActor();
		return form(model, actor, null, ProjectForm.empty(), Map.of());
	}

	@PostMapping("/network/projects")
	String create(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = this.scope.officeActor();
		return save(actor, null, params, model, response, redirect);
	}

	@GetMapping("/network/projects/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		Actor actor = this.scope.officeActor();
		Project project = find(actor, id);
		return form(model, actor, project, ProjectForm.of(project), Map.of());
	}

	@PostMapping("/network/projects/{id}")
	String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = this.scope.officeActor();
		return save(actor, find(actor, id), params, model, response, redirect);
	}

	private String save(Actor actor, Project project, MultiValueMap<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		CheckedValues check = ProjectForm.check(this.forms, params, this.organisations.ids(actor.tenantId()));
		return this.saving.saveOrShow(check, response,
				() -> form(model, actor, project, check.values(), check.errors()), "project",
				(project != null) ? project.id() : null,
				(id, values, now) -> this.projects.create(actor.tenantId(), id, values, now),
				(id, values, now) -> this.projects.update(actor.tenantId(), id, values, now), redirect,
				(id) -> "/network/projects/" + id);
	}

	private String form(Model model, Actor actor, Project project, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors) {
		Forms.show(model, values, errors, this.messages, ProjectForm.PARTNERS, ProjectForm.FUNDING,
				ProjectForm.MILESTONES);
		model.addAttribute("project", project);
		model.addAttribute("statuses", ProjectStatus.values());
		model.addAttribute("fieldsOfWork", FieldOfWork.values());
		model.addAttribute("organisationChoices", this.organisations.of(actor.tenantId()));
		return "network/project-form";
	}

	private Project find(Actor actor, UUID id) {
		return this.projects.find(actor.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("network.error.notFound.project"));
	}

}
