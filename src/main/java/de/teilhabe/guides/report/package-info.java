/**
 * Reports of the guide network: requests by topic, language and Gemeinde, unmet demand by
 * language (requests no guide passing the hard rules could take), hours of approved work
 * per month; the page, the API, and the operational series {@code guides.*} published to
 * the monitoring.
 */
package de.teilhabe.guides.report;
