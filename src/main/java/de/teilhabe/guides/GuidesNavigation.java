package de.teilhabe.guides;

import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NavigationGroup;
import de.teilhabe.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Navigation entries of the guide network: the guides and the requests for the Leitstelle
 * (GUIDE_COORDINATOR).
 */
@Configuration(proxyBeanMethods = false)
class GuidesNavigation {

	@Bean
	NavigationItem guidesProfilesNavigation() {
		return new NavigationItem(NavigationGroup.GUIDES, "guides.nav.guides", "/guides/profiles", 100,
				Role.GUIDE_COORDINATOR);
	}

	@Bean
	NavigationItem guidesRequestsNavigation() {
		return new NavigationItem(NavigationGroup.GUIDES, "guides.nav.requests", "/guides/requests", 110,
				Role.GUIDE_COORDINATOR);
	}

	@Bean
	NavigationItem guidesMatchingNavigation() {
		return new NavigationItem(NavigationGroup.GUIDES, "guides.nav.matching", "/guides/matching", 120,
				Role.GUIDE_COORDINATOR);
	}

	@Bean
	NavigationItem guidesReportsNavigation() {
		return new NavigationItem(NavigationGroup.GUIDES, "guides.nav.reports", "/guides/reports", 160,
				Role.GUIDE_COORDINATOR);
	}

	@Bean
	NavigationItem guidesExpensesNavigation() {
		return new NavigationItem(NavigationGroup.GUIDES, "guides.nav.expenses", "/guides/expenses", 140,
				Role.GUIDE_COORDINATOR);
	}

	@Bean
	NavigationItem guidesExpenseYearsNavigation() {
		return new NavigationItem(NavigationGroup.GUIDES, "guides.nav.expenseYears", "/guides/expenses/years", 141,
				Role.GUIDE_COORDINATOR);
	}

	@Bean
	NavigationItem guidesTrainingsNavigation() {
		return new NavigationItem(NavigationGroup.GUIDES, "guides.training.nav", "/guides/trainings", 125,
				Role.GUIDE_COORDINATOR);
	}

	@Bean
	NavigationItem guidesMineNavigation() {
		return new NavigationItem(NavigationGroup.GUIDES, "guides.nav.mine", "/guides/me", 130, Role.GUIDE);
	}

}
