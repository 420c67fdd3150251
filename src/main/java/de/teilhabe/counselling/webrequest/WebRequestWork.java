package de.teilhabe.counselling.webrequest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import de.teilhabe.shared.privacy.RetentionRule;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.RequestAuthorizations;
import de.teilhabe.shared.security.Role;
import de.teilhabe.shared.web.NavigationGroup;
import de.teilhabe.shared.web.NavigationItem;
import de.teilhabe.shared.web.WorkItem;
import de.teilhabe.shared.web.WorkQueue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Where the requests from the portal show and how long they stay: the counsellors' start
 * page counts them („Anfragen aus dem Wegweiser“, linked to the list); the public form
 * may be sent anonymously (its page is a GET under {@code /p/**}, permitted by the
 * region's rule); a request nobody took over or declined is deleted after {@link #KEPT}
 * (retention rule {@code counselling.web-request.unanswered}).
 */
@Configuration(proxyBeanMethods = false)
class WebRequestWork {

	/** How long an unanswered request is kept. */
	static final Duration KEPT = Duration.ofDays(30);

	@Bean
	WorkQueue webRequestWorkQueue(WebRequests requests) {
		return (Actor actor) -> (actor.has(Role.COUNSELLOR) && requests.count(actor.tenantId()) > 0) ? List
			.of(new WorkItem("portal.forms.request.work", WebRequestController.PATH, requests.count(actor.tenantId())))
				: List.of();
	}

	@Bean
	NavigationItem webRequestNavigation() {
		return new NavigationItem(NavigationGroup.COUNSELLING, "portal.forms.nav.requests", WebRequestController.PATH,
				105, Role.COUNSELLOR);
	}

	@Bean
	RequestAuthorizations webRequestAuthorizations() {
		return (requests) -> requests.requestMatchers(HttpMethod.POST, "/p/*/*/" + PublicWebRequestController.PAGE)
			.permitAll();
	}

	@Bean
	RetentionRule webRequestRetention(WebRequestStore store) {
		return new RetentionRule() {

			@Override
			public String name() {
				return "counselling.web-request.unanswered";
			}

			@Override
			public String description() {
				return "portal.forms.request.retention.description";
			}

			@Override
			public String period() {
				return "portal.forms.request.retention.period";
			}

			@Override
			public int apply(UUID tenantId, Instant now) {
				return (tenantId != null) ? store.deleteSentBefore(tenantId, now.minus(KEPT)) : 0;
			}

		};
	}

}
