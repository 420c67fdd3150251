package de.teilhabe.network.form;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import de.teilhabe.shared.web.form.FormBinder;

/**
 * Conversions between normalised form values and SQL parameters.
 */
public final class Sql {

	private Sql() {
	}

	/** Null for an empty value. */
	public static String text(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

	/** A list value as a text array. */
	public static String[] array(String value) {
		return FormBinder.split(value).toArray(String[]::new);
	}

	public static List<String> list(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return (array != null) ? List.of((String[]) array.getArray()) : List.of();
	}

	/** What text search matches against: the given parts in lower case, one line. */
	public static String searchText(String... parts) {
		StringBuilder text = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				text.append(part.replace('\n', ' ').toLowerCase(Locale.ROOT)).append(' ');
			}
		}
		return text.toString().strip();
	}

}
