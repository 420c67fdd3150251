/**
 * Statistics of the Beratungsstelle for the office and its funders (issue 17): counts of
 * clients, cases, contacts and contact hours by topic, nationality group, gender, age
 * band, Gemeinde, channel, language, case kind, benefit status at start and end, and
 * period, every small cell suppressed by the platform's policy ({@code monitoring}
 * {@code SecretCounts}); the page, CSV/XLSX, the JSON API, and the monthly publication to
 * the monitoring as operational series. See docs/counselling-statistics.md.
 */
package de.teilhabe.counselling.statistics;
