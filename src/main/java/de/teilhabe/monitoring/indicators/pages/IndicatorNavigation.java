package de.teilhabe.monitoring.indicators.pages;

import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NavigationGroup;
import de.teilhabe.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The navigation entry „Indikatoren“ for every staff role. */
@Configuration(proxyBeanMethods = false)
class IndicatorNavigation {

	@Bean
	NavigationItem indicatorsNavigation() {
		return new NavigationItem(NavigationGroup.MONITORING, "monitoring.nav.indicators", "/indicators", 290,
				Role.STAFF);
	}

}
