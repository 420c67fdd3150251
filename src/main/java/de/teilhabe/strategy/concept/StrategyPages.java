package de.teilhabe.strategy.concept;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The pages of the other parts of the module (dialogs, goals, controlling, measures) that
 * the start page links to: only those that the application serves, so that a part that is
 * not built yet shows no link that leads nowhere.
 */
@Component
class StrategyPages {

	/** The parts in the order shown: message key suffix and page. */
	static final List<Part> PARTS = List.of(new Part("dialogs", "/strategy/dialogs"),
			new Part("goals", "/strategy/goals"), new Part("controlling", "/strategy/controlling"),
			new Part("measures", "/strategy/measures"));

	private final RequestMappingHandlerMapping mappings;

	private volatile Set<String> pages;

	StrategyPages(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.mappings = mappings;
	}

	/** The parts whose page answers GET. */
	List<Part> existing() {
		return PARTS.stream().filter((part) -> serves(part.path())).toList();
	}

	/** Whether a page of this pattern (e.g. {@code /strategy/goals/{id}}) answers GET. */
	boolean serves(String pattern) {
		Set<String> pages = this.pages;
		if (pages == null) {
			pages = this.mappings.getHandlerMethods()
				.keySet()
				.stream()
				.filter((info) -> info.getMethodsCondition().getMethods().isEmpty()
						|| info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
				.flatMap((info) -> info.getPatternValues().stream())
				.collect(Collectors.toSet());
			this.pages = pages;
		}
		return pages.contains(pattern);
	}

	/** A part of the module: its name (message key suffix) and page. */
	public record Part(String name, String path) {
	}

}
