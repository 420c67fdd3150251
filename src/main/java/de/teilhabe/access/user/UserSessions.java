package de.teilhabe.access.user;

import java.util.Objects;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends the web sessions of a user (stored in the database by Spring Session, indexed by
 * the principal name, which is the local username for form and OIDC sign-ins). A session
 * carries the roles of its sign-in, so every change of roles, password or activity ends
 * the user's sessions.
 */
@Component
public class UserSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/**
	 * Ends every session of the user.
	 * @return how many were ended
	 */
	public int endAll(String username) {
		return endAllExcept(username, null);
	}

	/**
	 * Ends every session of the user but the one with the given id (the user's own
	 * current session; null for none).
	 * @return how many were ended
	 */
	public int endAllExcept(String username, String keptSessionId) {
		int ended = 0;
		for (String id : this.sessions.findByPrincipalName(username).keySet()) {
			if (!Objects.equals(id, keptSessionId)) {
				this.sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

}
