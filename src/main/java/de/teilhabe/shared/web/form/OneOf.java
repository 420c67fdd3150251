package de.teilhabe.shared.web.form;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The name of one constant of an enum, for the items of a list field
 * ({@code List<@OneOf(FieldOfWork.class) String>}): the message names the item
 * ({@code {value}}). A single choice is better an enum-typed field (a wrong value is a
 * type mismatch). Null is valid.
 */
@Documented
@Constraint(validatedBy = OneOf.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {

	/** The enum whose constant names are valid. */
	Class<? extends Enum<?>> value();

	String message() default "{form.error.choiceItem}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The check. */
	class Check implements ConstraintValidator<OneOf, String> {

		private Enum<?>[] constants;

		@Override
		public void initialize(OneOf annotation) {
			this.constants = annotation.value().getEnumConstants();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || Arrays.stream(this.constants).anyMatch((constant) -> constant.name().equals(value))) {
				return true;
			}
			context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("value", value);
			return false;
		}

	}

}
