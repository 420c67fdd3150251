package de.teilhabe.shared.web;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.form.SavedForm;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The writes and the single read of a record's API under the path of the subclass's
 * {@code @RequestMapping} (docs/architecture.md, API rules): {@code GET /{id}} one
 * record, {@code POST} enters one (201 with {@code Location} and the record), {@code PUT
 * /{id}} changes it (200 with the record); a missing body counts as an empty one; a body
 * that does not bind answers 422 with {@code errors: [{field, message}]} (nothing
 * stored). The subclass adds its list and says how the API shows a record; reading,
 * entering and changing are its service's ({@link Records}), and so is who may do so.
 *
 * @param <R> the record
 */
public abstract class RecordApiController<R> {

	private final String path;

	private final Records<R> records;

	/**
	 * @param path the path of the subclass's {@code @RequestMapping}
	 * @param records the service that reads and writes the records
	 */
	protected RecordApiController(String path, Records<R> records) {
		this.path = path;
		this.records = records;
	}

	@GetMapping("/{id}")
	public Map<String, Object> one(@PathVariable UUID id) {
		return item(this.records.read(CurrentActor.get(), id), LocaleContextHolder.getLocale());
	}

	@PostMapping
	public ResponseEntity<Map<String, Object>> create(@RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		UUID id = stored(this.records.create(actor, (body != null) ? body : Map.of()));
		return ResponseEntity.created(URI.create(this.path + "/" + id))
			.body(item(this.records.read(actor, id), LocaleContextHolder.getLocale()));
	}

	@PutMapping("/{id}")
	public Map<String, Object> update(@PathVariable UUID id, @RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		stored(this.records.update(actor, id, (body != null) ? body : Map.of()));
		return item(this.records.read(actor, id), LocaleContextHolder.getLocale());
	}

	/** The record as the API answers it (in full, as for one record). */
	protected abstract Map<String, Object> item(R record, Locale locale);

	private static UUID stored(SavedForm saved) {
		if (saved.id() == null) {
			throw new InvalidBodyException(saved.checked().errors());
		}
		return saved.id();
	}

	/**
	 * The service behind a record API: each method checks who may, audits what it must
	 * and answers 404 for a record of another tenant.
	 *
	 * @param <R> the record
	 */
	public interface Records<R> {

		/** One record the actor may read. */
		R read(Actor actor, UUID id);

		/** Enters a record; all or nothing. */
		SavedForm create(Actor actor, Map<String, ?> input);

		/** Changes a record; all or nothing. */
		SavedForm update(Actor actor, UUID id, Map<String, ?> input);

	}

}
