package de.teilhabe.network.offer;

import java.util.List;
import java.util.Map;

import de.teilhabe.network.form.Gemeinde;
import de.teilhabe.network.form.LanguageCode;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The form of an offer (page and write API): the fields and their checks.
 *
 * @param kind the kind
 * @param title the title
 * @param description what it is
 * @param languages languages (ISO 639)
 * @param targetGroups target groups
 * @param place where
 * @param regionKey the Gemeinde (AGS)
 * @param schedule when, free text
 * @param cost cost, free text
 * @param registration how to register
 * @param accessibility accessibility
 */
public record OfferForm(@NotNull(message = "{form.error.required}") OfferKind kind,
		@NotBlank(message = "{form.error.required}") @Size(max = 200,
				message = "{form.error.tooLong}") @SingleLine String title,
		@Size(max = 4000, message = "{form.error.tooLong}") String description,
		@Size(max = 40, message = "{form.error.tooMany}") List<@LanguageCode String> languages,
		@Size(max = 20,
				message = "{form.error.tooMany}") List<@Size(max = 80,
						message = "{form.error.itemTooLong}") String> targetGroups,
		@Size(max = 300, message = "{form.error.tooLong}") @SingleLine String place, @Gemeinde String regionKey,
		@Size(max = 300, message = "{form.error.tooLong}") @SingleLine String schedule,
		@Size(max = 200, message = "{form.error.tooLong}") @SingleLine String cost,
		@Size(max = 1000, message = "{form.error.tooLong}") String registration,
		@Size(max = 1000, message = "{form.error.tooLong}") String accessibility) {

	public static final List<String> FIELDS = FormBinder.fields(OfferForm.class);

	public static Map<String, String> of(Offer offer) {
		return FormBinder.values(new OfferForm(offer.kind(), offer.title(), offer.description(), offer.languages(),
				offer.targetGroups(), offer.place(), offer.regionKey(), offer.schedule(), offer.cost(),
				offer.registration(), offer.accessibility()));
	}

	public static Map<String, String> empty() {
		return FormBinder.empty(FIELDS);
	}

}
