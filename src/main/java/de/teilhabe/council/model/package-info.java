/**
 * The council's records as stored ({@code council_*} tables): the kinds and states the
 * rows take, with their names in OParl.
 */
package de.teilhabe.council.model;
