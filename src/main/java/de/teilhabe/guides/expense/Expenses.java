package de.teilhabe.guides.expense;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.access.UserDirectory;
import de.teilhabe.guides.expense.ExpenseStore.ApprovedEntry;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.BindableRecords.Kind;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.stereotype.Service;

/**
 * Expense statements of the guides: per guide per month and per year from the approved
 * work entries only, at the allowance settings of the year, against the year's tax-free
 * Ehrenamtspauschale; the overview of all guides of a period; the allowance settings per
 * year (a tenant without any gets the shipped starting values when they are first read).
 */
@Service
public class Expenses {

	private final ExpenseStore store;

	private final UserDirectory users;

	private final Times times;

	private final Clock clock;

	Expenses(ExpenseStore store, UserDirectory users, Times times, Clock clock) {
		this.store = store;
		this.users = users;
		this.times = times;
		this.clock = clock;
	}

	/** The office's day today. */
	public LocalDate today() {
		return this.times.today(this.clock);
	}

	/** The allowance settings that hold for the year. */
	public AllowanceYear allowance(UUID tenantId, int year) {
		return this.store.allowanceFor(tenantId, year).orElseGet(() -> {
			this.store.seedAllowanceYears(tenantId, OffsetDateTime.now(this.clock));
			return this.store.allowanceFor(tenantId, year).orElseGet(() -> new AllowanceYear(year, year, 0, 0, 0));
		});
	}

	/** The tenant's rows of allowance settings, latest year first. */
	public List<AllowanceYear> allowanceYears(UUID tenantId) {
		this.store.seedAllowanceYears(tenantId, OffsetDateTime.now(this.clock));
		return this.store.allowanceYears(tenantId);
	}

	/** Stores the allowance settings of a year. */
	void saveAllowance(Actor actor, AllowanceYear settings) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.store.seedAllowanceYears(actor.tenantId(), now);
		this.store.saveAllowanceYear(actor.tenantId(), settings, actor.displayName(), now);
	}

	/** The guide profile the actor's account is bound to; "not found" if none. */
	public UUID ownGuide(Actor actor) {
		return this.users.boundRecordOf(actor.tenantId(), actor.userId(), Kind.GUIDE_PROFILE)
			.orElseThrow(() -> new NotFoundException("guides.expenses.error.noProfile"));
	}

	/** A guide's statement of the period; "not found" for a guide not the tenant's. */
	public Statement statement(UUID tenantId, UUID guideId, StatementPeriod period) {
		String name = this.store.guideName(tenantId, guideId)
			.orElseThrow(() -> new NotFoundException("guides.expenses.error.notFound"));
		AllowanceYear rates = allowance(tenantId, period.year());
		List<ApprovedEntry> yearToEnd = this.store.approved(tenantId, guideId, LocalDate.of(period.year(), 1, 1),
				period.until());
		return statement(guideId, name, period, rates, yearToEnd);
	}

	/** The statements of every guide with approved entries in the period, by name. */
	public Overview overview(UUID tenantId, StatementPeriod period) {
		AllowanceYear rates = allowance(tenantId, period.year());
		Map<UUID, List<ApprovedEntry>> byGuide = new LinkedHashMap<>();
		for (ApprovedEntry entry : this.store.approved(tenantId, null, LocalDate.of(period.year(), 1, 1),
				period.until())) {
			byGuide.computeIfAbsent(entry.guideId(), (id) -> new ArrayList<>()).add(entry);
		}
		List<Statement> statements = new ArrayList<>();
		ExpenseAmounts total = ExpenseAmounts.NONE;
		for (Map.Entry<UUID, String> guide : this.store.guideNames(tenantId, List.copyOf(byGuide.keySet()))
			.entrySet()) {
			Statement statement = statement(guide.getKey(), guide.getValue(), period, rates,
					byGuide.get(guide.getKey()));
			if (!statement.entries().isEmpty()) {
				statements.add(statement);
				total = total.plus(statement.total());
			}
		}
		return new Overview(period, rates, statements, total);
	}

	/**
	 * The statements of all guides of a period.
	 *
	 * @param period the period
	 * @param rates the settings of its year
	 * @param statements one a guide with approved entries in the period, by name
	 * @param total the sums of all
	 */
	public record Overview(StatementPeriod period, AllowanceYear rates, List<Statement> statements,
			ExpenseAmounts total) {

		/** How many guides are at or above the cap. */
		public long reached() {
			return this.statements.stream().filter((s) -> s.cap().level() == CapStatus.Level.REACHED).count();
		}

		/** How many guides are near the cap. */
		public long near() {
			return this.statements.stream().filter((s) -> s.cap().level() == CapStatus.Level.NEAR).count();
		}

	}

	/** A statement of the entries of the year up to the period's end. */
	static Statement statement(UUID guideId, String name, StatementPeriod period, AllowanceYear rates,
			List<ApprovedEntry> yearToEnd) {
		List<Statement.Line> lines = new ArrayList<>();
		ExpenseAmounts total = ExpenseAmounts.NONE;
		long yearAllowance = 0;
		ExpenseAmounts[] months = new ExpenseAmounts[12];
		int[] counts = new int[12];
		java.util.Arrays.fill(months, ExpenseAmounts.NONE);
		for (ApprovedEntry entry : yearToEnd) {
			ExpenseAmounts amounts = ExpenseAmounts.of(entry.minutes(), entry.kilometres(), rates);
			yearAllowance += amounts.allowanceCents();
			if (!entry.workedOn().isBefore(period.from()) && entry.workedOn().isBefore(period.until())) {
				lines.add(new Statement.Line(entry.workedOn(), entry.topic(), entry.regionKey(), amounts));
				total = total.plus(amounts);
				int month = entry.workedOn().getMonthValue() - 1;
				months[month] = months[month].plus(amounts);
				counts[month]++;
			}
		}
		List<Statement.MonthLine> monthLines = new ArrayList<>();
		if (period.month() == null) {
			for (int month = 0; month < 12; month++) {
				monthLines.add(new Statement.MonthLine(month + 1, counts[month], months[month]));
			}
		}
		return new Statement(guideId, name, period.year(), period.month(), rates, lines, monthLines, total,
				new CapStatus(rates.taxFreeCapCents(), yearAllowance));
	}

}
