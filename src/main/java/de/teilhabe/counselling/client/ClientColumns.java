package de.teilhabe.counselling.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.teilhabe.shared.crypto.BlindIndexNormalisation;
import de.teilhabe.shared.crypto.EncryptedColumn;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The encrypted columns of the clients, one per field (the form's field name to its
 * column), each registered as a bean for the re-encryption job. The phonetic name keys
 * ({@link #NAME_KEY}) are keyed hashes only, not ciphertexts: they are not registered
 * (the job could not recompute them without the names); a lookup finds them under every
 * blind-index key of the keyset, and saving a client writes them under the primary key.
 */
@Configuration(proxyBeanMethods = false)
class ClientColumns {

	static final String TABLE = "counselling_client";

	/** The hashed phonetic keys: table and column give the hash its own domain. */
	static final EncryptedColumn NAME_KEY = EncryptedColumn.of("counselling_client_name_key", "key_hash")
		.withBlindIndex("key_hash", BlindIndexNormalisation.NONE);

	/** Form field to encrypted column, in the table's order. */
	static final Map<String, EncryptedColumn> FIELDS;

	static {
		Map<String, EncryptedColumn> fields = new LinkedHashMap<>();
		for (String field : List.of("firstName", "lastName", "phone", "email", "birthYear", "gender", "nationality",
				"languages", "residenceStatus", "arrivalYear", "gemeinde", "germanLevel", "note")) {
			fields.put(field, EncryptedColumn.of(TABLE, column(field)));
		}
		FIELDS = java.util.Collections.unmodifiableMap(fields);
	}

	/** {@code firstName} → {@code first_name_sealed}. */
	static String column(String field) {
		return field.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT) + "_sealed";
	}

	/** Registers every column of {@link #FIELDS} and the break-glass reason as a bean. */
	@Bean
	static BeanDefinitionRegistryPostProcessor counsellingEncryptedColumns() {
		return new BeanDefinitionRegistryPostProcessor() {

			@Override
			public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
				FIELDS.forEach((field, column) -> registry.registerBeanDefinition("counsellingClient." + field,
						new RootBeanDefinition(EncryptedColumn.class, () -> column)));
				registry.registerBeanDefinition("counsellingBreakGlassReason", new RootBeanDefinition(
						EncryptedColumn.class, () -> de.teilhabe.counselling.access.ClientAccess.REASON));
			}

			@Override
			public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
			}

		};
	}

}
