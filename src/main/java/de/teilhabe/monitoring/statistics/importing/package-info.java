/**
 * Reading official statistics files: format, encoding and delimiter detection, numbers
 * and value symbols, periods, region keys, and one streaming parser per format. Plain
 * Java without Spring or a database: every parser pushes series, observations and
 * rejected rows to an {@link de.teilhabe.monitoring.statistics.importing.ImportSink} and
 * never holds a whole file in memory.
 */
package de.teilhabe.monitoring.statistics.importing;
