package de.teilhabe.network.organisation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.teilhabe.network.form.FormCheck;
import de.teilhabe.network.form.NetworkLanguages;
import de.teilhabe.region.Region;
import de.teilhabe.region.RegionLevel;
import de.teilhabe.region.Regions;

/**
 * The fields of an organisation's form and their checks; the same values are stored in
 * pending changes of partners.
 */
public final class OrganisationForm {

	public static final List<String> FIELDS = List.of("kind", "name", "street", "postcode", "city", "latitude",
			"longitude", "regions", "languages", "targetGroups", "fieldsOfWork", "website", "email", "phone",
			"openingHours", "tags", "description");

	private OrganisationForm() {
	}

	public static FormCheck check(Map<String, String> raw, Regions regions) {
		FormCheck check = new FormCheck(raw);
		check.choice("kind", OrganisationKind.class, true);
		check.text("name", true, 200);
		check.text("street", false, 200);
		check.postcode("postcode");
		check.text("city", false, 100);
		BigDecimal latitude = check.decimal("latitude", BigDecimal.valueOf(-90), BigDecimal.valueOf(90));
		BigDecimal longitude = check.decimal("longitude", BigDecimal.valueOf(-180), BigDecimal.valueOf(180));
		if (!check.hasError("latitude") && !check.hasError("longitude") && (latitude == null) != (longitude == null)) {
			check.reject((latitude == null) ? "latitude" : "longitude", "network.error.position");
		}
		check.list("regions", 200, (key) -> gemeinde(regions, key), "network.error.region");
		check.list("languages", 40, NetworkLanguages::parse, "network.error.language");
		check.tags("targetGroups", 20, 80);
		check.choices("fieldsOfWork", FieldOfWork.class);
		check.url("website");
		check.email("email", false);
		check.phone("phone");
		check.multiline("openingHours", false, 1000);
		check.tags("tags", 30, 60);
		check.multiline("description", false, 4000);
		return check;
	}

	/** The key if it names a Gemeinde, else null. */
	static String gemeinde(Regions regions, String key) {
		if (!key.matches("[0-9]{8}")) {
			return null;
		}
		return regions.find(key)
			.filter((region) -> region.level() == RegionLevel.GEMEINDE)
			.map(Region::key)
			.orElse(null);
	}

	/** The form values of a live organisation. */
	public static Map<String, String> of(Organisation organisation) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("kind", organisation.kind().name());
		values.put("name", organisation.name());
		values.put("street", text(organisation.street()));
		values.put("postcode", text(organisation.postcode()));
		values.put("city", text(organisation.city()));
		values.put("latitude", (organisation.latitude() != null) ? organisation.latitude().toPlainString() : "");
		values.put("longitude", (organisation.longitude() != null) ? organisation.longitude().toPlainString() : "");
		values.put("regions", String.join(FormCheck.LIST_SEPARATOR, organisation.regions()));
		values.put("languages", String.join(FormCheck.LIST_SEPARATOR, organisation.languages()));
		values.put("targetGroups", String.join(FormCheck.LIST_SEPARATOR, organisation.targetGroups()));
		values.put("fieldsOfWork", String.join(FormCheck.LIST_SEPARATOR, organisation.fieldsOfWork()));
		values.put("website", text(organisation.website()));
		values.put("email", text(organisation.email()));
		values.put("phone", text(organisation.phone()));
		values.put("openingHours", text(organisation.openingHours()));
		values.put("tags", String.join(FormCheck.LIST_SEPARATOR, organisation.tags()));
		values.put("description", text(organisation.description()));
		return values;
	}

	/** An empty form. */
	public static Map<String, String> empty() {
		Map<String, String> values = new LinkedHashMap<>();
		FIELDS.forEach((field) -> values.put(field, ""));
		return values;
	}

	static String text(String value) {
		return (value != null) ? value : "";
	}

}
