package de.teilhabe.counselling.client;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Component;

/**
 * The order by name of the clients a counsellor reads, kept while none of them changed:
 * sorting a counsellor's list by name needs every name decrypted (about 4 000 decryptions
 * for 2 000 clients), while a page needs 20. What is kept is the clients' ids in order
 * and a fingerprint of the ids with their rows' versions, no name and nothing derived
 * from a name but the order itself. A list whose readable clients differ from the kept
 * ones in any id or any row version ({@code counselling_client.version}, counted up by
 * every change: a saved client, another responsible counsellor) is sorted anew, so the
 * order is never stale and never holds a client the counsellor no longer reads. At most
 * {@link #KEPT} counsellors are kept, the least recently used dropped; each instance
 * keeps its own.
 */
@Component
class ClientOrder {

	/** How many counsellors' orders are kept. */
	static final int KEPT = 500;

	private final Map<Key, Kept> kept = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
			return size() > KEPT;
		}

	});

	/**
	 * The ids of the readable clients by last name, first name, client number (German
	 * collation).
	 * @param readable the clients the counsellor reads now, with their rows' versions
	 * @param names reads the names of clients (only when the order must be made anew)
	 */
	List<UUID> byName(UUID tenantId, UUID userId, List<ClientStore.Stamp> readable,
			Function<List<UUID>, List<ClientStore.Listed>> names) {
		long fingerprint = fingerprint(readable);
		Key key = new Key(tenantId, userId);
		Kept known = this.kept.get(key);
		if (known != null && known.fingerprint() == fingerprint && known.order().size() == readable.size()) {
			Set<UUID> now = new HashSet<>(readable.size() * 2);
			readable.forEach((stamp) -> now.add(stamp.id()));
			if (now.containsAll(known.order())) {
				return known.order();
			}
		}
		List<UUID> ids = readable.stream().map(ClientStore.Stamp::id).toList();
		List<UUID> order = sorted(names.apply(ids));
		this.kept.put(key, new Kept(fingerprint, order));
		return order;
	}

	/** Clients by last name, first name, client number (German collation). */
	static List<UUID> sorted(List<ClientStore.Listed> clients) {
		Collator collator = Collator.getInstance(Locale.GERMAN);
		List<Sortable> sortable = new ArrayList<>(clients.size());
		for (ClientStore.Listed client : clients) {
			sortable.add(new Sortable(client.id(), collator.getCollationKey(client.lastName()),
					collator.getCollationKey(client.firstName()), client.clientNumber()));
		}
		sortable.sort(Comparator.comparing(Sortable::last)
			.thenComparing(Sortable::first)
			.thenComparing(Sortable::clientNumber));
		return sortable.stream().map(Sortable::id).toList();
	}

	/** A hash of every id with its row's version, independent of the order. */
	static long fingerprint(List<ClientStore.Stamp> readable) {
		long sum = readable.size();
		for (ClientStore.Stamp stamp : readable) {
			sum += mix(stamp.id().getMostSignificantBits()
					^ mix(stamp.id().getLeastSignificantBits() ^ mix(stamp.version())));
		}
		return sum;
	}

	/** SplitMix64's finaliser: every input bit changes about half the output bits. */
	private static long mix(long value) {
		long z = value + 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	private record Key(UUID tenantId, UUID userId) {
	}

	private record Kept(long fingerprint, List<UUID> order) {
	}

	private record Sortable(UUID id, CollationKey last, CollationKey first, String clientNumber) {
	}

}
