/**
 * Integrationslotsinnen und -lotsen: the network of volunteer guides the office's
 * Leitstelle coordinates. Guide profiles with their lifecycle from the first interest to
 * an active engagement ({@code guide}), Begleitanfragen, requests for accompaniment
 * ({@code request}), the candidates for a request by hard rules and an explained cost
 * ({@code candidate}), assignments with the office's commissioning ({@code assignment}),
 * and the batch assignment of all open requests ({@code matching}, {@code run}). Reads
 * Gemeinden and languages from {@link de.teilhabe.region}; binds GUIDE accounts to
 * profiles through {@link de.teilhabe.access.UserDirectory}. See docs/guides.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integrationslotsinnen und -lotsen")
package de.teilhabe.guides;
