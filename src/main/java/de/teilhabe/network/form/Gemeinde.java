package de.teilhabe.network.form;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import de.teilhabe.region.RegionLevel;
import de.teilhabe.region.Regions;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The key (AGS, eight digits) of a Gemeinde of the region module; the message names the
 * refused key ({@code {value}}). Null is valid.
 */
@Documented
@Constraint(validatedBy = Gemeinde.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Gemeinde {

	String message() default "{network.error.gemeinde}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The check: a bean of the validator, so it reads the regions. */
	class Check implements ConstraintValidator<Gemeinde, String> {

		private final Regions regions;

		Check(Regions regions) {
			this.regions = regions;
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || (value.matches("[0-9]{8}") && this.regions.find(value)
				.filter((region) -> region.level() == RegionLevel.GEMEINDE)
				.isPresent())) {
				return true;
			}
			context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("value", value);
			return false;
		}

	}

}
