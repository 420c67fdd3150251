package de.teilhabe.shared.database;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Within a request the session is read from the store once; outside a request (and in the
 * next request) every look reads the store again, so a session ended meanwhile is gone.
 */
class SessionReadOncePerRequestTest {

	private final CountingSessions store = new CountingSessions();

	private final SessionTouches sessions = new SessionTouches(this.store);

	@Test
	void aSecondLookInTheSameRequestIsNotReadAgain() throws Exception {
		String id = this.store.add();

		new SessionTouches.OneReadPerRequest().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
				(request, response) -> {
					Session first = this.sessions.findById(id);
					assertThat(this.sessions.findById(id)).isSameAs(first);
				});

		assertThat(this.store.reads.get()).isEqualTo(1);
	}

	@Test
	void theNextRequestReadsTheStoreAndSeesAnEndedSession() throws Exception {
		String id = this.store.add();
		SessionTouches.OneReadPerRequest requests = new SessionTouches.OneReadPerRequest();
		requests.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
				(request, response) -> assertThat(this.sessions.findById(id)).isNotNull());

		this.store.deleteById(id);

		requests.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
				(request, response) -> assertThat(this.sessions.findById(id)).isNull());
		assertThat(this.store.reads.get()).isEqualTo(2);
	}

	@Test
	void endingTheSessionInTheRequestForgetsIt() throws Exception {
		String id = this.store.add();

		new SessionTouches.OneReadPerRequest().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
				(request, response) -> {
					assertThat(this.sessions.findById(id)).isNotNull();
					this.sessions.deleteById(id);
					assertThat(this.sessions.findById(id)).isNull();
				});
	}

	@Test
	void outsideARequestEveryLookReadsTheStore() {
		String id = this.store.add();

		this.sessions.findById(id);
		this.sessions.findById(id);

		assertThat(this.store.reads.get()).isEqualTo(2);
	}

	/** Sessions in a map, counting the reads. */
	static final class CountingSessions implements FindByIndexNameSessionRepository<MapSession> {

		final AtomicInteger reads = new AtomicInteger();

		private final Map<String, MapSession> sessions = new HashMap<>();

		String add() {
			MapSession session = new MapSession();
			this.sessions.put(session.getId(), session);
			return session.getId();
		}

		@Override
		public MapSession createSession() {
			return new MapSession();
		}

		@Override
		public void save(MapSession session) {
			this.sessions.put(session.getId(), session);
		}

		@Override
		public MapSession findById(String id) {
			this.reads.incrementAndGet();
			return this.sessions.get(id);
		}

		@Override
		public void deleteById(String id) {
			this.sessions.remove(id);
		}

		@Override
		public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return Map.of();
		}

	}

}
