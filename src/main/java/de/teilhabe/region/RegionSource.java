package de.teilhabe.region;

import java.time.LocalDate;

/**
 * Where the regions come from: shown under every table and page that uses them.
 *
 * @param attribution the attribution line required by the licence
 * @param licence the licence's name
 * @param licenceUrl the licence's text
 * @param gebietsstand the territorial status date
 * @param populationDate the reference date of the population figures
 */
public record RegionSource(String attribution, String licence, String licenceUrl, LocalDate gebietsstand,
		LocalDate populationDate) {

}
