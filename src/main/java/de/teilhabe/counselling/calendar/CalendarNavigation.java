package de.teilhabe.counselling.calendar;

import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NavigationGroup;
import de.teilhabe.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Navigation of the Beratungsstelle: the calendar (COUNSELLOR). */
@Configuration(proxyBeanMethods = false)
class CalendarNavigation {

	@Bean
	NavigationItem counsellingCalendarNavigation() {
		return new NavigationItem(NavigationGroup.COUNSELLING, "counselling.calendar.nav", "/counselling/calendar", 110,
				Role.COUNSELLOR);
	}

}
