package de.teilhabe.strategy.measure;

import jakarta.validation.constraints.NotNull;

/**
 * A change of a measure's status (by STRATEGY or a partner that carries it).
 *
 * @param status the new status
 */
public record StatusForm(@NotNull(message = "{form.error.required}") MeasureStatus status) {
}
