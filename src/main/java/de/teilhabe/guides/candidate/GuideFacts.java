package de.teilhabe.guides.candidate;

import java.util.List;
import java.util.Map;
import java.util.Set;

import de.teilhabe.guides.guide.Guide;
import de.teilhabe.guides.guide.Topic;
import de.teilhabe.guides.request.Occurrence;

/**
 * What the rules know of a guide beyond the profile.
 *
 * @param guide the profile
 * @param homeLabel the name of the Gemeinde the guide lives in
 * @param busy the appointments of the guide's live assignments (other requests)
 * @param experience how many requests of each topic the guide was assigned before
 * @param contactsAccompanied the contact references of the people the guide accompanied
 * @param assignmentsThisMonth how many assignments the office gave the guide this month
 * @param kilometres the distance from the guide's home to the request's Gemeinde (as the
 * crow flies, between their centres), or null if unknown
 */
public record GuideFacts(Guide guide, String homeLabel, List<Occurrence> busy, Map<Topic, Integer> experience,
		Set<String> contactsAccompanied, int assignmentsThisMonth, Double kilometres) {
}
