package de.teilhabe.counselling.consultation;

import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NavigationGroup;
import de.teilhabe.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The expert consultations in the counsellors' navigation. */
@Configuration(proxyBeanMethods = false)
class ConsultationNavigation {

	@Bean
	NavigationItem counsellingConsultationsNavigation() {
		return new NavigationItem(NavigationGroup.COUNSELLING, "counselling.nav.consultations",
				ConsultationController.PATH, 150, Role.COUNSELLOR);
	}

}
