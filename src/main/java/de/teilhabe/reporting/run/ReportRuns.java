package de.teilhabe.reporting.run;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import de.teilhabe.reporting.definition.DefinitionChecks;
import de.teilhabe.reporting.definition.DefinitionStore;
import de.teilhabe.reporting.definition.ReportDefinition;
import de.teilhabe.reporting.render.RenderCancelledException;
import de.teilhabe.reporting.render.RenderProgress;
import de.teilhabe.reporting.render.RenderedReport;
import de.teilhabe.reporting.render.ReportRenderer;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.web.ConflictException;
import de.teilhabe.shared.web.InvalidBodyException;
import de.teilhabe.shared.web.NotFoundException;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Report runs in the background: a run is stored QUEUED and handed to one of two workers
 * (ten more may wait; beyond that a start is refused), which renders the definition as it
 * was when the run started, writes the progress (chapter n of m) to the run after every
 * chapter, stops when the run was cancelled, and keeps the document as a version (or the
 * reason of a failure: earlier versions stay as they are). Each run renders on its own
 * thread with its own data, so two runs at once do not disturb each other.
 */
@Service
class ReportRuns {

	private static final Logger log = LoggerFactory.getLogger(ReportRuns.class);

	/**
	 * Two runs at a time, ten waiting. Not a bean: nothing else runs on these threads.
	 */
	private final ThreadPoolExecutor workers = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(10), (task) -> {
				Thread thread = new Thread(task, "report-run");
				thread.setDaemon(true);
				return thread;
			});

	/**
	 * The demo report after start ({@link DemoReport}): a thread of its own, so that it
	 * never keeps a user's run waiting.
	 */
	private final ThreadPoolExecutor demo = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(1), (task) -> {
				Thread thread = new Thread(task, "report-demo-run");
				thread.setDaemon(true);
				thread.setPriority(Thread.MIN_PRIORITY);
				return thread;
			});

	private final RunStore runs;

	private final DefinitionStore definitions;

	private final DefinitionChecks checks;

	private final ObjectProvider<ReportRenderer> renderer;

	private final MessageSource messages;

	private final Clock clock;

	ReportRuns(RunStore runs, DefinitionStore definitions, DefinitionChecks checks,
			ObjectProvider<ReportRenderer> renderer, MessageSource messages, Clock clock) {
		this.runs = runs;
		this.definitions = definitions;
		this.checks = checks;
		this.renderer = renderer;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Starts a run of a definition of the actor's tenant in the report language given.
	 * @throws NotFoundException unknown definition
	 * @throws InvalidBodyException the definition is not valid (each problem named)
	 * @throws ConflictException too many runs are waiting
	 */
	Run start(Actor actor, UUID definitionId, Locale language) {
		UUID tenantId = actor.tenantId();
		ReportDefinition definition = this.definitions.find(tenantId, definitionId)
			.orElseThrow(() -> new NotFoundException("reporting.definition.error.notFound"));
		List<InvalidBodyException.Invalid> problems = this.checks.check(tenantId, definition);
		if (!problems.isEmpty()) {
			throw new InvalidBodyException(problems);
		}
		UUID id = UUID.randomUUID();
		String tag = language.getLanguage().equals("en") ? "en" : "de";
		this.runs.insert(tenantId, id, definition, tag, actor.userId(), actor.displayName(), now());
		try {
			this.workers.execute(() -> run(tenantId, id, false));
		}
		catch (RejectedExecutionException ex) {
			this.runs.forget(tenantId, id);
			throw new ConflictException("reporting.run.error.busy");
		}
		return this.runs.find(tenantId, id).orElseThrow();
	}

	/**
	 * Queues a run of a definition as the platform (no user; the name given shows as who
	 * started it), in German; for the demo report after start. Returns what starts it on
	 * a thread of its own: the caller runs that once its transaction is committed, as the
	 * worker only takes a run it sees queued (started before the commit, the worker found
	 * no run and the demo report stayed queued for ever). Null when the definition is
	 * unknown or not valid.
	 */
	Runnable queueAsPlatform(UUID tenantId, UUID definitionId, String startedByName) {
		ReportDefinition definition = this.definitions.find(tenantId, definitionId).orElse(null);
		if (definition == null || !this.checks.check(tenantId, definition).isEmpty()) {
			return null;
		}
		UUID id = UUID.randomUUID();
		this.runs.insert(tenantId, id, definition, "de", null, startedByName, now());
		return () -> {
			try {
				this.demo.execute(() -> run(tenantId, id, true));
			}
			catch (RejectedExecutionException ex) {
				this.runs.forget(tenantId, id);
			}
		};
	}

	/**
	 * Cancels a run: a queued run at once, a running one when the rendering next asks.
	 * @throws NotFoundException unknown run
	 * @throws ConflictException the run has already ended
	 */
	Run cancel(UUID tenantId, UUID runId) {
		Run run = this.runs.find(tenantId, runId)
			.orElseThrow(() -> new NotFoundException("reporting.run.error.notFound"));
		if (this.runs.cancel(tenantId, runId, now()).isEmpty()) {
			throw new ConflictException("reporting.run.error.ended", run.status().name());
		}
		return this.runs.find(tenantId, runId).orElseThrow();
	}

	/** The worker's part: renders the run, keeps the version or the reason. */
	private void run(UUID tenantId, UUID id, boolean platform) {
		try {
			if (!this.runs.start(tenantId, id, now())) {
				return;
			}
			ReportDefinition definition = this.runs.definition(tenantId, id);
			Locale language = Locale.forLanguageTag(this.runs.find(tenantId, id).orElseThrow().language());
			ReportRenderer renderer = this.renderer.getIfAvailable();
			if (renderer == null) {
				this.runs.failed(tenantId, id, words(language, "reporting.run.reason.noRenderer"), now());
				return;
			}
			try {
				long started = System.nanoTime();
				RenderedReport report = renderer.render(definition, language, true, progress(tenantId, id));
				this.runs.done(tenantId, id, report, now());
				log.info("Report run {} of tenant {} done{}: {} pages in {} ms", id, tenantId,
						platform ? " (the platform's run after start)" : "", report.pages(),
						(System.nanoTime() - started) / 1_000_000);
			}
			catch (RenderCancelledException ex) {
				this.runs.cancelled(tenantId, id, now());
			}
			catch (RuntimeException | OutOfMemoryError ex) {
				log.warn("Report run {} of tenant {} failed", id, tenantId, ex);
				String detail = (ex.getMessage() != null && !ex.getMessage().isBlank()) ? ex.getMessage()
						: ex.getClass().getSimpleName();
				this.runs.failed(tenantId, id, words(language, "reporting.run.reason.error", detail), now());
			}
		}
		catch (RuntimeException ex) {
			log.error("Report run {} of tenant {} could not be recorded", id, tenantId, ex);
		}
	}

	private RenderProgress progress(UUID tenantId, UUID id) {
		return new RenderProgress() {

			@Override
			public void chapterDone(int done, int total) {
				ReportRuns.this.runs.progress(tenantId, id, done, total);
			}

			@Override
			public boolean cancelled() {
				return ReportRuns.this.runs.cancelRequested(tenantId, id);
			}

		};
	}

	private String words(Locale language, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, language);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	@PreDestroy
	void stop() {
		this.workers.shutdownNow();
		this.demo.shutdownNow();
	}

}
