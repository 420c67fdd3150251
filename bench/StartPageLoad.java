import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on the signed-in start page: N connections (default 16), each its own client with its own session (a demo
 * user signed in once through the login form), request GET / back to back; a warm-up, then a measured period.
 * Prints p50/p95/p99 latency and throughput.
 *
 * Usage: java bench/StartPageLoad.java <port> [connections=16] [seconds=25] [warmupSeconds=10]
 */
public class StartPageLoad {

	static final String[] USERS = { "admin", "strategie", "beratung", "koordination", "lotse", "beirat", "partner",
			"datenschutz" };

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		int connections = (args.length > 1) ? Integer.parseInt(args[1]) : 16;
		int seconds = (args.length > 2) ? Integer.parseInt(args[2]) : 25;
		int warmup = (args.length > 3) ? Integer.parseInt(args[3]) : 10;
		String base = "http://127.0.0.1:" + port;

		List<HttpClient> clients = new ArrayList<>();
		for (int i = 0; i < connections; i++) {
			clients.add(login(base, USERS[i % USERS.length]));
		}
		System.out.printf("%d connections signed in; warm-up %d s, measuring %d s%n", connections, warmup, seconds);
		run(base, clients, warmup); // warm-up, discarded
		Result result = run(base, clients, seconds);
		long[] latencies = result.latencies();
		Arrays.sort(latencies);
		System.out.printf("requests: %d, errors: %d, throughput: %.0f requests/s%n", latencies.length, result.errors(),
				latencies.length / (double) seconds);
		System.out.printf("latency ms: p50 %.2f, p95 %.2f, p99 %.2f, max %.2f%n", percentile(latencies, 50),
				percentile(latencies, 95), percentile(latencies, 99), latencies[latencies.length - 1] / 1e6);
	}

	record Result(long[] latencies, long errors) {
	}

	static Result run(String base, List<HttpClient> clients, int seconds) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		List<long[]> perThread = new ArrayList<>();
		int[] counts = new int[clients.size()];
		AtomicLong errors = new AtomicLong();
		CountDownLatch done = new CountDownLatch(clients.size());
		HttpRequest start = HttpRequest.newBuilder(URI.create(base + "/")).timeout(Duration.ofSeconds(30)).build();
		for (int i = 0; i < clients.size(); i++) {
			long[] latencies = new long[2_000_000];
			perThread.add(latencies);
			int index = i;
			HttpClient client = clients.get(i);
			new Thread(() -> {
				try {
					while (System.nanoTime() < end) {
						long t0 = System.nanoTime();
						HttpResponse<String> response = client.send(start, HttpResponse.BodyHandlers.ofString());
						long took = System.nanoTime() - t0;
						if (response.statusCode() != 200 || !response.body().contains("Willkommen")) {
							errors.incrementAndGet();
						}
						latencies[counts[index]++] = took;
					}
				}
				catch (Exception ex) {
					errors.incrementAndGet();
					ex.printStackTrace();
				}
				finally {
					done.countDown();
				}
			}).start();
		}
		done.await();
		long[] all = new long[Arrays.stream(counts).sum()];
		int at = 0;
		for (int i = 0; i < clients.size(); i++) {
			System.arraycopy(perThread.get(i), 0, all, at, counts[i]);
			at += counts[i];
		}
		return new Result(all, errors.get());
	}

	/** A client (one connection, HTTP/1.1) with a session signed in through the login form. */
	static HttpClient login(String base, String user) throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on /login");
		}
		String form = "username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = login.headers().firstValue("Location").orElse("");
		if (login.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("login of " + user + " failed: " + login.statusCode() + " " + location);
		}
		return client;
	}

	static double percentile(long[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

}
