/**
 * What a module offers of the integration concept to modules below it
 * ({@link de.teilhabe.shared.concept.ConceptItems}): goals and measures by ID, title and
 * page, so that a module that keeps their IDs (the network's projects) need not depend on
 * the strategy module.
 */
package de.teilhabe.shared.concept;
