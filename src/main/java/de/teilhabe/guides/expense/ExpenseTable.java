package de.teilhabe.guides.expense;

import java.util.Locale;

import de.teilhabe.shared.table.SpreadsheetTable;

import org.springframework.context.MessageSource;

/**
 * The overview of all guides of a period as a table to download: a row per guide (hours,
 * kilometres, allowance, travel refund, total; the allowances of the year so far against
 * the cap) and a row of the sums. Amounts are euro numbers with two decimals.
 */
final class ExpenseTable {

	private ExpenseTable() {
	}

	static SpreadsheetTable of(Expenses.Overview overview, MessageSource messages, Locale locale) {
		StatementPeriod period = overview.period();
		ExpenseFormat fmt = ExpenseFormat.INSTANCE;
		String shown = (period.month() != null) ? fmt.month(period.month(), locale) + " " + period.year()
				: String.valueOf(period.year());
		SpreadsheetTable table = SpreadsheetTable.named(text(messages, "guides.expenses.sheet", locale))
			.about(text(messages, "guides.expenses.period", locale), shown)
			.about(text(messages, "guides.expenses.field.taxFreeCap", locale),
					fmt.euro(overview.rates().taxFreeCapCents()))
			.about(text(messages, "guides.expenses.field.hourRate", locale), fmt.euro(overview.rates().hourRateCents()))
			.about(text(messages, "guides.expenses.field.kilometreRate", locale),
					fmt.euro(overview.rates().kilometreRateCents()))
			.columns(text(messages, "guides.expenses.column.guide", locale),
					text(messages, "guides.expenses.column.hours", locale),
					text(messages, "guides.expenses.column.km", locale),
					text(messages, "guides.expenses.column.allowanceEuro", locale),
					text(messages, "guides.expenses.column.travelEuro", locale),
					text(messages, "guides.expenses.column.totalEuro", locale),
					text(messages, "guides.expenses.column.yearAllowanceEuro", locale),
					text(messages, "guides.expenses.column.cap", locale));
		for (Statement statement : overview.statements()) {
			ExpenseAmounts amounts = statement.total();
			table.row(statement.guideName(), amounts.hours(), amounts.kilometres(),
					ExpenseFormat.euros(amounts.allowanceCents()), ExpenseFormat.euros(amounts.travelCents()),
					ExpenseFormat.euros(amounts.totalCents()), ExpenseFormat.euros(statement.cap().allowanceCents()),
					text(messages, "guides.expenses.level." + statement.cap().level(), locale));
		}
		ExpenseAmounts total = overview.total();
		table.row(text(messages, "guides.expenses.total", locale), total.hours(), total.kilometres(),
				ExpenseFormat.euros(total.allowanceCents()), ExpenseFormat.euros(total.travelCents()),
				ExpenseFormat.euros(total.totalCents()), null, null);
		return table.footer(text(messages, "guides.expenses.source.label", locale),
				text(messages, "guides.expenses.source", locale));
	}

	private static String text(MessageSource messages, String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
