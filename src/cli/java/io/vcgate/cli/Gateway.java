package io.vcgate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vcgate.client.ApiClient;
import io.vcgate.client.ApiException;
import io.vcgate.client.ApiResponse;
import io.vcgate.client.api.CustomizationApi;
import io.vcgate.client.api.TasksApi;
import io.vcgate.client.api.VcentersApi;
import io.vcgate.client.api.WatchApi;
import io.vcgate.client.model.AbortRequest;
import io.vcgate.client.model.CustomizationStatus;
import io.vcgate.client.model.Task;
import io.vcgate.client.model.VcenterList;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The gateway as the command sees it: every call is an operation of the generated client
 * (io.vcgate:vcgate-client), with the caller's credentials, the retry policy for reads, and the event
 * streams read as they arrive. An abort is sent once and never again, whatever happens to it.
 */
final class Gateway {

    private final String vcenter;
    private final ObjectMapper mapper;
    private final CustomizationApi customization;
    private final TasksApi tasks;
    private final VcentersApi vcenters;
    private final WatchApi watch;
    private final int retries;
    private final Clock clock;
    private final Printer printer;
    private final StreamReading reading;

    /**
     * The event stream being read. OpenAPI Generator's Java client reads a body whole; its response
     * interceptor, called before that, on the calling thread, reads the stream as it arrives, event by event.
     * A watchdog ends a stream that has been silent for {@link #SILENT} (the gateway sends a heartbeat every
     * 15 s: a silent stream is a dead connection or a proxy holding it) or outlived its timeout by
     * {@link #GRACE}: it interrupts the reading thread, and the stream reads as cut.
     */
    private static final class StreamReading {
        static final Duration SILENT = Duration.ofSeconds(60);
        static final Duration GRACE = Duration.ofSeconds(15);

        private final Clock clock;
        private final java.util.concurrent.ScheduledExecutorService watchdog;
        Predicate<ServerEvent> handler;
        Instant end;
        volatile boolean endedByHandler;
        volatile boolean silenced;

