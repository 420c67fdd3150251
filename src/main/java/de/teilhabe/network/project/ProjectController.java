package de.teilhabe.network.project;

import java.util.Map;
import java.util.UUID;

import de.teilhabe.network.form.Forms;
import de.teilhabe.network.organisation.FieldOfWork;
import de.teilhabe.network.scope.NetworkScope;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPaging;
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
 * The project pages: list with search and filters, detail, create and edit (the office;
 * all or nothing, with partners, funding sources and milestones in one form).
 */
@Controller
class ProjectController {

	private final ProjectStore projects;

	private final OrganisationChoices organisations;

	private final NetworkScope scope;

	private final MessageSource messages;

	private final ConceptRefChoices conceptRefs;

	private final OfficeForm<Project> editor;

	ProjectController(ProjectStore projects, OrganisationChoices organisations, NetworkScope scope, AuditedSave saving,
			MessageSource messages, FormBinder forms, ConceptRefChoices conceptRefs) {
		this.projects = projects;
		this.conceptRefs = conceptRefs;
		this.organisations = organisations;
		this.scope = scope;
		this.messages = messages;
		this.editor = new OfficeForm<>(saving, "project", projects::find, "network.error.notFound.project", Project::id,
				ProjectForm::empty, ProjectForm::of,
				(actor, params) -> ProjectForm.check(forms, params, organisations.ids(actor.tenantId()),
						(refs) -> conceptRefs.resolve(actor.tenantId(), refs).keySet()),
				this::formPage, projects::create, projects::update, (id, values) -> "/network/projects/" + id);
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
		Project project = this.editor.find(actor, id);
		model.addAttribute("project", project);
		model.addAttribute("conceptItems", this.conceptRefs.resolve(actor.tenantId(), project.conceptRefs()).values());
		model.addAttribute("office", this.scope.isOffice(actor));
		return "network/project";
	}

	@GetMapping({ "/network/projects/new", "/network/projects/{id}/edit" })
	String form(@PathVariable(required = false) UUID id, Model model) {
		return this.editor.show(model, this.scope.officeActor(), id);
	}

	@PostMapping({ "/network/projects", "/network/projects/{id}" })
	String save(@PathVariable(required = false) UUID id, @RequestParam MultiValueMap<String, String> params,
			Model model, RedirectAttributes redirect) {
		return this.editor.save(model, this.scope.officeActor(), id, params, redirect);
	}

	private String formPage(Model model, Actor actor, Project project, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors) {
		Forms.show(model, values, errors, this.messages, ProjectForm.PARTNERS, ProjectForm.FUNDING,
				ProjectForm.MILESTONES);
		model.addAttribute("project", project);
		model.addAttribute("statuses", ProjectStatus.values());
		model.addAttribute("fieldsOfWork", FieldOfWork.values());
		model.addAttribute("organisationChoices", this.organisations.of(actor.tenantId()));
		model.addAttribute("conceptRefChoices", this.conceptRefs.choices(actor.tenantId(),
				(project != null) ? project.conceptRefs() : java.util.List.of()));
		return "network/project-form";
	}

}
