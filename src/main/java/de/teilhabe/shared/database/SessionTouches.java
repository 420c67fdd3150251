package de.teilhabe.shared.database;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session repository the session filter uses: Spring Session's JDBC repository,
 * except that a page view moves the session's last access time only when the stored one
 * is at least {@link #INTERVAL} old. Spring Session marks a session as changed on every
 * request only to move that time, and then sends an UPDATE of its row; with this, a page
 * view of an unchanged session costs the one SELECT of the session and no second
 * statement (the UPDATE's own guard,
 * {@link SessionDataSourceConfiguration#UPDATE_SESSION_QUERY}, kept the row alone but
 * still cost a round trip and a pooled connection per request; under load, the request
 * threads queued for the session pool's five connections).
 * <p>
 * The idle timeout is never extended: the stored last access is at most {@link #INTERVAL}
 * older than the real one, so an idle session expires at the latest at its timeout after
 * the last request and at the earliest that interval before. Changed attributes, a new
 * session id (sign-in) or a new timeout are written as before; sign-out and
 * {@code deleteById} (ending a user's sessions) go straight to the repository.
 */
final class SessionTouches implements FindByIndexNameSessionRepository<Session> {

	/** How far the stored last access may lag behind the real one. */
	static final Duration INTERVAL = Duration.ofMillis(SessionDataSourceConfiguration.TOUCH_INTERVAL_MS);

	private final FindByIndexNameSessionRepository<Session> sessions;

	@SuppressWarnings("unchecked")
	SessionTouches(FindByIndexNameSessionRepository<? extends Session> sessions) {
		// the repository's session type is not public; its sessions are passed back
		// unwrapped, so the unchecked view is safe
		this.sessions = (FindByIndexNameSessionRepository<Session>) sessions;
	}

	@Override
	public Session createSession() {
		return new Touched(this.sessions.createSession());
	}

	@Override
	public void save(Session session) {
		this.sessions.save(unwrapped(session));
	}

	@Override
	public Session findById(String id) {
		Session session = this.sessions.findById(id);
		return (session != null) ? new Touched(session) : null;
	}

	@Override
	public void deleteById(String id) {
		this.sessions.deleteById(id);
	}

	@Override
	public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return this.sessions.findByIndexNameAndIndexValue(indexName, indexValue);
	}

	private static Session unwrapped(Session session) {
		return (session instanceof Touched touched) ? touched.session : session;
	}

	/** A session whose last access moves only in steps of at least {@link #INTERVAL}. */
	static final class Touched implements Session {

		private final Session session;

		Touched(Session session) {
			this.session = session;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (Duration.between(this.session.getLastAccessedTime(), lastAccessedTime).compareTo(INTERVAL) >= 0) {
				this.session.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.session.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.session.getId();
		}

		@Override
		public String changeSessionId() {
			return this.session.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.session.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.session.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.session.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.session.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.session.isExpired();
		}

	}

}
