package de.teilhabe.counselling.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.teilhabe.shared.crypto.EncryptedColumn;
import de.teilhabe.shared.crypto.FieldEncryption;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The clients in PostgreSQL: every personal value encrypted per field on the way in and
 * decrypted on the way out, the phonetic keys of the names stored as keyed hashes only.
 * Every query filters on the tenant. Knows nothing of who may read: {@code Clients}
 * decides and audits.
 */
@Repository
public class ClientStore {

	private static final String SEALED = ClientColumns.FIELDS.values()
		.stream()
		.map(EncryptedColumn::column)
		.collect(Collectors.joining(", "));

	private static final String COLUMNS = "tenant_id, id, client_number, responsible_id, created_at, updated_at, "
			+ SEALED;

	private final JdbcClient jdbc;

	private final FieldEncryption fields;

	private final JdbcTemplate batch;

	ClientStore(JdbcClient jdbc, FieldEncryption fields, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.fields = fields;
		this.batch = batch;
	}

	/** Stores a new client with a fresh client number; its id and number. */
	public Created insert(UUID tenantId, UUID responsibleId, ClientForm form, OffsetDateTime now) {
		UUID id = UUID.randomUUID();
		for (int attempt = 0;; attempt++) {
			String number = ClientNumbers.next();
			try {
				JdbcClient.StatementSpec insert = this.jdbc
					.sql("INSERT INTO counselling_client (" + COLUMNS
							+ ") VALUES (:tenant, :id, :number, :responsible, :now, :now, "
							+ SEALED.replaceAll("(\\w+)", ":$1") + ")")
					.param("tenant", tenantId)
					.param("id", id)
					.param("number", number)
					.param("responsible", responsibleId)
					.param("now", now);
				sealed(insert, tenantId, id, form).update();
				writeNameKeys(tenantId, id, form);
				return new Created(id, number);
			}
			catch (DuplicateKeyException ex) {
				if (attempt > 5) {
					throw ex;
				}
			}
		}
	}

	/**
	 * Stores many new clients of a tenant that has none yet in two batch statements (the
	 * demo data): each with a fresh client number, distinct among them.
	 * @return how many
	 */
	public int insertAll(UUID tenantId, List<NewClient> clients) {
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> keys = new ArrayList<>();
		Set<String> numbers = new HashSet<>();
		for (NewClient client : clients) {
			UUID id = client.id();
			String number = ClientNumbers.next();
			while (!numbers.add(number)) {
				number = ClientNumbers.next();
			}
			List<Object> row = new ArrayList<>(
					List.of(tenantId, id, number, client.responsibleId(), client.createdAt(), client.createdAt()));
			Map<String, String> values = plainValues(client.form());
			ClientColumns.FIELDS
				.forEach((field, column) -> row.add(this.fields.encrypt(column, tenantId, id, values.get(field))));
			rows.add(row.toArray());
			for (String key : TransliterationKey.keys(client.form().firstName(), client.form().lastName())) {
				keys.add(new Object[] { tenantId, id, this.fields.blindIndex(ClientColumns.NAME_KEY, tenantId, key) });
			}
		}
		this.batch.batchUpdate(
				"INSERT INTO counselling_client (" + COLUMNS + ") VALUES ("
						+ String.join(", ", java.util.Collections.nCopies(6 + ClientColumns.FIELDS.size(), "?")) + ")",
				rows);
		this.batch.batchUpdate("INSERT INTO counselling_client_name_key (tenant_id, client_id, key_hash) "
				+ "VALUES (?, ?, ?) ON CONFLICT DO NOTHING", keys);
		return rows.size();
	}

