package de.teilhabe.counselling.client;

import java.util.List;

import de.teilhabe.shared.jobs.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a rotation of the blind-index key, writes the hashed name keys of every client
 * again under the new primary key: the platform's re-encryption job cannot (the keys are
 * hashes of phonetic codes of the names, recomputed only from the decrypted names). Runs
 * with the re-encryption job's interval ({@code teilhabe.crypto.reencrypt-interval},
 * default every 6 hours) on one instance, in batches of {@value #BATCH} clients, each in
 * a transaction of its own; a client whose keys are all under the primary key is not
 * touched. Until it has run, a search finds the clients under every key of the keyset.
 */
@Component
class NameKeyRewrite {

	static final String JOB = "counselling-name-key-rewrite";

	static final int BATCH = 200;

	private static final Logger log = LoggerFactory.getLogger(NameKeyRewrite.class);

	private final ClientStore store;

	private final JobLock lock;

	private final TransactionTemplate transactions;

	NameKeyRewrite(ClientStore store, JobLock lock, PlatformTransactionManager transactionManager) {
		this.store = store;
		this.lock = lock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Scheduled(fixedDelayString = "${teilhabe.crypto.reencrypt-interval:PT6H}",
			initialDelayString = "${teilhabe.crypto.reencrypt-initial-delay:PT2M}")
	void run() {
		this.lock.runExclusively(JOB, this::rewrite);
	}

	/**
	 * Rewrites the name keys of every client that has one of an older key.
	 * @return how many clients were rewritten
	 */
	int rewrite() {
		int total = 0;
		while (true) {
			Integer done = this.transactions.execute((status) -> {
				List<ClientStore.TenantClient> stale = this.store.withStaleNameKeys(BATCH);
				stale.forEach((client) -> this.store.rewriteNameKeys(client.tenantId(), client.id()));
				return stale.size();
			});
			total += (done != null) ? done : 0;
			if (done == null || done < BATCH) {
				break;
			}
		}
		if (total > 0) {
			log.info("Counselling name keys rewritten under the primary blind-index key for {} client(s)", total);
		}
		return total;
	}

}
