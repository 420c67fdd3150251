package de.teilhabe.council.paper;

import de.teilhabe.council.model.FilePurpose;
import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The fields of a PDF upload to a paper (the file itself is its own multipart part,
 * checked by {@link PdfCheck}).
 *
 * @param name the name shown (empty: the file's name)
 * @param purpose the paper's main file or an attachment
 */
public record FileForm(@Size(max = 200, message = "{form.error.tooLong}") @SingleLine String name,
		@NotNull(message = "{form.error.required}") FilePurpose purpose) {
}