	/** Changes a client's values (not its number or responsible counsellor). */
	void update(UUID tenantId, UUID id, ClientForm form, OffsetDateTime now) {
		String set = ClientColumns.FIELDS.values()
			.stream()
			.map((column) -> column.column() + " = :" + column.column())
			.collect(Collectors.joining(", "));
		JdbcClient.StatementSpec update = this.jdbc
			.sql("UPDATE counselling_client SET " + set
					+ ", updated_at = :now, version = version + 1 WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId)
			.param("id", id)
			.param("now", now);
		sealed(update, tenantId, id, form).update();
		this.jdbc.sql("DELETE FROM counselling_client_name_key WHERE tenant_id = ? AND client_id = ?")
			.params(tenantId, id)
			.update();
		writeNameKeys(tenantId, id, form);
	}

	/** Hands the client to another counsellor. */
	void changeResponsible(UUID tenantId, UUID id, UUID responsibleId, OffsetDateTime now) {
		this.jdbc
			.sql("UPDATE counselling_client SET responsible_id = ?, updated_at = ?, version = version + 1 "
					+ "WHERE tenant_id = ? AND id = ?")
			.params(responsibleId, now, tenantId, id)
			.update();
	}

	private JdbcClient.StatementSpec sealed(JdbcClient.StatementSpec statement, UUID tenantId, UUID id,
			ClientForm form) {
		Map<String, String> values = plainValues(form);
		JdbcClient.StatementSpec spec = statement;
		for (Map.Entry<String, EncryptedColumn> field : ClientColumns.FIELDS.entrySet()) {
			spec = spec.param(field.getValue().column(),
					this.fields.encrypt(field.getValue(), tenantId, id, values.get(field.getKey())), Types.BINARY);
		}
		return spec;
	}

	/** The form's values as the texts that are encrypted (null for none). */
	private static Map<String, String> plainValues(ClientForm form) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("firstName", form.firstName().strip());
		values.put("lastName", form.lastName().strip());
		values.put("phone", blankToNull(form.phone()));
		values.put("email", blankToNull(form.email()));
		values.put("birthYear", text(form.birthYear()));
		values.put("gender", text(form.gender()));
		values.put("nationality", blankToNull(form.nationality()));
		values.put("languages", form.languages().isEmpty() ? null : String.join(",", form.languages()));
		values.put("residenceStatus", text(form.residenceStatus()));
		values.put("arrivalYear", text(form.arrivalYear()));
		values.put("gemeinde", blankToNull(form.gemeinde()));
		values.put("germanLevel", text(form.germanLevel()));
		values.put("note", blankToNull(form.note()));
		return values;
	}

	/**
	 * Clients with name-key hashes of an older blind-index key (after a rotation), at
	 * most so many, by tenant and id.
	 */
	List<TenantClient> withStaleNameKeys(int limit) {
		return this.jdbc.sql("""
				SELECT c.tenant_id, c.id FROM counselling_client c
				WHERE EXISTS (SELECT 1 FROM counselling_client_name_key k
				              WHERE k.tenant_id = c.tenant_id AND k.client_id = c.id
				                AND substring(k.key_hash FROM 1 FOR 4) <> ?)
				ORDER BY c.tenant_id, c.id LIMIT ?""")
			.params(this.fields.primaryBlindIndexPrefix(), limit)
			.query(TenantClient.class)
			.list();
	}

	/**
	 * Writes the name-key hashes of a client again under the primary blind-index key,
	 * from its decrypted names.
	 * @return whether the client exists
	 */
	boolean rewriteNameKeys(UUID tenantId, UUID id) {
		Optional<Client> client = find(tenantId, id);
		if (client.isEmpty()) {
			return false;
		}
		this.jdbc.sql("DELETE FROM counselling_client_name_key WHERE tenant_id = ? AND client_id = ?")
			.params(tenantId, id)
			.update();
		writeNameKeys(tenantId, id, client.get().firstName(), client.get().lastName());
		return true;
	}

	private void writeNameKeys(UUID tenantId, UUID id, ClientForm form) {
		writeNameKeys(tenantId, id, form.firstName(), form.lastName());
	}

	private void writeNameKeys(UUID tenantId, UUID id, String firstName, String lastName) {
		for (String key : TransliterationKey.keys(firstName, lastName)) {
			this.jdbc
				.sql("INSERT INTO counselling_client_name_key (tenant_id, client_id, key_hash) VALUES (?, ?, ?) "
						+ "ON CONFLICT DO NOTHING")
				.params(tenantId, id, this.fields.blindIndex(ClientColumns.NAME_KEY, tenantId, key))
				.update();
		}
	}

