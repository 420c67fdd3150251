package de.teilhabe.guides.candidate;

import java.util.List;

import de.teilhabe.guides.guide.Guide;

/**
 * A guide who passes every hard rule for a request, with the cost of the pair (lower is
 * better) and what it is made of.
 *
 * @param guide the guide
 * @param cost the sum of the reasons' costs
 * @param reasons the parts of the cost, in words
 */
public record Candidate(Guide guide, int cost, List<Reason> reasons) {
}
