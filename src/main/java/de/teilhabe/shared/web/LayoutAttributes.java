package de.teilhabe.shared.web;

import java.util.Comparator;
import java.util.List;

import de.teilhabe.shared.PlatformMode;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: the demo flag, the signed-in user and the navigation
 * that user may use.
 */
@ControllerAdvice
class LayoutAttributes {

	private final PlatformMode mode;

	private final List<NavigationItem> navigation;

	LayoutAttributes(PlatformMode mode, List<NavigationItem> navigation) {
		this.mode = mode;
		this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	@ModelAttribute("demo")
	boolean demo() {
		return this.mode.isDemo();
	}

	@ModelAttribute("actor")
	Actor actor() {
		return CurrentActor.find().orElse(null);
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.isEmpty() ? "/" : path;
	}

	@ModelAttribute("navigation")
	List<NavigationItem> navigation() {
		return CurrentActor.find().map(this::navigationFor).orElse(List.of());
	}

	List<NavigationItem> navigationFor(Actor actor) {
		return this.navigation.stream().filter((item) -> item.visibleTo(actor)).toList();
	}

}
