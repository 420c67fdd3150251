package de.teilhabe.platform;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StartLimitsTest {

	final AtomicLong now = new AtomicLong();

	double load;

	StartLimits limits = new StartLimits(Duration.ofSeconds(90), Duration.ofSeconds(60), this.now::get,
			() -> this.load);

	@Test
	void anIdleMachineWaitsTheBaseLimit() {
		assertThat(after(0, 1)).isFalse();
		assertThat(after(89, 1)).isFalse();
		assertThat(after(91, 1)).isTrue();
	}

	@Test
	void aBusyMachineWaitsLonger() {
		this.load = 3; // three runnable processes per core
		assertThat(after(0, 1)).isFalse();
		assertThat(after(260, 1)).isFalse();
		assertThat(after(271, 1)).isTrue();
	}

	@Test
	void theHighestLoadSeenCountsAndTheFactorIsBounded() {
		this.load = 40;
		assertThat(after(10, 1)).isFalse();
		this.load = 0;
		assertThat(after(449, 1)).as("five times 90 s").isFalse();
		assertThat(after(451, 1)).isTrue();
	}

	@Test
	void aGrowingLogExtendsTheWaitUntilItStandsStill() {
		assertThat(after(80, 1)).isFalse();
		assertThat(after(130, 2)).isFalse();
		assertThat(after(189, 2)).as("59 s after the last output").isFalse();
		assertThat(after(191, 2)).as("61 s after the last output").isTrue();
	}

	@Test
	void aGrowingLogExtendsTheWaitUpToThreeTimesTheLimit() {
		for (int second = 0; second < 270; second += 10) {
			assertThat(after(second, second)).isFalse();
		}
		assertThat(after(271, 271)).as("at most three times 90 s").isTrue();
	}

	private boolean after(long seconds, long logSize) {
		this.now.set(Duration.ofSeconds(seconds).toNanos());
		return this.limits.exceeded(logSize);
	}

}
