package de.teilhabe.access.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles sign-in attempts after repeated failures, in the database so that every
 * instance sees the same counts. Two counters, each over a window: per (username, client
 * address) and per client address. Past its limit a counter blocks with exponential
 * backoff (base delay, doubled per further failure, capped). There is deliberately no
 * counter per username alone: nobody can lock another person out from elsewhere.
 */
@Service
public class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Limits limits;

	@Autowired
	LoginThrottle(JdbcClient jdbc, Clock clock, @Value("${teilhabe.login.throttle.user-failures:5}") int userFailures,
			@Value("${teilhabe.login.throttle.address-failures:20}") int addressFailures,
			@Value("${teilhabe.login.throttle.window:15m}") Duration window,
			@Value("${teilhabe.login.throttle.base-delay:30s}") Duration baseDelay,
			@Value("${teilhabe.login.throttle.max-delay:15m}") Duration maxDelay) {
		this(jdbc, clock, new Limits(userFailures, addressFailures, window, baseDelay, maxDelay));
	}

	public LoginThrottle(JdbcClient jdbc, Clock clock, Limits limits) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.limits = limits;
	}

	/** Whether a sign-in of this user from this address must be refused now. */
	@Transactional(readOnly = true)
	public boolean isThrottled(String username, String address) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return this.jdbc.sql("SELECT count(*) FROM login_throttle WHERE throttle_key IN (?, ?) AND blocked_until > ?")
			.params(userKey(username, address), addressKey(address), now)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Counts a failed sign-in.
	 * @return whether the user is throttled from this address now
	 */
	@Transactional
	public boolean recordFailure(String username, String address) {
		boolean userBlocked = count(userKey(username, address), this.limits.userFailures());
		boolean addressBlocked = count(addressKey(address), this.limits.addressFailures());
		if (userBlocked || addressBlocked) {
			log.warn("Sign-in throttled for user '{}' from {} ({})", username, address, userBlocked
					? "too many failures of this user from this address" : "too many failures from this address");
		}
		return userBlocked || addressBlocked;
	}

	/** A successful sign-in clears the counter of this user at this address. */
	@Transactional
	public void recordSuccess(String username, String address) {
		this.jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = ?").param(userKey(username, address)).update();
	}

	/** Forgets counters whose window and block are over (called by the failure path). */
	private void purgeOld(OffsetDateTime now) {
		this.jdbc.sql("""
				DELETE FROM login_throttle
				WHERE window_start < ? AND (blocked_until IS NULL OR blocked_until < ?)""")
			.params(now.minus(this.limits.window()), now)
			.update();
	}

	private boolean count(String key, int limit) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		purgeOld(now);
		// a new window starts when the old one is over and no block is running
		int failures = this.jdbc.sql("""
				INSERT INTO login_throttle (throttle_key, failures, window_start) VALUES (?, 1, ?)
				ON CONFLICT (throttle_key) DO UPDATE SET
				  failures = CASE WHEN login_throttle.window_start < ?
				                   AND (login_throttle.blocked_until IS NULL OR login_throttle.blocked_until < ?)
				              THEN 1 ELSE login_throttle.failures + 1 END,
				  window_start = CASE WHEN login_throttle.window_start < ?
				                       AND (login_throttle.blocked_until IS NULL OR login_throttle.blocked_until < ?)
				                  THEN EXCLUDED.window_start ELSE login_throttle.window_start END
				RETURNING failures""")
			.params(key, now, now.minus(this.limits.window()), now, now.minus(this.limits.window()), now)
			.query(Integer.class)
			.single();
		if (failures < limit) {
			return false;
		}
		Duration delay = this.limits.delayAfter(failures - limit);
		this.jdbc.sql("UPDATE login_throttle SET blocked_until = ? WHERE throttle_key = ?")
			.params(now.plus(delay), key)
			.update();
		return true;
	}

	static String userKey(String username, String address) {
		return "user:" + String.valueOf(username).toLowerCase(Locale.ROOT) + "@" + address;
	}

	static String addressKey(String address) {
		return "address:" + address;
	}

	/**
	 * How many failures are allowed and how long a block lasts.
	 *
	 * @param userFailures failures of one username from one address within the window
	 * @param addressFailures failures from one address within the window
	 * @param window how long failures are counted
	 * @param baseDelay the block after reaching a limit
	 * @param maxDelay the longest block
	 */
	public record Limits(int userFailures, int addressFailures, Duration window, Duration baseDelay,
			Duration maxDelay) {

		/** The block after {@code extra} failures beyond the limit: doubled each time. */
		Duration delayAfter(int extra) {
			Duration delay = this.baseDelay.multipliedBy(1L << Math.min(extra, 20));
			return (delay.compareTo(this.maxDelay) > 0) ? this.maxDelay : delay;
		}

	}

}
