package de.teilhabe.shared.web.form;

import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/** A form binder outside Spring, for tests in other packages. */
public final class TestFormBinders {

	private TestFormBinders() {
	}

	public static FormBinder plain() {
		LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
		validator.afterPropertiesSet();
		return new FormBinder(validator, new DefaultFormattingConversionService());
	}

}
