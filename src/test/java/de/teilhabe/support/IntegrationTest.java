package de.teilhabe.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole platform on a random port, against the one embedded PostgreSQL of this test
 * JVM, in demo mode. Every test class that uses exactly this annotation shares one cached
 * application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "teilhabe.data-dir=target/test-data${teilhabe.test.fork:}", "teilhabe.embedded.clean=true",
				"spring.datasource.hikari.maximum-pool-size=20" })
public @interface IntegrationTest {

}