        StreamReading(Clock clock) {
            this.clock = clock;
            this.watchdog = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "vcgate-stream-watchdog");
                t.setDaemon(true);
                return t;
            });
        }

        void read(HttpResponse<InputStream> response) {
            if (response.statusCode() != 200 || handler == null) {
                return;
            }
            Thread reader = Thread.currentThread();
            java.util.concurrent.atomic.AtomicReference<Instant> lastRead = new java.util.concurrent.atomic.AtomicReference<>(clock.instant());
            Predicate<ServerEvent> noted = event -> {
                lastRead.set(clock.instant());
                return handler.test(event);
            };
            Object lock = new Object();
            boolean[] reading = {true};
            java.util.concurrent.ScheduledFuture<?> guard = watchdog.scheduleAtFixedRate(() -> {
                Instant now = clock.instant();
                if (now.isAfter(lastRead.get().plus(SILENT)) || now.isAfter(end.plus(GRACE))) {
                    synchronized (lock) {
                        if (reading[0]) { // never once the read is over: the interrupt would hit what comes next
                            silenced = true;
                            reader.interrupt();
                        }
                    }
                }
            }, 1, 1, java.util.concurrent.TimeUnit.SECONDS);
            try {
                endedByHandler = ServerEvent.read(new java.io.FilterInputStream(response.body()) {
                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = super.read(b, off, len);
                        lastRead.set(clock.instant());
                        return n;
                    }
                }, noted);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                synchronized (lock) {
                    reading[0] = false;
                }
                guard.cancel(false);
                if (silenced) {
                    Thread.interrupted(); // the reader goes on: the flag was for the read it ended
                }
            }
        }
    }

    private Gateway(ApiClient calls, ApiClient streams, StreamReading reading, String vcenter, int retries, Clock clock,
            Printer printer) {
        this.reading = reading;
        this.vcenter = vcenter;
        this.mapper = calls.getObjectMapper();
        this.customization = new CustomizationApi(calls);
        this.tasks = new TasksApi(calls);
        this.vcenters = new VcentersApi(calls);
        this.watch = new WatchApi(streams);
        this.retries = retries;
        this.clock = clock;
        this.printer = printer;
    }

    static Gateway open(GlobalOptions options, Map<String, String> env, Printer printer, Clock clock) {
        String url = options.url != null ? options.url : env.get("VCGATE_URL");
        if (url == null || url.isEmpty()) {
            throw CommandFailure.usage("no gateway: set VCGATE_URL or --url (dev mode: http://localhost:8080)");
        }
        URI base = baseUri(url);
        Ids.vcenterName("--vcenter", options.vcenter);
        if (options.retries < 0 || options.retries > 100) {
            throw CommandFailure.usage("--retries: from 0 to 100");
        }
        Credentials credentials = Credentials.resolve(env, options.credentialsFile, printer);
        java.nio.file.Path cacert = options.cacert != null ? options.cacert
                : env.get("VCGATE_CACERT") != null && !env.get("VCGATE_CACERT").isEmpty() ? java.nio.file.Path.of(env.get("VCGATE_CACERT")) : null;
        javax.net.ssl.SSLContext tls = Tls.context(cacert, options.insecure);
        if (options.insecure) {
            // read by the JDK's HTTP client when it is first used: set before any client is built
            System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
            printer.warn("--insecure: the gateway's certificate is not verified; anyone in between can read your credentials");
        }
        if ("http".equals(base.getScheme()) && !loopback(base.getHost())) {
            printer.warn("plain http to " + base.getHost() + ": your credentials cross the network unencrypted (use https)");
        }
        HttpClient.Builder http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .sslContext(tls);
        ObjectMapper mapper = ApiClient.createDefaultObjectMapper();
        String authorization = credentials.basicAuthorization();
        Consumer<HttpRequest.Builder> requests = r -> {
            r.header("Authorization", authorization);
            r.header("User-Agent", "vcgate-cli/" + Vcgate.version());
            if (options.verbose) {
                HttpRequest shown = r.copy().build();
                printer.verbose("> " + shown.method() + " " + shown.uri().getRawPath()
                        + (shown.uri().getRawQuery() == null ? "" : "?" + shown.uri().getRawQuery()));
            }
        };
        ApiClient calls = new ApiClient(http, mapper, base.toString());
        calls.setRequestInterceptor(requests);
        calls.setReadTimeout(Duration.ofMinutes(5));
        calls.setResponseInterceptor(r -> {
            if (options.verbose) {
                printer.verbose("< " + r.statusCode());
            }
        });
        StreamReading reading = new StreamReading(clock);
        ApiClient streams = new ApiClient(http, mapper, base.toString());
        streams.setRequestInterceptor(requests);
        streams.setReadTimeout(Duration.ofMinutes(2)); // until the stream's headers; the watchdog guards the rest
        streams.setResponseInterceptor(r -> {
            if (options.verbose) {
                printer.verbose("< " + r.statusCode() + " " + r.headers().firstValue("Content-Type").orElse(""));
            }
            reading.read(r);
        });
        // the generated APIs take the client's interceptors when they are made: after the settings above
        return new Gateway(calls, streams, reading, options.vcenter, options.retries, clock, printer);
    }

    ObjectMapper mapper() {
        return mapper;
    }

    /** The customization status, with the gateway's clock (its Date header) when it sent one. */
    record StatusRead(CustomizationStatus status, OffsetDateTime gatewayNow) {
    }

    StatusRead status(String vm, String wait, OffsetDateTime since, Instant deadline) {
        ApiResponse<CustomizationStatus> r = withRetries(deadline, () -> vcenter == null
                ? customization.getCustomizationWithHttpInfo(vm, wait, since)
                : customization.getVcenterCustomizationWithHttpInfo(vcenter, vm, wait, since));
        return new StatusRead(r.getData(), dateHeader(r.getHeaders()));
    }

    Task task(String id, Instant deadline) {
        return withRetries(deadline, () -> vcenter == null ? tasks.getTaskWithHttpInfo(id)
                : tasks.getVcenterTaskWithHttpInfo(vcenter, id)).getData();
    }

    VcenterList vcenters(Instant deadline) {
        return withRetries(deadline, vcenters::listVcentersWithHttpInfo).getData();
    }

    /** Starts the abort: sent once, never again (a retried abort could abort the next run). */
    Task abort(String vm, AbortRequest request) {
        try {
            return (vcenter == null ? customization.abortCustomizationWithHttpInfo(vm, request, null)
                    : customization.abortVcenterCustomizationWithHttpInfo(vcenter, vm, request, null)).getData();
        } catch (ApiException e) {
            Failure f = Failure.of(e, mapper);
            if ((f.status() == 429 || f.status() == 503) && f.problem() != null) {
                // the gateway's own refusal: it did not call vCenter
                throw new CommandFailure(Exit.UNAVAILABLE, f.line() + " (the abort was not started; the command never "
                        + "sends it again" + (f.retryAfter() == null ? "" : ": the gateway says to try after "
                        + f.retryAfter().getSeconds() + " s") + ")", f.problem());
            }
            if (f.retryable() || f.status() >= 500) {
                throw new CommandFailure(Exit.UNAVAILABLE, f.line() + "; the abort may or may not have started, and the "
                        + "command never sends it again: see `vcgate status " + vm + "`", f.problem());
            }
            throw f.toCommandFailure();
        }
    }

    /**
     * One attempt at following a customization: the handler sees each event and answers false to stop.
     * Answers true when the handler stopped it, false when the stream ended first (a cut). A refusal
     * before the stream began is thrown as a {@link CallFailed}.
     */
    boolean watchCustomization(String vm, Duration timeout, OffsetDateTime since, Predicate<ServerEvent> handler) {
        return stream(timeout, handler, () -> vcenter == null
                ? watch.watchCustomizationWithHttpInfo(vm, Durations.iso(timeout), since)
                : watch.watchVcenterCustomizationWithHttpInfo(vcenter, vm, Durations.iso(timeout), since));
    }

    /** As {@link #watchCustomization}, for a Task. */
    boolean watchTask(String task, Duration timeout, Predicate<ServerEvent> handler) {
        return stream(timeout, handler, () -> vcenter == null
                ? watch.watchTaskWithHttpInfo(task, Durations.iso(timeout))
                : watch.watchVcenterTaskWithHttpInfo(vcenter, task, Durations.iso(timeout)));
    }

    /** A call that failed: thrown by the stream methods, and by reads once their retries are spent. */
    static final class CallFailed extends RuntimeException {
        final transient Failure failure;

        CallFailed(Failure failure) {
            super(failure.line(), null, false, false);
            this.failure = failure;
        }
    }

    private interface Call<T> {
        ApiResponse<T> call() throws ApiException;
    }

    private <T> boolean stream(Duration timeout, Predicate<ServerEvent> handler, Call<T> call) {
        reading.handler = handler;
        reading.end = clock.instant().plus(timeout);
        reading.endedByHandler = false;
        reading.silenced = false;
        try {
            call.call();
            return reading.endedByHandler;
        } catch (ApiException e) {
            if (reading.endedByHandler || reading.silenced) {
                return reading.endedByHandler;
            }
            throw new CallFailed(Failure.of(e, mapper));
        } catch (UncheckedIOException cut) {
            return reading.endedByHandler;
        } finally {
            reading.handler = null;
            if (reading.silenced) {
                Thread.interrupted();
            }
        }
    }

    private <T> ApiResponse<T> withRetries(Instant deadline, Call<T> call) {
        RetryPlan plan = new RetryPlan(retries);
        while (true) {
            try {
                return call.call();
            } catch (ApiException e) {
                Failure f = Failure.of(e, mapper);
                if (!f.retryable()) {
                    throw new CallFailed(f);
                }
                Optional<Duration> delay = plan.afterFailure(f.retryAfter());
                Duration left = Duration.between(clock.instant(), deadline);
                if (delay.isEmpty() || delay.get().compareTo(left) > 0) {
                    throw new CallFailed(f);
                }
                printer.note(f.line() + "; trying again in " + seconds(delay.get()));
                sleep(delay.get());
            }
        }
    }

    static String seconds(Duration d) {
        return d.toMillis() < 1000 ? d.toMillis() + " ms" : d.getSeconds() + " s";
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure(Exit.UNAVAILABLE, "interrupted");
        }
    }

    private static OffsetDateTime dateHeader(Map<String, List<String>> headers) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            if ("date".equalsIgnoreCase(h.getKey()) && !h.getValue().isEmpty()) {
                try {
                    return ZonedDateTime.parse(h.getValue().get(0), DateTimeFormatter.RFC_1123_DATE_TIME)
                            .toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
                } catch (RuntimeException notADate) {
                    return null;
                }
            }
        }
        return null;
    }

    private static URI baseUri(String url) {
        URI uri;
        try {
            uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.usage("--url (or VCGATE_URL) is not a URL");
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            // the URL is never repeated: it may hold a password (https://user:password@host)
            throw CommandFailure.usage("--url (or VCGATE_URL) must be the gateway's http(s) URL, with no user, query or fragment");
        }
        return uri;
    }

    private static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
