package de.teilhabe.counselling.household;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.counselling.client.Client;
import de.teilhabe.shared.security.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The client's page lists the client's household members ({@code household}), the case
 * page those counselled alongside in the case ({@code alongside}); both read through
 * {@link Households} (audited as a read of the client, reason {@code household}). Added
 * after the client's and the case's controllers prepared their pages, so that neither
 * depends on the household. Looked up on first use, as the MVC configuration that takes
 * this interceptor is made before the form binding they need.
 */
@Component
class HouseholdOnPages implements HandlerInterceptor, WebMvcConfigurer {

	private final ObjectProvider<Households> households;

	private final MessageSource messages;

	HouseholdOnPages(ObjectProvider<Households> households, MessageSource messages) {
		this.households = households;
		this.messages = messages;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/counselling/clients/**", "/counselling/cases/**");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView page) {
		if (page == null) {
			return;
		}
		if ("counselling/client".equals(page.getViewName())
				&& page.getModelMap().get("client") instanceof Client client) {
			page.addObject("household", this.households.getObject().of(CurrentActor.get(), client.id()));
			page.addObject("householdsOf", this.households.getObject().householdsOf(CurrentActor.get(), client.id()));
		}
		else if ("counselling/case".equals(page.getViewName())
				&& request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> path
				&& path.get("id") instanceof String id) {
			Households.Alongside alongside = this.households.getObject()
				.alongside(CurrentActor.get(), UUID.fromString(id));
			page.addObject("alongside", alongside);
			page.addObject("memberChoices", HouseholdController.choices(alongside, this.messages));
			// the case page's form values (FormPage) get the members ticked
			if (page.getModelMap().get("selected") instanceof Map<?, ?> selected) {
				@SuppressWarnings("unchecked")
				Map<String, Set<String>> ticked = (Map<String, Set<String>>) selected;
				Set<String> chosen = new LinkedHashSet<>();
				alongside.chosen().forEach((member) -> chosen.add(member.toString()));
				ticked.put("memberIds", chosen);
			}
		}
	}

}
