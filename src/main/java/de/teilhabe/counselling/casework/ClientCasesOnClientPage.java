package de.teilhabe.counselling.casework;

import de.teilhabe.counselling.client.Client;
import de.teilhabe.shared.security.CurrentActor;
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
 * The client's page lists the client's cases ({@code clientCases}, each audited as
 * {@code list}): added after the client controller prepared the page, so that the client
 * part does not depend on the cases. The cases are looked up on first use: the MVC
 * configuration that takes this interceptor is made before the form binding they need.
 */
@Component
class ClientCasesOnClientPage implements HandlerInterceptor, WebMvcConfigurer {

	static final String CLIENT_PAGE = "counselling/client";

	private final ObjectProvider<Cases> cases;

	ClientCasesOnClientPage(ObjectProvider<Cases> cases) {
		this.cases = cases;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/counselling/clients/**");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView page) {
		if (page != null && CLIENT_PAGE.equals(page.getViewName())
				&& page.getModelMap().get("client") instanceof Client client) {
			page.addObject("clientCases", this.cases.getObject().ofClient(CurrentActor.get(), client.id()));
		}
	}

}
