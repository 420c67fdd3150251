/**
 * The council's records as stored ({@code council_*} tables): the kinds and states the
 * rows take, with their names in OParl. Other modules may use them (the network's
 * committee pages use {@link de.teilhabe.council.model.MeetingState}).
 */
@org.springframework.modulith.NamedInterface("model")
package de.teilhabe.council.model;
