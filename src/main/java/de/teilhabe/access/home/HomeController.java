package de.teilhabe.access.home;

import java.util.Map;
import java.util.TreeMap;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.security.Role;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The login page, the start page (its tiles are the navigation of the user's roles) and
 * who-am-I for the API.
 */
@Controller
class HomeController {

	@GetMapping("/login")
	String login() {
		return "access/login";
	}

	@GetMapping("/")
	String start() {
		return "access/start";
	}

	@GetMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> me() {
		Actor actor = CurrentActor.get();
		Map<String, Object> me = new TreeMap<>();
		me.put("id", actor.userId());
		me.put("tenantId", actor.tenantId());
		me.put("username", actor.username());
		me.put("displayName", actor.displayName());
		me.put("roles", actor.roles().stream().map(Role::name).sorted().toList());
		return me;
	}

}
