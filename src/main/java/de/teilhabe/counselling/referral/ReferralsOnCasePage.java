package de.teilhabe.counselling.referral;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPaging;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The case's page lists its referrals with their state and outcome check
 * ({@code caseReferrals}, the read audited as {@code referrals}): added after the case
 * controller prepared the page, so that the cases part does not depend on referrals.
 */
@Component
class ReferralsOnCasePage implements HandlerInterceptor, WebMvcConfigurer {

	private static final Pattern CASE = Pattern.compile("^/counselling/cases/([0-9a-fA-F-]{36})(/.*)?$");

	private final ObjectProvider<Referrals> referrals;

	ReferralsOnCasePage(ObjectProvider<Referrals> referrals) {
		this.referrals = referrals;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/counselling/cases/**");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView page) {
		if (page == null || !"counselling/case".equals(page.getViewName())) {
			return;
		}
		Matcher matcher = CASE.matcher(request.getRequestURI());
		if (matcher.matches()) {
			Referrals found = this.referrals.getObject();
			page.addObject("caseReferrals",
					found.list(CurrentActor.get(), UUID.fromString(matcher.group(1)), new ApiPaging(0, 20)));
			page.addObject("referralsToday", found.today());
		}
	}

}
