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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The gateway as the command sees it: every call is an operation of the generated client
 * (io.vcgate:vcgate-client), with the caller's credentials, the retry policy for reads, and the event
 * streams read as they arrive. An abort is sent once and never again, whatever happens to it.
 */
final class Gateway {
    private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$");
    static final String DEFAULT_URL = "http://localhost:8080";

    private final String vcenter;
    private final ObjectMapper mapper;
    private final CustomizationApi customization;
    private final TasksApi tasks;
    private final VcentersApi vcenters;
    private final WatchApi watch;
    private final int retries;
    private final Clock clock;
    private final Printer printer;
    private Predicate<ServerEvent> streamHandler;
    private boolean streamEndedByHandler;

    private Gateway(ApiClient calls, ApiClient streams, String vcenter, int retries, Clock clock, Printer printer) {
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
        String url = options.url != null ? options.url
                : env.get("VCGATE_URL") != null && !env.get("VCGATE_URL").isEmpty() ? env.get("VCGATE_URL") : DEFAULT_URL;
        URI base = baseUri(url);
        if (options.vcenter != null && !NAME.matcher(options.vcenter).matches()) {
            throw CommandFailure.usage("--vcenter: not a vCenter name: " + Durations.quoted(options.vcenter)
                    + " (letters, digits, '-' and '_')");
        }
        if (options.retries < 0 || options.retries > 100) {
            throw CommandFailure.usage("--retries: from 0 to 100");
        }
        Credentials credentials = Credentials.resolve(env, options.credentialsFile);
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
                .sslContext(Tls.context(options.cacert, options.insecure));
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
        ApiClient streams = new ApiClient(http, mapper, base.toString());
        streams.setRequestInterceptor(requests);
        // The interceptors are set before the Gateway makes its API classes: each copies them when made.
        AtomicReference<Gateway> opened = new AtomicReference<>();
        calls.setResponseInterceptor(r -> {
            if (options.verbose) {
                printer.verbose("< " + r.statusCode());
            }
        });
        streams.setResponseInterceptor(r -> {
            if (options.verbose) {
                printer.verbose("< " + r.statusCode() + " " + r.headers().firstValue("Content-Type").orElse(""));
            }
            opened.get().readStream(r);
        });
        Gateway gateway = new Gateway(calls, streams, options.vcenter, options.retries, clock, printer);
        opened.set(gateway);
        return gateway;
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
            if (f.status() == 0) {
                throw new CommandFailure(Exit.UNAVAILABLE, f.line() + "; the abort may or may not have started and is not "
                        + "sent again: see `vcgate status " + vm + "`");
            }
            if (f.retryable()) {
                throw new CommandFailure(Exit.UNAVAILABLE, f.line() + " (the abort was not started; it is never re-sent by "
                        + "the command" + (f.retryAfter() == null ? "" : ": try again in " + f.retryAfter().getSeconds() + " s") + ")",
                        f.problem());
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
        return stream(handler, () -> vcenter == null
                ? watch.watchCustomizationWithHttpInfo(vm, Durations.iso(timeout), since)
                : watch.watchVcenterCustomizationWithHttpInfo(vcenter, vm, Durations.iso(timeout), since));
    }

    /** As {@link #watchCustomization}, for a Task. */
    boolean watchTask(String task, Duration timeout, Predicate<ServerEvent> handler) {
        return stream(handler, () -> vcenter == null
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

    private <T> boolean stream(Predicate<ServerEvent> handler, Call<T> call) {
        streamHandler = handler;
        streamEndedByHandler = false;
        try {
            call.call();
            return streamEndedByHandler;
        } catch (ApiException e) {
            if (streamEndedByHandler) {
                return true;
            }
            throw new CallFailed(Failure.of(e, mapper));
        } catch (UncheckedIOException cut) {
            if (streamEndedByHandler) {
                return true;
            }
            return false;
        } finally {
            streamHandler = null;
        }
    }

    private void readStream(HttpResponse<InputStream> response) {
        if (response.statusCode() != 200 || streamHandler == null) {
            return;
        }
        try {
            InputStream body = response.body();
            streamEndedByHandler = ServerEvent.read(body, streamHandler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> ApiResponse<T> withRetries(Instant deadline, Call<T> call) {
        RetryPlan plan = new RetryPlan(retries, Duration.ofSeconds(1), Duration.ofSeconds(30));
        while (true) {
            try {
                return call.call();
            } catch (ApiException e) {
                Failure f = Failure.of(e, mapper);
                if (!f.retryable()) {
                    throw new CallFailed(f);
                }
                Optional<Duration> delay = plan.afterFailure(f.retryAfter(), Duration.between(clock.instant(), deadline));
                if (delay.isEmpty()) {
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
            throw CommandFailure.usage("--url: not a URL: " + Durations.quoted(url));
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw CommandFailure.usage("--url: an http(s) URL of the gateway without user, query or fragment is needed, not "
                    + Durations.quoted(url.replaceAll("//[^/@]*@", "//...@")));
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
