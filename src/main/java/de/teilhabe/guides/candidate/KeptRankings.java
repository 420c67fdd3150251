package de.teilhabe.guides.candidate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import de.teilhabe.guides.request.GuideRequest;
import de.teilhabe.guides.request.RequestStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The candidates of requests, kept while nothing they depend on changed. Database
 * triggers raise a counter per tenant on every change of its guides (profiles, languages,
 * availability, qualifications), requests and assignments
 * ({@code guide_candidates_version}, whoever made it, on whichever instance). A ranking
 * is kept with the counter read before it was made, the request as it was then and the
 * office's day; it is used while all three are the same. The counter is read on every use
 * (one indexed row; with the request itself when the request is asked for by id), so a
 * change shows at once.
 * <p>
 * Inside a transaction nothing is kept or used: its own uncommitted writes could be
 * rolled back. At most {@value #KEPT_CANDIDATES} candidates are kept in all; when a
 * ranking would exceed that, every kept ranking is dropped.
 */
@Component
class KeptRankings {

	/** The most candidates kept in all (each with its guide and reasons). */
	static final int KEPT_CANDIDATES = 50_000;

	private final JdbcClient jdbc;

	private final RequestStore requests;

	private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

	private final AtomicLong keptCandidates = new AtomicLong();

	KeptRankings(JdbcClient jdbc, RequestStore requests) {
		this.jdbc = jdbc;
		this.requests = requests;
	}

	/**
	 * The ranking of a request on a day: kept if it is still current, else made now (and
	 * kept unless inside a transaction).
	 */
	List<Candidate> get(UUID tenantId, GuideRequest request, LocalDate today, Supplier<List<Candidate>> rank) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return rank.get();
		}
		// First the counter, then the data: a change committed in between makes the kept
		// ranking newer than its counter (harmless), never older.
		return get(tenantId, version(tenantId), request, today, rank);
	}

	/**
	 * The ranking of a tenant's request by its id, the request read with the counter in
	 * one statement ({@link RequestStore#findCounted}); empty if the tenant has no such
	 * request.
	 */
	Optional<List<Candidate>> get(UUID tenantId, UUID requestId, LocalDate today,
			Function<GuideRequest, List<Candidate>> rank) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return this.requests.find(tenantId, requestId).map(rank);
		}
		// the counter with the request, then the data the ranking reads: as above
		return this.requests.findCounted(tenantId, requestId)
			.map((counted) -> get(tenantId, counted.candidatesVersion(), counted.request(), today,
					() -> rank.apply(counted.request())));
	}

	private List<Candidate> get(UUID tenantId, long version, GuideRequest request, LocalDate today,
			Supplier<List<Candidate>> rank) {
		Key key = new Key(tenantId, request.id());
		Kept found = this.kept.get(key);
		if (found != null && found.version() == version && found.today().equals(today)
				&& found.request().equals(request)) {
			return found.candidates();
		}
		List<Candidate> ranked = rank.get();
		keep(key, new Kept(version, today, request, ranked));
		return ranked;
	}

	private synchronized void keep(Key key, Kept ranking) {
		int size = 1 + ranking.candidates().size();
		if (size > KEPT_CANDIDATES) {
			return;
		}
		if (this.keptCandidates.get() + size > KEPT_CANDIDATES) {
			this.kept.clear();
			this.keptCandidates.set(0);
		}
		Kept before = this.kept.put(key, ranking);
		this.keptCandidates.addAndGet(size - ((before != null) ? 1 + before.candidates().size() : 0));
	}

	/** How many candidates are kept now (for tests). */
	long keptCandidates() {
		return this.keptCandidates.get();
	}

	private long version(UUID tenantId) {
		return this.jdbc.sql("SELECT version FROM guide_candidates_version WHERE tenant_id = ?")
			.param(tenantId)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	private record Key(UUID tenantId, UUID requestId) {
	}

	private record Kept(long version, LocalDate today, GuideRequest request, List<Candidate> candidates) {
	}

}
