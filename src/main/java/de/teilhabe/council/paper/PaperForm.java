package de.teilhabe.council.paper;

import java.time.LocalDate;
import java.util.UUID;

import de.teilhabe.council.model.PaperType;
import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A paper (Vorlage, Antrag, Anfrage, Stellungnahme). Its reference is generated when it
 * is created ({@code BfM/2026/015}) and never changes.
 *
 * @param name the title
 * @param paperType the kind
 * @param paperDate the date
 * @param publicPaper whether it is public (a non-public paper never leaves the office)
 * @param originator the committee it comes from, picked by name (none: the
 * administration)
 */
public record PaperForm(
		@NotBlank(message = "{form.error.required}") @Size(max = 500,
				message = "{form.error.tooLong}") @SingleLine String name,
		@NotNull(message = "{form.error.required}") PaperType paperType,
		@NotNull(message = "{form.error.required}") LocalDate paperDate, Boolean publicPaper, UUID originator) {

	public PaperForm {
		publicPaper = Boolean.TRUE.equals(publicPaper);
	}

}
