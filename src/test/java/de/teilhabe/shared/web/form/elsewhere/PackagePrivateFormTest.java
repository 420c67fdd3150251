package de.teilhabe.shared.web.form.elsewhere;

import java.util.Map;

import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.TestFormBinders;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's form record need not be public: it is bound and shown again from a package
 * other than the binder's (a public-only binder failed at the first valid submit).
 */
class PackagePrivateFormTest {

	record NoteForm(@NotBlank String text, String author) {
	}

	@Test
	void aPackagePrivateRecordIsBoundAndShownAgain() {
		FormBinder binder = TestFormBinders.plain();
		FormBinder.Bound<NoteForm> bound = binder.bind(Map.of("text", " Protokoll ", "author", "Anna"), NoteForm.class);
		assertThat(bound.valid()).isTrue();
		assertThat(bound.form()).isEqualTo(new NoteForm("Protokoll", "Anna"));
		assertThat(FormBinder.values(bound.form())).containsEntry("text", "Protokoll").containsEntry("author", "Anna");
	}

}
