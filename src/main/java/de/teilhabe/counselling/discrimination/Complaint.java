package de.teilhabe.counselling.discrimination;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import de.teilhabe.counselling.discrimination.ComplaintCodes.Area;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Characteristic;
import de.teilhabe.counselling.discrimination.ComplaintCodes.DiscriminationForm;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Intervention;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Level;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Outcome;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Source;

/**
 * A discrimination complaint as stored; the texts decrypted only where the complaint is
 * read on its own (null in a list).
 *
 * @param id its id
 * @param source entered by a counsellor or reported online
 * @param reportedLanguage the language of the public form (online reports)
 * @param incidentOn when it happened, if known
 * @param area the area of life
 * @param characteristics the characteristics
 * @param forms the forms
 * @param level the level, if assessed
 * @param interventions the interventions
 * @param outcome the outcome
 * @param description what happened (null in a list or once anonymised)
 * @param replyContact the reporter's contact for a reply (null in a list)
 * @param caseId the linked counselling case, or null
 * @param createdAt when entered or reported
 * @param updatedAt when last changed
 * @param reviewedAt when a counsellor reviewed it (null: reported online, not yet
 * reviewed)
 * @param anonymisedAt when its texts were cleared with its case's anonymisation
 */
record Complaint(UUID id, Source source, String reportedLanguage, LocalDate incidentOn, Area area,
		List<Characteristic> characteristics, List<DiscriminationForm> forms, Level level,
		List<Intervention> interventions, Outcome outcome, String description, String replyContact, UUID caseId,
		OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime reviewedAt, OffsetDateTime anonymisedAt) {

	/** Whether a counsellor has reviewed it. */
	public boolean reviewed() {
		return this.reviewedAt != null;
	}

}
