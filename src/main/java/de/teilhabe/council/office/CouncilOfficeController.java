package de.teilhabe.council.office;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.council.office.OfficeStore.Term;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The office's pages: the council with its current term and members (and the terms
 * before, with their elections), and the meetings (one meeting with its whole agenda is
 * {@code council.meeting}'s page). COUNCIL_OFFICE only; another tenant's meeting answers
 * 404.
 */
@Controller
class CouncilOfficeController {

	private final OfficeStore store;

	private final Times times;

	private final Clock clock;

	CouncilOfficeController(OfficeStore store, Times times, Clock clock) {
		this.store = store;
		this.times = times;
		this.clock = clock;
	}

	@GetMapping("/council")
	String council(@RequestParam(required = false) UUID term, Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		List<Term> terms = this.store.terms(tenantId);
		LocalDate today = this.times.today(this.clock);
		Optional<Term> shown = term != null ? terms.stream().filter((t) -> t.id().equals(term)).findFirst() : terms
			.stream()
			.filter((t) -> !t.startDate().isAfter(today) && (t.endDate() == null || !t.endDate().isBefore(today)))
			.findFirst()
			.or(() -> terms.stream().findFirst());
		if (term != null && shown.isEmpty()) {
			throw new NotFoundException("council.error.notFound.term");
		}
		model.addAttribute("terms", terms);
		model.addAttribute("term", shown.orElse(null));
		model.addAttribute("members", shown.map((t) -> this.store.members(tenantId, t.id())).orElse(List.of()));
		model.addAttribute("next", this.store.nextMeeting(tenantId, this.clock.instant()).orElse(null));
		return "council/overview";
	}

	@GetMapping("/council/meetings")
	String meetings(@RequestParam(defaultValue = "0") int page, Model model) {
		if (page < 0) {
			throw new BadRequestException("council.error.page");
		}
		UUID tenantId = CurrentActor.get().tenantId();
		long total = this.store.countMeetings(tenantId);
		model.addAttribute("meetings", this.store.meetings(tenantId, page));
		model.addAttribute("total", total);
		model.addAttribute("page", page);
		model.addAttribute("pages", Math.max(1, (total + OfficeStore.PAGE_SIZE - 1) / OfficeStore.PAGE_SIZE));
		return "council/meetings";
	}

}
