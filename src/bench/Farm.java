import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The farm benchmark's driver (src/bench/farm.sh starts it): one farm on the simulated vCenter (N clones
 * customized at once on a seeded schedule, POST /simulator/farm), followed through vcgate by watchers
 * that open their watch when their VM's run starts, as a pipeline powering the clone on would: four in
 * five over server-sent events, one in five by long polls with {@code since}. In the same run, the same
 * farm on a second simulated vCenter ({@code /vc/poll}) is followed by two pollers talking to it
 * directly, without vcgate: one as Ansible's wait_for_customization does (QueryEvents for the VM every
 * 10 s), one reading customization-live every 5 s, each until the run's end. It prints one line per
 * scenario, {@code farm n=.. shape=.. runs=.. lost=.. ...}, and details above it.
 *
 *   java src/bench/Farm.java GATEWAY_URL SIMULATOR_URL GATEWAY_PID N SHAPE [restart]
 *
 * SHAPE: one-caller (load001 follows every VM) or 200-callers (load001..load200, N/200 each). With
 * {@code restart}, the simulated vCenter drops every session (as a restart does) when the most runs are
 * under way. Memory, threads and file descriptors are read from /proc and jcmd at that moment too.
 * Every clock read here and in the simulator is the same host's.
 */
public class Farm {

