package de.teilhabe.shared.jobs;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import de.teilhabe.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class JobLockTest {

	@Autowired
	JobLock lock;

	@Test
	void secondRunnerSkipsWhileTheFirstHoldsTheLockAndRunsAfterwards() throws Exception {
		String job = "test-" + UUID.randomUUID();
		CountDownLatch running = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> this.lock.runExclusively(job, () -> {
			running.countDown();
			await(release);
		}));
		assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

		boolean[] secondRan = { false };
		assertThat(this.lock.runExclusively(job, () -> secondRan[0] = true)).isFalse();
		assertThat(secondRan[0]).isFalse();
		assertThat(this.lock.runExclusively("other-" + job, () -> secondRan[0] = true)).as("another job").isTrue();

		release.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
		assertThat(this.lock.callExclusively(job, () -> "ran")).isEqualTo("ran");
	}

	@Test
	void failingJobReleasesTheLock() {
		String job = "test-" + UUID.randomUUID();
		// the job's failure reaches the caller
		assertThatThrownBy(() -> this.lock.runExclusively(job, () -> {
			throw new IllegalStateException("boom");
		})).isInstanceOf(IllegalStateException.class).hasMessage("boom");
		assertThat(this.lock.runExclusively(job, () -> {
		})).isTrue();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
