package de.teilhabe.network.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.teilhabe.council.Committees;
import de.teilhabe.council.NetworkCommittee;
import de.teilhabe.network.form.Filter;
import de.teilhabe.network.project.Project;
import de.teilhabe.network.project.ProjectFilter;
import de.teilhabe.network.project.ProjectStore;
import de.teilhabe.network.support.OpeningSupport;
import de.teilhabe.network.support.SupportStore;
import de.teilhabe.network.support.Training;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.BadRequestException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read API of the office's own records of the network, for staff tokens: projects,
 * MSO support (trainings and intercultural-opening support) and committees, each read by
 * the roles that read its page, always the caller's own tenant's, paged like every list.
 * The lists hold each record's own data (no partners, materials, memberships or
 * meetings).
 */
@RestController
@RequestMapping("/api/v1")
class StaffApiController {

	private final ProjectStore projects;

	private final SupportStore support;

	private final Committees committees;

	StaffApiController(ProjectStore projects, SupportStore support, Committees committees) {
		this.projects = projects;
		this.support = support;
		this.committees = committees;
	}

	/**
	 * Projects by title; {@code q} text, {@code status}, {@code field},
	 * {@code organisation} (id).
	 */
	@GetMapping("/projects")
	ApiPage<ProjectItem> projects(@RequestParam(required = false) String q,
			@RequestParam(required = false) String status, @RequestParam(required = false) String field,
			@RequestParam(required = false) String organisation, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.projects
			.search(tenantId(), new ProjectFilter(q, status, field, organisation), new ApiPaging(page, size))
			.toApi(ProjectItem::of);
	}

	/**
	 * MSO support, newest first: {@code type=TRAINING} (the default; {@code q} searches
	 * them) or {@code type=OPENING} (intercultural-opening support); {@code organisation}
	 * (id) narrows either to one organisation.
	 */
	@GetMapping("/support")
	ApiPage<?> support(@RequestParam(required = false) String type, @RequestParam(required = false) String q,
			@RequestParam(required = false) String organisation, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		ProjectFilter filter = new ProjectFilter(q, null, null, organisation);
		UUID organisationId = filter.organisation().isEmpty() ? null : UUID.fromString(filter.organisation());
		ApiPaging paging = new ApiPaging(page, size);
		String kind = (type != null) ? type.strip().toUpperCase(Locale.ROOT) : "TRAINING";
		return switch (kind) {
			case "TRAINING" -> this.support
				.trainings(tenantId(), filter.q().isEmpty() ? null : filter.likePattern(), organisationId, paging)
				.toApi(TrainingItem::of);
			case "OPENING" -> {
				if (!filter.q().isEmpty()) {
					throw new BadRequestException("network.error.support.openingSearch");
				}
				yield this.support.openings(tenantId(), organisationId, paging).toApi((opening) -> opening);
			}
			default -> throw new BadRequestException("network.error.support.type");
		};
	}

	/** Committees by name; {@code q} text. */
	@GetMapping("/committees")
	ApiPage<CommitteeItem> committees(@RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Filter filter = new Filter(q, null, null, null, null);
		return this.committees
			.search(tenantId(), filter.q().isEmpty() ? null : filter.likePattern(), new ApiPaging(page, size))
			.map(CommitteeItem::of);
	}

	private static UUID tenantId() {
		return CurrentActor.get().tenantId();
	}

	/**
	 * A project in the list.
	 *
	 * @param id its id
	 * @param title the title
	 * @param goal what it is to achieve
	 * @param fieldsOfWork fields of work
	 * @param leadOrganisationId the leading organisation (null: the office)
	 * @param leadOrganisationName its name
	 * @param status where it stands
	 * @param startDate when it starts
	 * @param endDate when it ends
	 * @param budget the whole budget in euro
	 */
	record ProjectItem(UUID id, String title, String goal, List<String> fieldsOfWork, UUID leadOrganisationId,
			String leadOrganisationName, String status, LocalDate startDate, LocalDate endDate, BigDecimal budget) {

		static ProjectItem of(Project project) {
			return new ProjectItem(project.id(), project.title(), project.goal(), project.fieldsOfWork(),
					project.leadOrganisationId(), project.leadOrganisationName(), project.status().name(),
					project.startDate(), project.endDate(), project.budget());
		}

	}

	/**
	 * A training in the list.
	 *
	 * @param id its id
	 * @param title the title
	 * @param audience for whom
	 * @param heldOn when
	 * @param topics its topics
	 * @param participantCount how many took part
	 * @param place where
	 * @param description what it was
	 */
	record TrainingItem(UUID id, String title, String audience, LocalDate heldOn, List<String> topics,
			Integer participantCount, String place, String description) {

		static TrainingItem of(Training training) {
			return new TrainingItem(training.id(), training.title(), training.audience().name(), training.heldOn(),
					training.topics(), training.participantCount(), training.place(), training.description());
		}

	}

	/**
	 * A committee in the list.
	 *
	 * @param id its id
	 * @param name its name
	 * @param shortName its short name
	 * @param classification what kind of body
	 * @param startDate since when
	 * @param endDate until when
	 * @param website its website
	 * @param officeRole the office's role in it
	 * @param description what it does
	 */
	record CommitteeItem(UUID id, String name, String shortName, String classification, LocalDate startDate,
			LocalDate endDate, String website, String officeRole, String description) {

		static CommitteeItem of(NetworkCommittee committee) {
			return new CommitteeItem(committee.id(), committee.name(), committee.shortName(),
					committee.classification(), committee.startDate(), committee.endDate(), committee.website(),
					committee.officeRole(), committee.description());
		}

	}

}
