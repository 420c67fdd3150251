package de.teilhabe.network.form;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import de.teilhabe.network.OpeningHours;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Weekly opening hours as {@link OpeningHours} reads them (one line per day or days, e.g.
 * „Mo-Fr 09:00-12:00, 14:00-16:00“). Null and empty are valid.
 */
@Documented
@Constraint(validatedBy = WeeklyHours.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface WeeklyHours {

	String message() default "{portal.directory.error.weeklyHours}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The check. */
	class Check implements ConstraintValidator<WeeklyHours, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return OpeningHours.valid(value);
		}

	}

}
