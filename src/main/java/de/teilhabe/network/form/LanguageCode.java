package de.teilhabe.network.form;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * An ISO 639 code of the reference list ({@link NetworkLanguages}); the message names the
 * refused code ({@code {value}}). Null is valid.
 */
@Documented
@Constraint(validatedBy = LanguageCode.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageCode {

	String message() default "{network.error.languageCode}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The check. */
	class Check implements ConstraintValidator<LanguageCode, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || NetworkLanguages.parse(value) != null) {
				return true;
			}
			context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("value", value);
			return false;
		}

	}

}
