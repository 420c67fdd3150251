package de.teilhabe.reporting.definition;

import java.util.List;
import java.util.UUID;

/**
 * What a report is made of: a tenant's definition of its report.
 *
 * @param id the definition's id
 * @param tenantId the tenant it belongs to
 * @param title e.g. Migration und Integration 2026
 * @param reportingYear the year the report is about
 * @param regionKeys the regions reported on (AGS/ARS keys), the tenant's own region
 * first, then each Stadt and Gemeinde chosen; never empty in a valid definition
 * @param chapters the chapters in order
 * @param standard whether this is the tenant's default definition (listed first)
 */
public record ReportDefinition(UUID id, UUID tenantId, String title, int reportingYear, List<String> regionKeys,
		List<Chapter> chapters, boolean standard) {

	public ReportDefinition {
		regionKeys = List.copyOf(regionKeys);
		chapters = List.copyOf(chapters);
	}

}
