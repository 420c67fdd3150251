package de.teilhabe.guides.expense;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.teilhabe.guides.guide.GuideRegions;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Expense statements through the API: a guide's statement of a year or a month
 * (GUIDE_COORDINATOR, {@code GET /api/v1/guides/{id}/expenses?year=2026&month=11}) and
 * the own statement of a GUIDE ({@code GET /api/v1/me/expenses?year=2026}). {@code year}
 * is required ({@value AllowanceYear#FIRST_YEAR}–{@value AllowanceYear#LAST_YEAR}),
 * {@code month} (1–12) optional; a bad one answers 422 naming the field. Only approved
 * work entries count; amounts are euros with two decimals. Another tenant's guide answers
 * 404, as does a GUIDE account bound to no profile.
 */
@RestController
class ExpenseApiController {

	private final Expenses expenses;

	private final GuideRegions regions;

	ExpenseApiController(Expenses expenses, GuideRegions regions) {
		this.expenses = expenses;
		this.regions = regions;
	}

	@GetMapping("/api/v1/guides/{id}/expenses")
	StatementBody ofGuide(@PathVariable UUID id, @RequestParam(required = false) String year,
			@RequestParam(required = false) String month) {
		StatementPeriod period = StatementPeriod.parse(year, month, null);
		return StatementBody.of(this.expenses.statement(CurrentActor.get().tenantId(), id, period), this.regions);
	}

	@GetMapping("/api/v1/me/expenses")
	StatementBody mine(@RequestParam(required = false) String year, @RequestParam(required = false) String month) {
		StatementPeriod period = StatementPeriod.parse(year, month, null);
		Actor actor = CurrentActor.get();
		return StatementBody.of(this.expenses.statement(actor.tenantId(), this.expenses.ownGuide(actor), period),
				this.regions);
	}

	/**
	 * A guide's expense statement.
	 *
	 * @param guideId the guide
	 * @param name the guide's name
	 * @param year the year
	 * @param month the month (1–12), or null for the whole year
	 * @param rates the allowance settings that hold for the year
	 * @param entries the approved work entries of the period, by day (never the
	 * accompanied person)
	 * @param months for a year its twelve months, for a month empty
	 * @param total the sums of the period
	 * @param cap the allowances of the year up to the period's end against the tax-free
	 * Ehrenamtspauschale
	 */
	record StatementBody(UUID guideId, String name, int year, Integer month, Rates rates, List<Entry> entries,
			List<Month> months, Sums total, Cap cap) {

		static StatementBody of(Statement statement, GuideRegions regions) {
			return new StatementBody(statement.guideId(), statement.guideName(), statement.year(), statement.month(),
					Rates.of(statement.rates()),
					statement.entries()
						.stream()
						.map((line) -> new Entry(line.day(), line.topic().name(), regions.label(line.regionKey()),
								Sums.of(line.amounts())))
						.toList(),
					statement.months()
						.stream()
						.map((month) -> new Month(month.month(), month.entries(), Sums.of(month.amounts())))
						.toList(),
					Sums.of(statement.total()), Cap.of(statement.cap()));
		}

	}

	/**
	 * The allowance settings of the year.
	 *
	 * @param fromYear the year of the office's row they come from (the year itself or the
	 * latest earlier one)
	 * @param taxFreeCap the tax-free Ehrenamtspauschale of the year in euros
	 * @param hourRate the allowance per hour in euros
	 * @param kilometreRate the travel refund per kilometre in euros
	 */
	record Rates(int fromYear, BigDecimal taxFreeCap, BigDecimal hourRate, BigDecimal kilometreRate) {

		static Rates of(AllowanceYear rates) {
			return new Rates(rates.fromYear(), ExpenseFormat.euros(rates.taxFreeCapCents()),
					ExpenseFormat.euros(rates.hourRateCents()), ExpenseFormat.euros(rates.kilometreRateCents()));
		}

	}

	/**
	 * An approved work entry.
	 *
	 * @param date the day worked
	 * @param topic the request's topic
	 * @param gemeinde the request's Gemeinde
	 * @param amounts its time, kilometres and amounts
	 */
	record Entry(LocalDate date, String topic, String gemeinde, Sums amounts) {
	}

	/**
	 * A month of the year.
	 *
	 * @param month 1–12
	 * @param entries how many approved entries
	 * @param amounts its sums
	 */
	record Month(int month, int entries, Sums amounts) {
	}

	/**
	 * Time, kilometres and amounts.
	 *
	 * @param minutes the time in minutes
	 * @param hours the time in hours (two decimals)
	 * @param kilometres the kilometres
	 * @param allowance hours times the hourly rate, in euros (each entry rounded to the
	 * cent)
	 * @param travelRefund kilometres times the kilometre rate, in euros
	 * @param total allowance and travel refund
	 */
	record Sums(long minutes, BigDecimal hours, BigDecimal kilometres, BigDecimal allowance, BigDecimal travelRefund,
			BigDecimal total) {

		static Sums of(ExpenseAmounts amounts) {
			return new Sums(amounts.minutes(), amounts.hours(), amounts.kilometres(),
					ExpenseFormat.euros(amounts.allowanceCents()), ExpenseFormat.euros(amounts.travelCents()),
					ExpenseFormat.euros(amounts.totalCents()));
		}

	}

	/**
	 * The allowances of the year against the tax-free cap (travel refunds do not count).
	 *
	 * @param taxFreeCap the cap in euros
	 * @param allowance the year's allowances up to the period's end in euros
	 * @param left what is left of the cap
	 * @param above what lies above the cap: taxable income
	 * @param exceeded whether the allowances exceed the cap
	 * @param level {@code BELOW}, {@code NEAR} (from 90 %) or {@code REACHED} (at or
	 * above)
	 * @param percent the share of the cap used (whole percent, rounded down)
	 */
	record Cap(BigDecimal taxFreeCap, BigDecimal allowance, BigDecimal left, BigDecimal above, boolean exceeded,
			String level, int percent) {

		static Cap of(CapStatus cap) {
			return new Cap(ExpenseFormat.euros(cap.capCents()), ExpenseFormat.euros(cap.allowanceCents()),
					ExpenseFormat.euros(cap.leftCents()), ExpenseFormat.euros(cap.aboveCents()), cap.exceeded(),
					cap.level().name(), cap.percent());
		}

	}

}
