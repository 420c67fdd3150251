package de.teilhabe.shared.database;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

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
 * <p>
 * Within one request the session is read from the database once: Spring Session's filter
 * saves the session when the response is committed and once more when the request ends,
 * and for the second save it reads the requested session again only to learn its id (a
 * second SELECT of the session and its attributes on every page view). While a request
 * runs ({@link OneReadPerRequest}, the filter just outside Spring Session's), a second
 * {@link #findById} of the same id answers the session read before. Nothing is kept
 * beyond the request: every request reads its session from the database, so a session
 * ended on any instance (role change, password change, deactivation) is gone for the next
 * request everywhere.
 */
final class SessionTouches implements FindByIndexNameSessionRepository<Session> {

	/** How far the stored last access may lag behind the real one. */
	static final Duration INTERVAL = Duration.ofMillis(SessionDataSourceConfiguration.TOUCH_INTERVAL_MS);

	private final FindByIndexNameSessionRepository<Session> sessions;

	/** The session read in the current request; no entry outside a request. */
	private static final ThreadLocal<ReadInRequest> READ_IN_REQUEST = new ThreadLocal<>();

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
		ReadInRequest read = READ_IN_REQUEST.get();
		if (read != null && read.session != null && read.session.getId().equals(id)) {
			return read.session;
		}
		Session session = this.sessions.findById(id);
		Touched touched = (session != null) ? new Touched(session) : null;
		if (read != null) {
			read.session = touched;
		}
		return touched;
	}

	@Override
	public void deleteById(String id) {
		ReadInRequest read = READ_IN_REQUEST.get();
		if (read != null) {
			read.session = null;
		}
		this.sessions.deleteById(id);
	}

	@Override
	public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return this.sessions.findByIndexNameAndIndexValue(indexName, indexValue);
	}

	private static Session unwrapped(Session session) {
		return (session instanceof Touched touched) ? touched.session : session;
	}

	/** The session a request has read (mutable: one per request and thread). */
	private static final class ReadInRequest {

		private Touched session;

	}

	/**
	 * Marks the span of a request for {@link SessionTouches#findById}: registered just
	 * before Spring Session's filter, so the session read at the request's start serves
	 * the filter's own second look at it when the request ends.
	 */
	static final class OneReadPerRequest implements Filter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			ReadInRequest outer = READ_IN_REQUEST.get();
			READ_IN_REQUEST.set(new ReadInRequest());
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (outer != null) {
					READ_IN_REQUEST.set(outer);
				}
				else {
					READ_IN_REQUEST.remove();
				}
			}
		}

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