	/** A client of the tenant, decrypted. */
	Optional<Client> find(UUID tenantId, UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM counselling_client WHERE tenant_id = ? AND id = ?")
			.params(tenantId, id)
			.query(this::client)
			.optional();
	}

	/**
	 * The languages of a client of the tenant (codes, decrypted; empty for none or no
	 * such client). Not audited: for demo data, which no user reads.
	 */
	public List<String> languagesOf(UUID tenantId, UUID id) {
		return find(tenantId, id).map(Client::languages).orElse(List.of());
	}

	/**
	 * The Gemeinde (region key) of a client of the tenant, if known. Not audited: for
	 * demo data, which no user reads.
	 */
	public Optional<String> gemeindeOf(UUID tenantId, UUID id) {
		return find(tenantId, id).map(Client::gemeinde);
	}

	/** The responsible counsellor of a client of the tenant (empty: no such client). */
	Optional<UUID> responsibleOf(UUID tenantId, UUID id) {
		return this.jdbc.sql("SELECT responsible_id FROM counselling_client WHERE tenant_id = ? AND id = ?")
			.params(tenantId, id)
			.query(UUID.class)
			.optional();
	}

	/** The client number of a client of the tenant. */
	Optional<String> numberOf(UUID tenantId, UUID id) {
		return this.jdbc.sql("SELECT client_number FROM counselling_client WHERE tenant_id = ? AND id = ?")
			.params(tenantId, id)
			.query(String.class)
			.optional();
	}

	/**
	 * Clients of the tenant by id, decrypted (in no particular order); neither checks
	 * access nor audits (the caller does).
	 */
	public List<Client> findAll(UUID tenantId, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM counselling_client WHERE tenant_id = ? AND id = ANY(?)")
			.params(tenantId, ids.toArray(UUID[]::new))
			.query(this::client)
			.list();
	}

