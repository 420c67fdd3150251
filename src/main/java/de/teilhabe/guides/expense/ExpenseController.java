package de.teilhabe.guides.expense;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.access.AuditLog;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.table.SpreadsheetTable;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormPage;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's expense pages (GUIDE_COORDINATOR): all guides with approved work in a
 * month or a year with their sums and a marker at or near the tax-free cap (as CSV or
 * XLSX too), one guide's statement (as PDF too), and the allowance settings per year.
 */
@Controller
class ExpenseController {

	private static final String LABELS = "guides.expenses.field.";

	private final Expenses expenses;

	private final StatementPages pages;

	private final FormBinder binder;

	private final MessageSource messages;

	private final AuditLog audit;

	ExpenseController(Expenses expenses, StatementPages pages, FormBinder binder, MessageSource messages,
			AuditLog audit) {
		this.expenses = expenses;
		this.pages = pages;
		this.binder = binder;
		this.messages = messages;
		this.audit = audit;
	}

	@GetMapping("/guides/expenses")
	String overview(@RequestParam(required = false) String year, @RequestParam(required = false) String month,
			Model model) {
		StatementPeriod period = this.pages.period(year, month);
		model.addAttribute("overview", this.expenses.overview(CurrentActor.get().tenantId(), period));
		model.addAttribute("period", period);
		model.addAttribute("years", this.pages.years(period.year()));
		model.addAttribute("fmt", ExpenseFormat.INSTANCE);
		return "guides/expense/overview";
	}

	@GetMapping("/guides/expenses/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String year,
			@RequestParam(required = false) String month, @RequestParam(defaultValue = "xlsx") String format) {
		StatementPeriod period = this.pages.period(year, month);
		SpreadsheetTable.Format chosen = switch (format.strip().toLowerCase(Locale.ROOT)) {
			case "csv" -> SpreadsheetTable.Format.CSV;
			case "xlsx" -> SpreadsheetTable.Format.XLSX;
			default -> throw new BadRequestException("error.badValue", "format", format);
		};
		Expenses.Overview overview = this.expenses.overview(CurrentActor.get().tenantId(), period);
		return ExpenseTable.of(overview, this.messages, LocaleContextHolder.getLocale())
			.download(chosen, "aufwandsentschaedigungen-" + period.fileName());
	}

	@GetMapping("/guides/expenses/{guideId}")
	String statement(@PathVariable UUID guideId, @RequestParam(required = false) String year,
			@RequestParam(required = false) String month, Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		Statement statement = this.expenses.statement(tenantId, guideId, this.pages.period(year, month));
		this.pages.model(model, tenantId, statement, "/guides/expenses/" + guideId);
		model.addAttribute("coordinator", true);
		return StatementPages.TEMPLATE;
	}

	@GetMapping("/guides/expenses/{guideId}/statement.pdf")
	ResponseEntity<byte[]> statementPdf(@PathVariable UUID guideId, @RequestParam(required = false) String year,
			@RequestParam(required = false) String month) {
		UUID tenantId = CurrentActor.get().tenantId();
		return this.pages.pdf(tenantId, this.expenses.statement(tenantId, guideId, this.pages.period(year, month)));
	}

	// allowance settings per year

	@GetMapping("/guides/expenses/years")
	String years(@RequestParam(required = false) String year, Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		int shown = this.pages.period(year, null).year();
		return yearsPage(model, tenantId,
				AllowanceYearForm.values(this.expenses.allowance(tenantId, shown).withYear(shown)), Map.of());
	}

	@PostMapping("/guides/expenses/years")
	String saveYear(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		FormBinder.Bound<AllowanceYearForm> bound = this.binder
			.bind(AllowanceYearForm.decimalPoints(params.toSingleValueMap()), AllowanceYearForm.class);
		if (!bound.valid()) {
			return yearsPage(model, actor.tenantId(), bound.checked().values(), bound.checked().errors());
		}
		AllowanceYear settings = bound.form().settings();
		this.expenses.saveAllowance(actor, settings);
		this.audit.record(AuditCategory.OTHER, "guides.expenses.allowanceYear", "guide_allowance_year",
				String.valueOf(settings.year()), null, "cap=" + settings.taxFreeCapCents() + " hour="
						+ settings.hourRateCents() + " km=" + settings.kilometreRateCents());
		redirect.addFlashAttribute("saved", "allowanceYear");
		return "redirect:/guides/expenses/years";
	}

	private String yearsPage(Model model, UUID tenantId, Map<String, String> values,
			Map<String, ? extends org.springframework.context.MessageSourceResolvable> errors) {
		model.addAttribute("allowanceYears", this.expenses.allowanceYears(tenantId));
		model.addAttribute("fmt", ExpenseFormat.INSTANCE);
		FormPage.show(model, values, errors, this.messages, LABELS);
		return "guides/expense/years";
	}

}
