package de.teilhabe.network.offer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.teilhabe.network.form.FormCheck;
import de.teilhabe.network.form.NetworkLanguages;
import de.teilhabe.region.RegionLevel;
import de.teilhabe.region.Regions;

/**
 * The fields of an offer's form and their checks.
 */
public final class OfferForm {

	public static final List<String> FIELDS = List.of("kind", "title", "description", "languages", "targetGroups",
			"place", "regionKey", "schedule", "cost", "registration", "accessibility");

	private OfferForm() {
	}

	public static FormCheck check(Map<String, String> raw, Regions regions) {
		FormCheck check = new FormCheck(raw);
		check.choice("kind", OfferKind.class, true);
		check.text("title", true, 200);
		check.multiline("description", false, 4000);
		check.list("languages", 40, NetworkLanguages::parse, "network.error.language");
		check.tags("targetGroups", 20, 80);
		check.text("place", false, 300);
		gemeinde(check, "regionKey", regions);
		check.text("schedule", false, 300);
		check.text("cost", false, 200);
		check.multiline("registration", false, 1000);
		check.multiline("accessibility", false, 1000);
		return check;
	}

	/** An optional single Gemeinde key (AGS). */
	public static void gemeinde(FormCheck check, String field, Regions regions) {
		String key = check.text(field, false, 8);
		if (key != null && (!key.matches("[0-9]{8}")
				|| regions.find(key).filter((region) -> region.level() == RegionLevel.GEMEINDE).isEmpty())) {
			check.reject(field, "network.error.region", key);
		}
	}

	public static Map<String, String> of(Offer offer) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("kind", offer.kind().name());
		values.put("title", offer.title());
		values.put("description", text(offer.description()));
		values.put("languages", String.join(FormCheck.LIST_SEPARATOR, offer.languages()));
		values.put("targetGroups", String.join(FormCheck.LIST_SEPARATOR, offer.targetGroups()));
		values.put("place", text(offer.place()));
		values.put("regionKey", text(offer.regionKey()));
		values.put("schedule", text(offer.schedule()));
		values.put("cost", text(offer.cost()));
		values.put("registration", text(offer.registration()));
		values.put("accessibility", text(offer.accessibility()));
		return values;
	}

	public static Map<String, String> empty() {
		Map<String, String> values = new LinkedHashMap<>();
		FIELDS.forEach((field) -> values.put(field, ""));
		return values;
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