	/**
	 * What the statistics need of clients of the tenant, by id: only the birth year,
	 * gender, nationality and Gemeinde are decrypted (no name, no contact data); neither
	 * checks access nor audits (the caller does).
	 */
	public Map<UUID, StatisticalAttributes> statisticalAttributes(UUID tenantId, Collection<UUID> ids) {
		Map<UUID, StatisticalAttributes> attributes = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return attributes;
		}
		EncryptedColumn birthYear = ClientColumns.FIELDS.get("birthYear");
		EncryptedColumn gender = ClientColumns.FIELDS.get("gender");
		EncryptedColumn nationality = ClientColumns.FIELDS.get("nationality");
		EncryptedColumn gemeinde = ClientColumns.FIELDS.get("gemeinde");
		this.jdbc
			.sql("SELECT id, birth_year_sealed, gender_sealed, nationality_sealed, gemeinde_sealed "
					+ "FROM counselling_client WHERE tenant_id = ? AND id = ANY(?)")
			.params(tenantId, ids.toArray(UUID[]::new))
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				attributes.put(id,
						new StatisticalAttributes(
								integer(this.fields.decrypt(birthYear, tenantId, id, rs.getBytes(birthYear.column()))),
								constant(Gender.class,
										this.fields.decrypt(gender, tenantId, id, rs.getBytes(gender.column()))),
								this.fields.decrypt(nationality, tenantId, id, rs.getBytes(nationality.column())),
								this.fields.decrypt(gemeinde, tenantId, id, rs.getBytes(gemeinde.column()))));
				return id;
			})
			.list();
		return attributes;
	}

	/**
	 * What the statistics take of a client, decrypted.
	 *
	 * @param birthYear year of birth, null if not given
	 * @param gender gender as stated, null if not given
	 * @param nationality nationality in words, null if not given
	 * @param gemeinde region key of the Gemeinde, null if not given
	 */
	public record StatisticalAttributes(Integer birthYear, Gender gender, String nationality, String gemeinde) {
	}

	/** The client numbers and responsible counsellors of clients, by id. */
	Map<UUID, Stub> stubs(UUID tenantId, Collection<UUID> ids) {
		Map<UUID, Stub> stubs = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return stubs;
		}
		this.jdbc
			.sql("SELECT id, client_number, responsible_id FROM counselling_client WHERE tenant_id = ? AND id = ANY(?)")
			.params(tenantId, ids.toArray(UUID[]::new))
			.query((rs, row) -> new Stub(rs.getObject("id", UUID.class), rs.getString("client_number"),
					rs.getObject("responsible_id", UUID.class)))
			.list()
			.forEach((stub) -> stubs.put(stub.id(), stub));
		return stubs;
	}

	/** The client with this number in the tenant. */
	Optional<UUID> findByNumber(UUID tenantId, String number) {
		return this.jdbc.sql("SELECT id FROM counselling_client WHERE tenant_id = ? AND client_number = ?")
			.params(tenantId, number.strip().toUpperCase(Locale.ROOT))
			.query(UUID.class)
			.optional();
	}

	/**
	 * The clients of the tenant a search text names: the client with that client number,
	 * or those whose name parts sound like every typed part (by the hashed phonetic
	 * keys).
	 */
	Set<UUID> matching(UUID tenantId, String text) {
		if (ClientNumbers.looksLikeOne(text)) {
			return findByNumber(tenantId, text).map(Set::of).orElse(Set.of());
		}
		List<String> parts = TransliterationKey.parts(text);
		return parts.isEmpty() ? Set.of()
				: withNameKeys(tenantId, parts.stream().map(TransliterationKey::of).distinct().toList());
	}

	/**
	 * The clients of the tenant that have, for every key, a name part with that phonetic
	 * key (looked up by the keys' hashes under every blind-index key).
	 */
	Set<UUID> withNameKeys(UUID tenantId, Collection<String> keys) {
		Set<UUID> found = null;
		for (String key : keys) {
			byte[][] hashes = this.fields.blindIndexesForLookup(ClientColumns.NAME_KEY, tenantId, key)
				.toArray(byte[][]::new);
			Set<UUID> ids = new HashSet<>(this.jdbc
				.sql("SELECT client_id FROM counselling_client_name_key WHERE tenant_id = ? AND key_hash = ANY(?)")
				.params(tenantId, hashes)
				.query(UUID.class)
				.list());
			if (found == null) {
				found = ids;
			}
			else {
				found.retainAll(ids);
			}
			if (found.isEmpty()) {
				break;
			}
		}
		return (found != null) ? found : Set.of();
	}

	/**
	 * The clients a search text names ({@link #matching}) that a user reads (responsible,
	 * deputy, break-glass running), with what a list shows, and how many clients of the
	 * tenant it names in all: one statement, the readable ones picked in the database (a
	 * common name part such as Mohammed names a tenth of all clients) by a hash join of
	 * the candidates with the readable clients, then read by their ids.
	 */
	Found readableMatching(UUID tenantId, UUID userId, OffsetDateTime now, String text) {
		List<Object> params = new ArrayList<>();
		String candidates = candidates(tenantId, text, params);
		if (candidates == null) {
			return new Found(List.of(), 0);
		}
		EncryptedColumn first = ClientColumns.FIELDS.get("firstName");
		EncryptedColumn last = ClientColumns.FIELDS.get("lastName");
		EncryptedColumn birthYear = ClientColumns.FIELDS.get("birthYear");
		String sql = "WITH candidate AS MATERIALIZED (" + candidates + "), readable AS ("
				+ readable(params, tenantId, userId, now) + ")\n" + """
						SELECT t.total, c.* FROM (SELECT count(*) AS total FROM candidate) t
						LEFT JOIN (SELECT id, client_number, responsible_id, %s, %s, %s FROM counselling_client
						           WHERE tenant_id = ? AND id = ANY(ARRAY(
						             SELECT k.client_id FROM candidate k
						             WHERE EXISTS (SELECT 1 FROM readable r WHERE r.id = k.client_id)))) c ON true"""
					.formatted(first.column(), last.column(), birthYear.column());
		params.add(tenantId);
		long[] total = { 0 };
		List<Listed> readable = new ArrayList<>();
		this.jdbc.sql(sql).params(params).query((rs) -> {
			total[0] = rs.getLong("total");
			if (rs.getObject("id") != null) {
				readable.add(listed(tenantId, rs, true));
			}
		});
		return new Found(readable, total[0]);
	}

	/**
	 * One page, by client number, of the clients a search text names ({@link #matching})
	 * that a user does not read, as stubs (nothing decrypted).
	 */
	List<Stub> unreadableMatching(UUID tenantId, UUID userId, OffsetDateTime now, String text, long offset, int limit) {
		List<Object> params = new ArrayList<>();
		String candidates = candidates(tenantId, text, params);
		if (candidates == null || limit <= 0) {
			return List.of();
		}
		String sql = "WITH candidate AS MATERIALIZED (" + candidates + "), readable AS ("
				+ readable(params, tenantId, userId, now) + ")\n" + """
						SELECT id, client_number, responsible_id FROM counselling_client c
						WHERE tenant_id = ? AND id IN (SELECT client_id FROM candidate)
						  AND NOT EXISTS (SELECT 1 FROM readable r WHERE r.id = c.id)
						ORDER BY client_number COLLATE "C" OFFSET ? LIMIT ?""";
		params.addAll(List.of(tenantId, offset, limit));
		return this.jdbc.sql(sql)
			.params(params)
			.query((rs, row) -> new Stub(rs.getObject("id", UUID.class), rs.getString("client_number"),
					rs.getObject("responsible_id", UUID.class)))
			.list();
	}

	/**
	 * The ids of the clients a search text names, as SQL (its parameters added), or null
	 * for a text that names none: the client with that number, or those having, for every
	 * typed part, a name part with its phonetic key (by the keys' hashes under every
	 * blind-index key), as {@link #matching}.
	 */
	private String candidates(UUID tenantId, String text, List<Object> params) {
		if (ClientNumbers.looksLikeOne(text)) {
			params.addAll(List.of(tenantId, text.strip().toUpperCase(Locale.ROOT)));
			return "SELECT id AS client_id FROM counselling_client WHERE tenant_id = ? AND client_number = ?";
		}
		List<String> keys = TransliterationKey.parts(text).stream().map(TransliterationKey::of).distinct().toList();
		if (keys.isEmpty()) {
			return null;
		}
		List<String> selects = new ArrayList<>();
		for (String key : keys) {
			params.add(tenantId);
			params.add(this.fields.blindIndexesForLookup(ClientColumns.NAME_KEY, tenantId, key).toArray(byte[][]::new));
			selects.add("SELECT client_id FROM counselling_client_name_key WHERE tenant_id = ? AND key_hash = ANY(?)");
		}
		return String.join(" INTERSECT ", selects);
	}

	/** The ids of the clients a user reads, as SQL (its parameters added). */
	private static String readable(List<Object> params, UUID tenantId, UUID userId, OffsetDateTime now) {
		params.addAll(List.of(tenantId, userId, tenantId, userId, tenantId, userId, now));
		return """
				SELECT id FROM counselling_client WHERE tenant_id = ? AND responsible_id = ?
				UNION ALL SELECT client_id FROM counselling_client_deputy WHERE tenant_id = ? AND user_id = ?
				UNION ALL SELECT client_id FROM counselling_break_glass WHERE tenant_id = ? AND user_id = ? AND expires_at > ?""";
	}

	/**
	 * The clients a user may read without break-glass (responsible or deputy) or with a
	 * break-glass access still running, each with the version of its row (counted up by
	 * every change; read from the index for the responsible counsellor's clients).
	 */
	List<Stamp> readableBy(UUID tenantId, UUID userId, OffsetDateTime now) {
		return this.jdbc.sql("""
				SELECT id, version FROM counselling_client WHERE tenant_id = :tenant AND responsible_id = :user
				UNION SELECT c.id, c.version FROM counselling_client_deputy d
				      JOIN counselling_client c ON c.tenant_id = d.tenant_id AND c.id = d.client_id
				      WHERE d.tenant_id = :tenant AND d.user_id = :user
				UNION SELECT c.id, c.version FROM counselling_break_glass b
				      JOIN counselling_client c ON c.tenant_id = b.tenant_id AND c.id = b.client_id
				      WHERE b.tenant_id = :tenant AND b.user_id = :user AND b.expires_at > :now""")
			.param("tenant", tenantId)
			.param("user", userId)
			.param("now", now)
			.query((rs, row) -> new Stamp(rs.getObject("id", UUID.class), rs.getLong("version")))
			.list();
	}

	/**
	 * What a list shows of clients of the tenant, by id (in no particular order): only
	 * the names and (if asked) the birth year are decrypted, not the other eleven fields.
	 */
	List<Listed> listed(UUID tenantId, Collection<UUID> ids, boolean withBirthYear) {
		if (ids.isEmpty()) {
			return List.of();
		}
		EncryptedColumn first = ClientColumns.FIELDS.get("firstName");
		EncryptedColumn last = ClientColumns.FIELDS.get("lastName");
		EncryptedColumn birthYear = ClientColumns.FIELDS.get("birthYear");
		return this.jdbc
			.sql("SELECT id, client_number, responsible_id, " + first.column() + ", " + last.column()
					+ (withBirthYear ? ", " + birthYear.column() : "")
					+ " FROM counselling_client WHERE tenant_id = ? AND id = ANY(?)")
			.params(tenantId, ids.toArray(UUID[]::new))
			.query((rs, row) -> listed(tenantId, rs, withBirthYear))
			.list();
	}

	/**
	 * A row with id, number, responsible counsellor and sealed names (and birth year).
	 */
	private Listed listed(UUID tenantId, ResultSet rs, boolean withBirthYear) throws SQLException {
		EncryptedColumn first = ClientColumns.FIELDS.get("firstName");
		EncryptedColumn last = ClientColumns.FIELDS.get("lastName");
		EncryptedColumn birthYear = ClientColumns.FIELDS.get("birthYear");
		UUID id = rs.getObject("id", UUID.class);
		return new Listed(id, rs.getString("client_number"), rs.getObject("responsible_id", UUID.class),
				this.fields.decrypt(first, tenantId, id, rs.getBytes(first.column())),
				this.fields.decrypt(last, tenantId, id, rs.getBytes(last.column())),
				withBirthYear ? integer(this.fields.decrypt(birthYear, tenantId, id, rs.getBytes(birthYear.column())))
						: null);
	}

	/**
	 * Deletes a client of the tenant with its name-key hashes, deputies and break-glass
	 * accesses (by the foreign keys' cascade).
	 * @return how many clients were deleted (0 or 1)
	 */
	public int delete(UUID tenantId, UUID id) {
		this.jdbc.sql("DELETE FROM counselling_client_name_key WHERE tenant_id = ? AND client_id = ?")
			.params(tenantId, id)
			.update();
		return this.jdbc.sql("DELETE FROM counselling_client WHERE tenant_id = ? AND id = ?")
			.params(tenantId, id)
			.update();
	}

	/** How many clients a counsellor is responsible for. */
	public long countResponsible(UUID tenantId, UUID userId) {
		return this.jdbc.sql("SELECT count(*) FROM counselling_client WHERE tenant_id = ? AND responsible_id = ?")
			.params(tenantId, userId)
			.query(Long.class)
			.single();
	}

	/**
	 * A client's first and last name from their sealed values as another query of the
	 * module read them (the case list decrypts the names of its page only).
	 */
	public String name(UUID tenantId, UUID clientId, byte[] firstNameSealed, byte[] lastNameSealed) {
		return this.fields.decrypt(ClientColumns.FIELDS.get("firstName"), tenantId, clientId, firstNameSealed) + " "
				+ this.fields.decrypt(ClientColumns.FIELDS.get("lastName"), tenantId, clientId, lastNameSealed);
	}

	/** The names of clients of the tenant (first and last name), decrypted, by id. */
	public Map<UUID, String> names(UUID tenantId, Collection<UUID> ids) {
		Map<UUID, String> names = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		this.jdbc
			.sql("SELECT id, first_name_sealed, last_name_sealed FROM counselling_client "
					+ "WHERE tenant_id = ? AND id = ANY(?)")
			.params(tenantId, ids.toArray(UUID[]::new))
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				names.put(id, name(tenantId, id, rs.getBytes("first_name_sealed"), rs.getBytes("last_name_sealed")));
				return id;
			})
			.list();
		return names;
	}

	/** How many clients the tenant has. */
	public long count(UUID tenantId) {
		return this.jdbc.sql("SELECT count(*) FROM counselling_client WHERE tenant_id = ?")
			.param(tenantId)
			.query(Long.class)
			.single();
	}

	private Client client(ResultSet rs, int row) throws SQLException {
		UUID tenantId = rs.getObject("tenant_id", UUID.class);
		UUID id = rs.getObject("id", UUID.class);
		Map<String, String> values = new LinkedHashMap<>();
		for (Map.Entry<String, EncryptedColumn> field : ClientColumns.FIELDS.entrySet()) {
			values.put(field.getKey(),
					this.fields.decrypt(field.getValue(), tenantId, id, rs.getBytes(field.getValue().column())));
		}
		String languages = values.get("languages");
		return new Client(id, tenantId, rs.getString("client_number"), rs.getObject("responsible_id", UUID.class),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
				values.get("firstName"), values.get("lastName"), values.get("phone"), values.get("email"),
				integer(values.get("birthYear")), constant(Gender.class, values.get("gender")),
				values.get("nationality"), (languages == null) ? List.of() : List.of(languages.split(",")),
				constant(ResidenceStatus.class, values.get("residenceStatus")), integer(values.get("arrivalYear")),
				values.get("gemeinde"), constant(GermanLevel.class, values.get("germanLevel")), values.get("note"));
	}

	private static Integer integer(String value) {
		return (value == null) ? null : Integer.valueOf(value);
	}

	private static <E extends Enum<E>> E constant(Class<E> type, String value) {
		return (value == null) ? null : Enum.valueOf(type, value);
	}

	private static String text(Object value) {
		return (value == null) ? null : value.toString();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * A new client to store with {@link #insertAll}.
	 *
	 * @param id its id
	 * @param responsibleId the responsible counsellor
	 * @param form its values (checked)
	 * @param createdAt when it was entered
	 */
	public record NewClient(UUID id, UUID responsibleId, ClientForm form, OffsetDateTime createdAt) {
	}

	/**
	 * A client's id and the version of its row.
	 *
	 * @param id the client
	 * @param version changes with every update of the row
	 */
	record Stamp(UUID id, long version) {
	}

	/**
	 * The readable clients a search names and how many it names in all.
	 *
	 * @param readable the clients the user reads, decrypted
	 * @param total how many clients of the tenant the search names
	 */
	record Found(List<Listed> readable, long total) {
	}

	/**
	 * What a list shows of a client, decrypted.
	 *
	 * @param id the client
	 * @param clientNumber its number
	 * @param responsibleId the responsible counsellor
	 * @param firstName first name(s)
	 * @param lastName family name(s)
	 * @param birthYear year of birth, null if none or not asked for
	 */
	record Listed(UUID id, String clientNumber, UUID responsibleId, String firstName, String lastName,
			Integer birthYear) {
	}

	/**
	 * A new client.
	 *
	 * @param id its id
	 * @param clientNumber its number
	 */
	public record Created(UUID id, String clientNumber) {
	}

	/**
	 * What may be shown of a client without reading it: its number and who is
	 * responsible.
	 *
	 * @param id the client
	 * @param clientNumber its number
	 * @param responsibleId the responsible counsellor
	 */
	public record Stub(UUID id, String clientNumber, UUID responsibleId) {
	}

	/**
	 * A client by tenant and id.
	 *
	 * @param tenantId the tenant
	 * @param id the client
	 */
	record TenantClient(UUID tenantId, UUID id) {
	}

	/** The ids in a list, as the lookups take them. */
	static List<UUID> ids(Collection<Client> clients) {
		List<UUID> ids = new ArrayList<>();
		clients.forEach((client) -> ids.add(client.id()));
		return ids;
	}

}