    static final String PASSWORD = "VMware1!";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(10)).build();
    static final Pattern FIELD = Pattern.compile("\"(\\w+)\":(\"[^\"]*\"|-?[0-9.]+|true|false|null)");

    final String gateway;
    final String simulator;
    final long gatewayPid;
    final int n;
    final String shape;
    final boolean restart;
    final long startWithinMs = Long.getLong("farm.startWithinMs", 60_000);
    final long minRunMs = Long.getLong("farm.minRunMs", 30_000);
    final long maxRunMs = Long.getLong("farm.maxRunMs", 120_000);
    final long seed = Long.getLong("farm.seed", 32);
    final boolean pollers = !"false".equals(System.getProperty("farm.pollers"));
    final ScheduledExecutorService timers = Executors.newScheduledThreadPool(2);

    /** One run of the farm, as the simulator scheduled it, and what its watcher saw. */
    static final class Run {
        String vm;
        String outcome;
        long startAfterMs;
        long runMs;
        long endedAt;
        final AtomicInteger ends = new AtomicInteger();
        volatile long arrivedAt;
        volatile String told;
        volatile boolean failureEvent;
        volatile String error;
    }

    Farm(String[] args) {
        gateway = args[0];
        simulator = args[1];
        gatewayPid = Long.parseLong(args[2]);
        n = Integer.parseInt(args[3]);
        shape = args[4];
        restart = args.length > 5 && args[5].equals("restart");
    }

    public static void main(String[] args) throws Exception {
        new Farm(args).run();
        System.exit(0);
    }

    String caller(int i) {
        return shape.equals("one-caller") ? "load001@vsphere.local" : String.format("load%03d@vsphere.local", 1 + i % 200);
    }

    int callers() {
        return shape.equals("one-caller") ? 1 : Math.min(200, n);
    }

    void run() throws Exception {
        // a fresh vCenter for each scenario (its ledger and its count of waits too); the gateway logs in again
        admin("POST", "/simulator/reset", null);
        admin("POST", "/vc/poll/simulator/reset", null);
        // live objects after a full GC (GC.class_histogram runs one, then counts what is reachable): heap_info's
        // "used" would also count what a busy gateway allocated between the GC and the look
        Map<String, long[]> histogramIdle = histogram();
        long heapIdle = histogramIdle.get("Total")[0] / 1024;
        long rssIdle = procStatusKb("VmRSS");
        String plan = String.format("{\"vms\":%d,\"startWithinMs\":%d,\"minRunMs\":%d,\"maxRunMs\":%d,\"failEvery\":10,\"seed\":%d}",
                n, startWithinMs, minRunMs, maxRunMs, seed);
        long ticks0 = cpuTicks();
        String farm = admin("POST", "/simulator/farm", plan);
        String pollFarm = pollers ? admin("POST", "/vc/poll/simulator/farm", plan) : null;
        long startedAt = Long.parseLong(field(farm, "startedAt"));
        List<Run> runs = runs(farm);
        String since = Instant.ofEpochMilli(startedAt).minusSeconds(1).toString();

        // when the most runs are under way: the moment to read memory, threads and fds (and to restart)
        long peakAt = peak(runs);
        CountDownLatch done = new CountDownLatch(runs.size());
        AtomicInteger open = new AtomicInteger();
        AtomicInteger mostOpen = new AtomicInteger();
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            String caller = caller(i);
            boolean poll = i % 5 == 4;
            long delay = startedAt + run.startAfterMs - System.currentTimeMillis();
            timers.schedule(() -> {
                mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
                Runnable finished = () -> {
                    open.decrementAndGet();
                    done.countDown();
                };
                String path = "/v1/vms/" + run.vm + "/guest/customization";
                if (poll) {
                    longPoll(run, caller, path + "?wait=PT10M&since=" + since, finished);
                } else {
                    stream(run, caller, path + "/events?timeout=PT10M&since=" + since, finished);
                }
            }, Math.max(0, delay), TimeUnit.MILLISECONDS);
        }
        Pollers poller = pollers ? new Pollers(pollFarm) : null;

        // at the peak: memory per open watch, threads, fds; then the restart, if asked
        Thread.sleep(Math.max(0, startedAt + peakAt - System.currentTimeMillis()));
        int openAtPeak = open.get();
        long rssPeak = procStatusKb("VmRSS");
        long threads = procStatusKb("Threads");
        long fds = fds();
        Map<String, long[]> histogramPeak = histogram();
        long heapPeak = histogramPeak.get("Total")[0] / 1024;
        String growth = growth(histogramIdle, histogramPeak, openAtPeak);
        Map<String, Integer> loginsBefore = logins();
        // the callers with a watch still waiting for its end: each must log in again once after the restart
        java.util.Set<String> following = new java.util.TreeSet<>();
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).ends.get() == 0) {
                following.add(caller(i));
            }
        }
        if (restart) {
            admin("POST", "/simulator/sessions/expire", null);
            System.out.printf("restart at %.1f s: every session dropped, %d watches open%n", (System.currentTimeMillis() - startedAt) / 1000.0, open.get());
        }
        RssSampler rss = new RssSampler();
        timers.scheduleAtFixedRate(rss, 0, 1, TimeUnit.SECONDS);

        boolean all = done.await(startWithinMs + maxRunMs + 180_000, TimeUnit.MILLISECONDS);
        long ticks = cpuTicks() - ticks0;
        if (poller != null) {
            poller.done.await(120, TimeUnit.SECONDS);
        }
        String after = admin("GET", "/simulator/farm", null);
        Map<String, Long> endedAt = new HashMap<>();
        for (String r : after.split("\\},\\{")) {
            Matcher vm = Pattern.compile("\"vm\":\"([^\"]+)\"").matcher(r);
            Matcher ended = Pattern.compile("\"endedAt\":(\\d+)").matcher(r);
            if (vm.find() && ended.find()) {
                endedAt.put(vm.group(1), Long.parseLong(ended.group(1)));
            }
        }
        // --- results ---
        int lost = 0;
        int duplicated = 0;
        int wrong = 0;
        int failuresWithoutEvent = 0;
        List<Long> delays = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Run run : runs) {
            int ends = run.ends.get();
            if (ends == 0) {
                lost++;
                if (run.error != null && errors.size() < 5) {
                    errors.add(run.vm + ": " + run.error);
                }
                continue;
            }
            duplicated += ends - 1;
            if (!run.outcome.equals(run.told)) {
                wrong++;
            }
            if (run.outcome.equals("FAILED") && !run.failureEvent) {
                failuresWithoutEvent++;
            }
            delays.add(run.arrivedAt - endedAt.getOrDefault(run.vm, run.arrivedAt));
        }
        delays.sort(null);
        Map<String, Integer> soap = operations(admin("GET", "/simulator/ledger", null), "soap");
        Map<String, Integer> rest = operations(admin("GET", "/simulator/ledger", null), "rest");
        Map<String, Integer> loginsAfter = logins();
        int logins = soap.getOrDefault("Login", 0) + rest.getOrDefault("createSession", 0);
        int calls = sum(soap) + sum(rest) - logins - soap.getOrDefault("Logout", 0) - rest.getOrDefault("deleteSession", 0);
        int waitsPerSession = Integer.parseInt(field(admin("GET", "/simulator/waits", null), "mostPerSession"));
        double hz = 100; // USER_HZ on Linux
        System.out.printf("%s n=%d: watches opened as runs started (%d over SSE, %d by long polls), most open at once %d, %d at the peak (%.0f s)%n",
                shape, n, n - n / 5, n / 5, mostOpen.get(), openAtPeak, peakAt / 1000.0);
        System.out.printf("  delivered %d of %d ends (%d duplicated, %d with the wrong outcome, %d FAILED without their failure event)%s%n",
                n - lost, n, duplicated, wrong, failuresWithoutEvent, all ? "" : "; gave up waiting");
        errors.forEach(e -> System.out.println("  lost: " + e));
        System.out.printf("  change-to-event delay (vCenter's end to the watcher's event): p50 %d ms, p99 %d ms, max %d ms%n",
                pct(delays, 50), pct(delays, 99), delays.isEmpty() ? 0 : delays.get(delays.size() - 1));
        System.out.printf("  vCenter calls through vcgate: SOAP %s, REST %s: %.2f per run besides logins; logins %d (%d callers)%n",
                soap, rest, (double) calls / n, logins, callers());
        System.out.printf("  per run: %s%n", perRun(soap, rest));
        System.out.printf("  WaitForUpdatesEx in flight per caller session, most: %d%n", waitsPerSession);
        System.out.printf("  gateway: CPU %.1f s (%.2f ms per run); live heap after a full GC %d KiB idle, %d KiB with %d watches open (%.1f KiB per watch); "
                + "RSS %d MiB idle, %d MiB peak (%.1f KiB per watch); threads %d, fds %d at the peak%n",
                ticks / hz, ticks / hz * 1000 / n, heapIdle, heapPeak, openAtPeak, (double) (heapPeak - heapIdle) / Math.max(1, openAtPeak),
                rssIdle / 1024, Math.max(rssPeak, rss.most) / 1024, (double) (Math.max(rssPeak, rss.most) - rssIdle) / Math.max(1, openAtPeak), threads, fds);
        System.out.println("  heap growth at the peak by class (bytes per open watch, instances per open watch): " + growth);
        if (restart) {
            int again = 0;
            StringBuilder per = new StringBuilder();
            for (Map.Entry<String, Integer> e : loginsAfter.entrySet()) {
                int d = e.getValue() - loginsBefore.getOrDefault(e.getKey(), 0);
                again += d;
            }
            System.out.printf("  restart: %d logins after it for the %d callers with watches open (%.2f per caller)%s%n", again, following.size(),
                    (double) again / Math.max(1, following.size()), per);
        }
        String pollLine = "";
        if (poller != null) {
            Map<String, Integer> psoap = operations(admin("GET", "/vc/poll/simulator/ledger", null), "soap");
            Map<String, Integer> prest = operations(admin("GET", "/vc/poll/simulator/ledger", null), "rest");
            double poll10 = (double) psoap.getOrDefault("QueryEvents", 0) / n;
            double poll5 = (double) prest.getOrDefault("getCustomizationLive", 0) / n;
            System.out.printf("  pollers on the same farm (/vc/poll, direct): QueryEvents every 10 s %.2f calls per run, customization-live every 5 s %.2f "
                    + "(their ends seen: %d and %d of %d); vcgate's ratio: %.1fx and %.1fx fewer calls%n",
                    poll10, poll5, poller.seen10.get(), poller.seen5.get(), n, poll10 / ((double) calls / n), poll5 / ((double) calls / n));
            pollLine = String.format(" poll10s_calls_per_run=%.2f poll5s_calls_per_run=%.2f", poll10, poll5);
        }
        System.out.printf("farm n=%d shape=%s%s runs=%d lost=%d duplicated=%d p50_ms=%d p99_ms=%d max_ms=%d calls_per_run=%.2f waits_per_session=%d "
                + "heap_kb_per_watch=%.1f rss_kb_per_watch=%.1f cpu_ms_per_run=%.2f threads=%d fds=%d%s%n",
                n, shape, restart ? " restart=1 relogins_per_caller=" + String.format("%.2f", (double) loginsAfter.entrySet().stream()
                        .mapToInt(e -> e.getValue() - loginsBefore.getOrDefault(e.getKey(), 0)).sum() / Math.max(1, following.size())) : "",
                n, lost, duplicated, pct(delays, 50), pct(delays, 99), delays.isEmpty() ? 0 : delays.get(delays.size() - 1),
                (double) calls / n, waitsPerSession, (double) (heapPeak - heapIdle) / Math.max(1, openAtPeak),
                (double) (Math.max(rssPeak, rss.most) - rssIdle) / Math.max(1, openAtPeak), ticks / hz * 1000 / n, threads, fds, pollLine);
    }

    // --- watchers -------------------------------------------------------------------------------

    HttpRequest.Builder request(String caller, String path) {
        String auth = Base64.getEncoder().encodeToString((caller + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(gateway + path)).header("Authorization", "Basic " + auth).timeout(Duration.ofMinutes(15));
    }

    /** A status document told: its end (once) when it ended. */
    void told(Run run, String json, long at) {
        if (json.contains("\"ended\":true")) {
            if (run.ends.incrementAndGet() == 1) {
                run.arrivedAt = at;
                Matcher status = Pattern.compile("\"status\":\"(\\w+)\"").matcher(json);
                run.told = status.find() ? status.group(1) : null;
                run.failureEvent = json.contains("\"type\":\"CustomizationNetworkSetupFailed\"");
            }
        }
    }

    void stream(Run run, String caller, String path, Runnable finished) {
        AtomicInteger finishedOnce = new AtomicInteger();
        Runnable finish = () -> {
            if (finishedOnce.getAndIncrement() == 0) {
                finished.run();
            }
        };
        Flow.Subscriber<String> lines = new Flow.Subscriber<>() {
            Flow.Subscription subscription;
            String event;

            public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                s.request(Long.MAX_VALUE);
            }

            public void onNext(String line) {
                long at = System.currentTimeMillis();
                if (line.startsWith("event:")) {
                    event = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    String data = line.substring(5).trim();
                    if ("status".equals(event)) {
                        told(run, data, at);
                    } else if ("error".equals(event) || "timeout".equals(event)) {
                        run.error = event + " " + data;
                    }
                }
            }

            public void onError(Throwable t) {
                run.error = String.valueOf(t);
                finish.run();
            }

            public void onComplete() {
                finish.run();
            }
        };
        HTTP.sendAsync(request(caller, path).header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.fromLineSubscriber(lines))
                .whenComplete((response, failure) -> {
                    if (failure != null) {
                        run.error = String.valueOf(failure);
                        finish.run();
                    } else if (response.statusCode() != 200) {
                        run.error = "HTTP " + response.statusCode();
                        finish.run();
                    }
                });
    }

    void longPoll(Run run, String caller, String path, Runnable finished) {
        HTTP.sendAsync(request(caller, path).GET().build(), HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
            long at = System.currentTimeMillis();
            if (failure != null || response.statusCode() != 200) {
                run.error = failure != null ? String.valueOf(failure) : "HTTP " + response.statusCode() + " " + response.body();
                finished.run();
            } else if (response.body().contains("\"ended\":true")) {
                told(run, response.body(), at);
                finished.run();
            } else {
                longPoll(run, caller, path, finished); // its wait ran out first: ask again
            }
        });
    }

    // --- the pollers, directly on the second simulated vCenter -------------------------------------

    final class Pollers {
        final CountDownLatch done;
        final AtomicInteger seen10 = new AtomicInteger();
        final AtomicInteger seen5 = new AtomicInteger();
        final String soapCookie;
        final String restSession;

        Pollers(String farm) throws Exception {
            List<Run> runs = runs(farm);
            long startedAt = Long.parseLong(field(farm, "startedAt"));
            done = new CountDownLatch(2 * runs.size());
            soapCookie = soapLogin("load999@vsphere.local");
            restSession = restLogin("load999@vsphere.local");
            for (Run run : runs) {
                long delay = Math.max(0, startedAt + run.startAfterMs - System.currentTimeMillis());
                timers.schedule(() -> queryEvents(run), delay, TimeUnit.MILLISECONDS);
                timers.schedule(() -> live(run), delay, TimeUnit.MILLISECONDS);
            }
        }

        /** As Ansible's wait_for_customization: the VM's customization end events, every 10 s until there is one. */
        void queryEvents(Run run) {
            String body = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:urn=\"urn:vim25\"><soapenv:Body>"
                    + "<urn:QueryEvents><urn:_this type=\"EventManager\">EventManager</urn:_this><urn:filter><urn:entity>"
                    + "<urn:entity type=\"VirtualMachine\">" + run.vm + "</urn:entity><urn:recursion>self</urn:recursion></urn:entity>"
                    + "<urn:type>CustomizationSucceeded</urn:type><urn:type>CustomizationFailed</urn:type><urn:type>CustomizationNetworkSetupFailed</urn:type>"
                    + "</urn:filter></urn:QueryEvents></soapenv:Body></soapenv:Envelope>";
            HttpRequest request = HttpRequest.newBuilder(URI.create(simulator + "/vc/poll/sdk")).header("Content-Type", "text/xml; charset=utf-8")
                    .header("SOAPAction", "urn:vim25/9.0.0.0").header("Cookie", soapCookie).POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                if (failure == null && response.body().contains("<returnval")) {
                    seen10.incrementAndGet();
                    done.countDown();
                } else {
                    timers.schedule(() -> queryEvents(run), 10, TimeUnit.SECONDS);
                }
            });
        }

        /** customization-live every 5 s until the run has ended. */
        void live(Run run) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(simulator + "/vc/poll/api/vcenter/vm/" + run.vm + "/guest/customization-live"))
                    .header("vmware-api-session-id", restSession).GET().build();
            HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                if (failure == null && (response.body().contains("\"SUCCEEDED\"") || response.body().contains("\"FAILED\""))) {
                    seen5.incrementAndGet();
                    done.countDown();
                } else {
                    timers.schedule(() -> live(run), 5, TimeUnit.SECONDS);
                }
            });
        }

        String soapLogin(String user) throws Exception {
            String body = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:urn=\"urn:vim25\"><soapenv:Body>"
                    + "<urn:Login><urn:_this type=\"SessionManager\">SessionManager</urn:_this><urn:userName>" + user + "</urn:userName>"
                    + "<urn:password>" + PASSWORD + "</urn:password></urn:Login></soapenv:Body></soapenv:Envelope>";
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(simulator + "/vc/poll/sdk"))
                    .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "urn:vim25/9.0.0.0")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            return response.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        }

        String restLogin(String user) throws Exception {
            String auth = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(simulator + "/vc/poll/api/session"))
                    .header("Authorization", "Basic " + auth).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            return response.body().replace("\"", "");
        }
    }

    // --- the simulator's admin API ----------------------------------------------------------------

    String admin(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator + path)).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60));
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static List<Run> runs(String farm) {
        List<Run> runs = new ArrayList<>();
        int at = farm.indexOf("\"runs\":[");
        for (String r : farm.substring(at + 8).split("\\},\\{")) {
            Map<String, String> f = new HashMap<>();
            Matcher m = FIELD.matcher(r);
            while (m.find()) {
                f.put(m.group(1), m.group(2).replace("\"", ""));
            }
            if (!f.containsKey("vm")) {
                continue;
            }
            Run run = new Run();
            run.vm = f.get("vm");
            run.outcome = f.get("outcome");
            run.startAfterMs = Long.parseLong(f.get("startAfterMs"));
            run.runMs = Long.parseLong(f.get("runMs"));
            runs.add(run);
        }
        return runs;
    }

    /** The moment (from the farm's start) when the most runs are under way. */
    static long peak(List<Run> runs) {
        long best = 0;
        int most = -1;
        for (long t = 0; t < 300_000; t += 1000) {
            final long at = t;
            int under = (int) runs.stream().filter(r -> r.startAfterMs <= at && at < r.startAfterMs + r.runMs).count();
            if (under > most) {
                most = under;
                best = t;
            }
        }
        return best;
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^,\"}]*)").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    /** The ledger's calls per operation of one API. */
    static Map<String, Integer> operations(String ledger, String api) {
        Map<String, Integer> ops = new TreeMap<>();
        Matcher section = Pattern.compile("\"operations\":\\{.*?\"" + api + "\":\\{([^}]*)\\}").matcher(ledger);
        if (section.find()) {
            Matcher op = Pattern.compile("\"(\\w+)\":(\\d+)").matcher(section.group(1));
            while (op.find()) {
                ops.put(op.group(1), Integer.parseInt(op.group(2)));
            }
        }
        return ops;
    }

    Map<String, Integer> logins() throws IOException, InterruptedException {
        String ledger = admin("GET", "/simulator/ledger", null);
        Map<String, Integer> logins = new TreeMap<>();
        Matcher section = Pattern.compile("\"logins\":\\{([^}]*)\\}").matcher(ledger);
        if (section.find()) {
            Matcher op = Pattern.compile("\"([^\"]+)\":(\\d+)").matcher(section.group(1));
            while (op.find()) {
                logins.put(op.group(1), Integer.parseInt(op.group(2)));
            }
        }
        return logins;
    }

    static int sum(Map<String, Integer> ops) {
        return ops.values().stream().mapToInt(Integer::intValue).sum();
    }

    String perRun(Map<String, Integer> soap, Map<String, Integer> rest) {
        Map<String, Integer> all = new LinkedHashMap<>(soap);
        rest.forEach((k, v) -> all.merge(k, v, Integer::sum));
        StringBuilder s = new StringBuilder();
        all.forEach((op, count) -> s.append(String.format("%s %.2f, ", op, (double) count / n)));
        return s.length() > 2 ? s.substring(0, s.length() - 2) : "";
    }

    static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    // --- the gateway's process ----------------------------------------------------------------------

    long cpuTicks() throws IOException {
        String stat = Files.readString(Path.of("/proc/" + gatewayPid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
    }

    long procStatusKb(String key) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + gatewayPid + "/status"))) {
            if (line.startsWith(key + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }

    long fds() {
        String[] list = new java.io.File("/proc/" + gatewayPid + "/fd").list();
        return list == null ? -1 : list.length;
    }

    String jcmd(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", Long.toString(gatewayPid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    /** GC.class_histogram: bytes and instances by class. */
    Map<String, long[]> histogram() throws IOException, InterruptedException {
        Map<String, long[]> classes = new HashMap<>();
        Matcher m = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE).matcher(jcmd("GC.class_histogram"));
        long bytes = 0;
        long instances = 0;
        while (m.find()) {
            classes.put(m.group(3), new long[] { Long.parseLong(m.group(2)), Long.parseLong(m.group(1)) });
            bytes += Long.parseLong(m.group(2));
            instances += Long.parseLong(m.group(1));
        }
        classes.put("Total", new long[] { bytes, instances });
        return classes;
    }

    /** The classes whose bytes grew most between two histograms, per open watch. */
    static String growth(Map<String, long[]> before, Map<String, long[]> after, int watches) {
        List<Map.Entry<String, long[]>> grown = new ArrayList<>();
        after.forEach((name, now) -> {
            if (name.equals("Total")) {
                return;
            }
            long[] then = before.getOrDefault(name, new long[2]);
            grown.add(Map.entry(name, new long[] { now[0] - then[0], now[1] - then[1] }));
        });
        grown.sort((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]));
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, long[]> e : grown.subList(0, Math.min(15, grown.size()))) {
            s.append(String.format("%s %d B %.1f; ", e.getKey(), e.getValue()[0] / Math.max(1, watches), (double) e.getValue()[1] / Math.max(1, watches)));
        }
        return s.toString();
    }

    final class RssSampler implements Runnable {
        volatile long most;

        public void run() {
            try {
                most = Math.max(most, procStatusKb("VmRSS"));
            } catch (IOException e) {
                // the gateway has gone: nothing more to sample
            }
        }
    }
}
