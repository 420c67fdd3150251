package de.teilhabe.guides.expense;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.guides.guide.GuideRegions;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.documents.DocumentRequest;
import de.teilhabe.shared.documents.Documents;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.InvalidBodyException.Invalid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;

/**
 * What the coordinator's and the guide's statement pages share: the period of a page
 * request (400 naming the field for a bad one), the page's model and the PDF of one
 * statement (the tenant's letterhead, one page).
 */
@Component
class StatementPages {

	static final String TEMPLATE = "guides/expense/statement";

	/**
	 * The statement's print styles: smaller type and narrow cells so that a month's
	 * entries or a year's months fit on one A4 page with every column.
	 */
	static final String PDF_STYLE = """
			<style>
			html { font-size: 8.5pt; line-height: 1.35; }
			h1 { font-size: 14pt; margin: 0 0 3mm 0; }
			h2 { font-size: 11pt; margin: 4mm 0 2mm 0; }
			th, td { padding: 0.8mm 1.2mm; }
			th.num, td.num { text-align: right; white-space: nowrap; }
			dl.facts { margin: 0 0 3mm 0; }
			dl.facts dt { float: left; clear: left; width: 62mm; }
			dl.facts dd { margin: 0 0 0.8mm 64mm; }
			p.source { font-size: 7.5pt; color: #4a4a4a; }
			</style>""";

	private final Expenses expenses;

	private final GuideRegions regions;

	private final Tenants tenants;

	private final Documents documents;

	private final MessageSource messages;

	StatementPages(Expenses expenses, GuideRegions regions, Tenants tenants, Documents documents,
			MessageSource messages) {
		this.expenses = expenses;
		this.regions = regions;
		this.tenants = tenants;
		this.documents = documents;
		this.messages = messages;
	}

	/** The period a page asks for: the current year if none is given. */
	StatementPeriod period(String year, String month) {
		List<Invalid> errors = new ArrayList<>();
		StatementPeriod period = StatementPeriod.parse(year, month, this.expenses.today().getYear(), errors);
		if (period == null) {
			Invalid first = errors.get(0);
			throw new BadRequestException(first.messageKey(), first.arguments());
		}
		return period;
	}

	/** The years a page offers to choose (five back, one ahead, and the one shown). */
	List<Integer> years(int shown) {
		int now = this.expenses.today().getYear();
		List<Integer> years = new ArrayList<>();
		for (int year = now + 1; year >= Math.max(AllowanceYear.FIRST_YEAR, now - 5); year--) {
			years.add(year);
		}
		if (!years.contains(shown)) {
			years.add(shown);
		}
		return years;
	}

	/**
	 * The model of a statement page (and of its PDF).
	 * @param base the page's path (the PDF is {@code base/statement.pdf})
	 */
	Map<String, Object> model(Model model, UUID tenantId, Statement statement, String base) {
		model.addAttribute("statement", statement);
		model.addAttribute("fmt", ExpenseFormat.INSTANCE);
		model.addAttribute("regions", this.regions);
		model.addAttribute("base", base);
		model.addAttribute("years", years(statement.year()));
		model.addAttribute("statementTitle", title(statement, LocaleContextHolder.getLocale()));
		model.addAttribute("tenantName", this.tenants.letterhead(tenantId).name());
		return model.asMap();
	}

	/** The PDF of a statement, one page with the tenant's letterhead. */
	ResponseEntity<byte[]> pdf(UUID tenantId, Statement statement) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, Object> variables = new LinkedHashMap<>(model(new ExtendedModelMap(), tenantId, statement, ""));
		variables.put("documentHead", PDF_STYLE);
		byte[] pdf = this.documents.render(DocumentRequest.ofTemplate(TEMPLATE, variables, title(statement, locale),
				locale, this.tenants.letterhead(tenantId)));
		return Documents.download(pdf,
				"abrechnung-" + new StatementPeriod(statement.year(), statement.month()).fileName() + ".pdf");
	}

	/** The statement's title, e.g. Abrechnung November 2026 – Leyla Haddad. */
	String title(Statement statement, Locale locale) {
		String period = (statement.month() != null)
				? ExpenseFormat.INSTANCE.month(statement.month(), locale) + " " + statement.year()
				: String.valueOf(statement.year());
		return this.messages.getMessage("guides.expenses.statement.title",
				new Object[] { period, statement.guideName() }, locale);
	}

}
