package de.teilhabe.strategy.goal;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.teilhabe.shared.time.Times;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statements of the tenant's Integrationsdialog that the goal form offers, by their
 * text (never an id): grouped by workshop (with its dialog and date, newest dialog
 * first), within a workshop by Handlungsfeld. Statements merged into another as a
 * duplicate are not offered unless the goal already answers them.
 */
@Component
class StatementChoices {

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Times times;

	StatementChoices(JdbcClient jdbc, MessageSource messages, Times times) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.times = times;
	}

	/**
	 * A workshop's statements as the form shows them.
	 *
	 * @param label the dialog, the workshop and its date
	 * @param open whether one of them is ticked (the group is shown opened)
	 * @param fields its statements by Handlungsfeld
	 */
	record Workshop(String label, boolean open, List<FieldStatements> fields) {

	}

	/**
	 * The statements of a workshop in one Handlungsfeld.
	 *
	 * @param name the Handlungsfeld's name (or the words for none)
	 * @param options each statement: {@code key} its id, {@code value} its type and text
	 */
	record FieldStatements(String name, List<Map.Entry<String, String>> options) {

	}

	List<Workshop> of(UUID tenantId, Collection<String> ticked, Locale locale) {
		// what was sent may be anything: only ids are looked up
		Set<String> chosen = ticked.stream().filter(StatementChoices::isId).collect(Collectors.toSet());
		Map<UUID, WorkshopRows> workshops = new LinkedHashMap<>();
		String noField = this.messages.getMessage("strategy.goal.form.statementsNoField", null, locale);
		this.jdbc
			.sql("""
					SELECT w.id AS workshop_id, w.title AS workshop, w.starts_at, d.title AS dialog, s.id, s.type, s.text,
					  f.name AS field
					FROM strategy_statement s
					JOIN strategy_workshop w ON w.tenant_id = s.tenant_id AND w.id = s.workshop_id
					JOIN strategy_dialog d ON d.tenant_id = w.tenant_id AND d.id = w.dialog_id
					LEFT JOIN strategy_field f ON f.tenant_id = s.tenant_id AND f.id = s.field_id
					WHERE s.tenant_id = ? AND (s.merged_into IS NULL OR s.id = ANY(CAST(? AS uuid[])))
					ORDER BY d.started_on DESC, d.id, w.starts_at, w.id, f.position NULLS LAST, f.id, s.type, s.created_at, s.id
					""")
			.params(tenantId, chosen.toArray(String[]::new))
			.query((rs, row) -> {
				UUID workshop = rs.getObject("workshop_id", UUID.class);
				WorkshopRows rows = workshops.computeIfAbsent(workshop, (id) -> {
					try {
						return new WorkshopRows(
								this.messages.getMessage("strategy.goal.form.statementsWorkshop",
										new Object[] { rs.getString("dialog"), rs.getString("workshop"),
												this.times.date(rs.getObject("starts_at", OffsetDateTime.class)) },
										locale));
					}
					catch (SQLException ex) {
						throw new IllegalStateException(ex);
					}
				});
				String id = rs.getObject("id", UUID.class).toString();
				String field = rs.getString("field");
				rows.open |= chosen.contains(id);
				rows.byField.computeIfAbsent((field != null) ? field : noField, (name) -> new ArrayList<>())
					.add(Map.entry(id,
							this.messages.getMessage("strategy.dialog.type." + rs.getString("type"), null, locale)
									+ ": " + rs.getString("text")));
				return null;
			})
			.list();
		List<Workshop> result = new ArrayList<>();
		for (WorkshopRows rows : workshops.values()) {
			List<FieldStatements> fields = new ArrayList<>();
			rows.byField.forEach((name, options) -> fields.add(new FieldStatements(name, options)));
			result.add(new Workshop(rows.label, rows.open, fields));
		}
		return result;
	}

	private static boolean isId(String text) {
		try {
			return text != null && text.length() == 36 && UUID.fromString(text).toString().equals(text.toLowerCase());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static final class WorkshopRows {

		private final String label;

		private boolean open;

		private final Map<String, List<Map.Entry<String, String>>> byField = new LinkedHashMap<>();

		WorkshopRows(String label) {
			this.label = label;
		}

	}

}
