package de.teilhabe;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Teilhabe: the platform of a municipal integration office.
 */
@SpringBootApplication
@EnableScheduling
@Modulithic(sharedModules = "shared")
public class TeilhabeApplication {

	public static void main(String[] args) {
		SpringApplication.run(TeilhabeApplication.class, args);
	}

}
