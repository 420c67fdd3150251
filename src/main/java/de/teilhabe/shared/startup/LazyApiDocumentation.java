package de.teilhabe.shared.startup;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.core.type.MethodMetadata;
import org.springframework.stereotype.Component;

/**
 * Creates the OpenAPI documentation's beans (springdoc: {@code /v3/api-docs},
 * {@code /swagger-ui.html}) at their first use instead of at start: nobody needs them to
 * report healthy, and with their models and mappers they cost the start about a tenth of
 * a second of its critical path. What the platform serves is the same; the first request
 * to the documentation builds them. Beans that other beans need at start (the MVC
 * configurer of the Swagger UI, for instance) are still created then, as their users ask
 * for them, and beans that act once every bean exists
 * ({@link SmartInitializingSingleton}) are left as they are.
 */
@Component
class LazyApiDocumentation implements BeanFactoryPostProcessor {

	private static final String PACKAGE = "org.springdoc.";

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		for (String name : beanFactory.getBeanDefinitionNames()) {
			BeanDefinition definition = beanFactory.getBeanDefinition(name);
			if (definition instanceof AbstractBeanDefinition declared && declared.getLazyInit() == null
					&& definition.isSingleton() && isApiDocumentation(definition)
					&& !actsWhenAllBeansExist(beanFactory, name)) {
				definition.setLazyInit(true);
			}
		}
	}

	/**
	 * Whether the bean is springdoc's: its class or the configuration that declares it.
	 */
	static boolean isApiDocumentation(BeanDefinition definition) {
		String className = definition.getBeanClassName();
		if (definition instanceof AnnotatedBeanDefinition annotated) {
			MethodMetadata factoryMethod = annotated.getFactoryMethodMetadata();
			if (factoryMethod != null) {
				className = factoryMethod.getDeclaringClassName();
			}
		}
		return className != null && className.startsWith(PACKAGE);
	}

	private static boolean actsWhenAllBeansExist(ConfigurableListableBeanFactory beanFactory, String name) {
		Class<?> type = beanFactory.getType(name, false);
		return type == null || SmartInitializingSingleton.class.isAssignableFrom(type);
	}

}
