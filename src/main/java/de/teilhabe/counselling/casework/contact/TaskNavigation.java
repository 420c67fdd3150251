package de.teilhabe.counselling.casework.contact;

import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NavigationGroup;
import de.teilhabe.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Navigation: the counsellor's follow-ups (COUNSELLOR). */
@Configuration(proxyBeanMethods = false)
class TaskNavigation {

	@Bean
	NavigationItem counsellingTasksNavigation() {
		return new NavigationItem(NavigationGroup.COUNSELLING, "counselling.contacts.nav.tasks", "/counselling/tasks",
				120, Role.COUNSELLOR);
	}

}
