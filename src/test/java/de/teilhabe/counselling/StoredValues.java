package de.teilhabe.counselling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.teilhabe.support.DatabaseSuperuser;

import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searches every text, JSON, array and binary column of every table in every schema of
 * the database (the clients, the name keys, the audit log, the event registry, the mail
 * outbox, the sessions …) for values that must not be stored there.
 */
public final class StoredValues {

	private StoredValues() {
	}

	/**
	 * Where the values are stored: texts as text and as UTF-8 bytes, byte arrays (e.g.
	 * hashes) in binary columns.
	 * @param values {@code String}s and {@code byte[]}s
	 * @return one line per column and value found, empty if none is stored
	 */
	public static List<String> whereStored(Environment environment, List<?> values) {
		List<String> found = new ArrayList<>();
		DatabaseSuperuser.inOneTransaction(environment, (superuser) -> {
			List<Map<String, Object>> columns = superuser
				.sql("""
						SELECT c.table_schema, c.table_name, c.column_name, c.data_type
						FROM information_schema.columns c
						JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
						WHERE t.table_type = 'BASE TABLE' AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
						  AND c.data_type IN ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb', 'ARRAY')""")
				.query()
				.listOfRows();
			assertThat(columns).as("the search reads the audit log, the event registry and the outbox")
				.anySatisfy((column) -> assertThat(column.get("table_name")).isEqualTo("audit_event"))
				.anySatisfy((column) -> assertThat(column.get("table_name")).isEqualTo("event_publication"))
				.anySatisfy((column) -> assertThat(column.get("table_name")).isEqualTo("mail_outbox"))
				.anySatisfy((column) -> assertThat(column.get("column_name")).isEqualTo("first_name_sealed"));
			for (Map<String, Object> column : columns) {
				String table = "\"" + column.get("table_schema") + "\".\"" + column.get("table_name") + "\"";
				String name = "\"" + column.get("column_name") + "\"";
				boolean bytes = "bytea".equals(column.get("data_type"));
				for (Object value : values) {
					String condition;
					if (value instanceof byte[]) {
						if (!bytes) {
							continue;
						}
						condition = "position(CAST(? AS bytea) IN " + name + ") > 0";
					}
					else {
						condition = bytes ? "position(convert_to(?, 'UTF8') IN " + name + ") > 0"
								: "CAST(" + name + " AS TEXT) ILIKE '%' || ? || '%'";
					}
					long hits = superuser.sql("SELECT count(*) FROM " + table + " WHERE " + condition)
						.param(value)
						.query(Long.class)
						.single();
					if (hits > 0) {
						found.add(table + "." + name + " holds "
								+ ((value instanceof byte[]) ? "a hash" : value.toString()));
					}
				}
			}
		});
		return found;
	}

}
