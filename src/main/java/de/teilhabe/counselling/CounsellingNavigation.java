package de.teilhabe.counselling;

import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NavigationGroup;
import de.teilhabe.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Navigation of the Beratungsstelle: the clients, the cases and the record of processing
 * activities (COUNSELLOR); for the PRIVACY_OFFICER the review of break-glass accesses and
 * the record.
 */
@Configuration(proxyBeanMethods = false)
class CounsellingNavigation {

	@Bean
	NavigationItem counsellingClientsNavigation() {
		return new NavigationItem(NavigationGroup.COUNSELLING, "counselling.nav.clients", "/counselling/clients", 100,
				Role.COUNSELLOR);
	}

	@Bean
	NavigationItem counsellingCasesNavigation() {
		return new NavigationItem(NavigationGroup.COUNSELLING, "counselling.nav.cases", "/counselling/cases", 110,
				Role.COUNSELLOR);
	}

	@Bean
	NavigationItem counsellingProcessingRecordNavigation() {
		return new NavigationItem(NavigationGroup.COUNSELLING, "counselling.nav.processingRecord",
				"/counselling/processing-record", 190, Role.COUNSELLOR);
	}

	@Bean
	NavigationItem counsellingBreakGlassReviewNavigation() {
		return new NavigationItem(NavigationGroup.PRIVACY, "counselling.nav.breakGlassReview", "/privacy/break-glass",
				830, Role.PRIVACY_OFFICER);
	}

	@Bean
	NavigationItem counsellingRecordNavigation() {
		return new NavigationItem(NavigationGroup.PRIVACY, "counselling.nav.record", "/privacy/records/counselling",
				840, Role.PRIVACY_OFFICER);
	}

}
