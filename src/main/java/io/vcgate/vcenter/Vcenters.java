package io.vcgate.vcenter;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.tls.TlsConfigurationRegistry;
import io.vcgate.core.Backend;
import io.vcgate.resilience.BackendGuards;
import io.vcgate.resilience.ResilienceConfig;
import io.vcgate.session.SessionConfig;
import io.vcgate.session.SessionPool;
import io.vcgate.session.SessionsConfig;
import io.vertx.core.Vertx;

/**
 * The vCenters this gateway serves, built once at start-up from configuration: the {@code default}
 * one ({@code vcgate.vcenter.url}) and every {@code vcgate.vcenters.<name>.url}. Without any, the
 * gateway refuses to start and says what to set.
 */
@ApplicationScoped
public class Vcenters {

    public static final String DEFAULT = "default";

    static final String MESSAGE = "vcgate has no vCenter to talk to: set vcgate.vcenter.url "
            + "(environment variable VCGATE_VCENTER_URL), e.g. https://vcenter.example.com, or name vCenters with "
            + "vcgate.vcenters.<name>.url; for a demo with a simulated vCenter, see the README (Run).";

    @Inject
    VcentersConfig named;

    @Inject
    SessionsConfig sessions;

    @Inject
    ResilienceConfig resilience;

    @Inject
    BackendGuards guards;

    @Inject
    MeterRegistry meters;

    @Inject
    Vertx vertx;

    @Inject
    TlsConfigurationRegistry tlsConfigurations;

    @ConfigProperty(name = "vcgate.vcenter.url")
    Optional<String> defaultUrl;

    private Map<String, Vcenter> all;

    @PostConstruct
    void init() {
        Map<String, Vcenter> vcenters = new LinkedHashMap<>();
        Optional<String> url = defaultUrl.filter(u -> !u.isBlank());
        VcentersConfig.Vcenter configuredDefault = named.named().get(DEFAULT);
        url.ifPresent(u -> vcenters.put(DEFAULT, configuredDefault != null
                ? build(DEFAULT, u, configuredDefault.tlsConfigurationName(), configuredDefault.session(),
                        configuredDefault.resilience().rest(), configuredDefault.resilience().soap())
                : build(DEFAULT, u, VcentersConfig.DEFAULT_TLS, sessions, resilience.rest(), resilience.soap())));
        named.named().forEach((name, config) -> {
            if (!DEFAULT.equals(name)) {
                vcenters.put(name, build(name, config.url().filter(u -> !u.isBlank())
                        .orElseThrow(() -> new IllegalStateException("vcgate.vcenters." + name + ".url is not set")),
                        config.tlsConfigurationName(), config.session(), config.resilience().rest(), config.resilience().soap()));
            }
        });
        verify(vcenters.keySet());
        all = Collections.unmodifiableMap(vcenters);
    }

    static void verify(Collection<String> names) {
        if (names.isEmpty()) {
            throw new IllegalStateException(MESSAGE);
        }
        for (String name : names) {
            if (!name.matches("^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$")) {
                throw new IllegalStateException("vCenter name '" + name + "': letters, digits, - and _ only (as in vcgate.vcenters.site-a.url)");
            }
        }
    }

    private Vcenter build(String name, String url, String tls, SessionConfig session, ResilienceConfig.Backend rest,
            ResilienceConfig.Backend soap) {
        if (!VcentersConfig.DEFAULT_TLS.equals(tls) && tlsConfigurations.get(tls).isEmpty()) {
            throw new IllegalStateException("vCenter " + name + " names TLS configuration '" + tls
                    + "', but no quarkus.tls." + tls + ".* key is set (e.g. quarkus.tls." + tls + ".trust-store.pem.certs)");
        }
        return new Vcenter(name, url, tls, guards.guard(name, tls, Backend.REST, rest), guards.guard(name, tls, Backend.SOAP, soap),
                SessionPool.open(name, session, vertx, meters));
    }

    void start(@Observes StartupEvent event) {
        all(); // built at start-up: a gateway without a vCenter refuses to start
    }

    /** Logs every session out while the HTTP clients are still open (they close after the shutdown event). */
    void stop(@Observes ShutdownEvent event) {
        all.values().forEach(vcenter -> vcenter.sessions().close(Duration.ofSeconds(5)));
    }

    /**
     * The one seam for tests, package-private (the test sources' {@code io.vcgate.vcenter.FreshGateway}
     * is its only caller): every vCenter built afresh from configuration, as at start-up. The old ones'
     * sessions are logged out and their eviction timers stopped; their {@code vcgate.*} meters are removed
     * so that the new ones register their own. What was kept per vCenter elsewhere (learned capabilities,
     * sessions, circuits, remembered rejected passwords) went with the old {@link Vcenter} objects.
     */
    void renew() {
        for (Vcenter old : all.values()) {
            try {
                old.sessions().close(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                // its vCenter may be down: its sessions are forgotten all the same
            }
            meters.getMeters().stream()
                    .filter(meter -> meter.getId().getName().startsWith("vcgate.") && old.name().equals(meter.getId().getTag("vcenter")))
                    .toList().forEach(meters::remove);
        }
        init();
    }

    /** The vCenter named {@code name}. */
    public Vcenter get(String name) {
        Vcenter vcenter = all.get(name);
        if (vcenter == null) {
            throw new UnknownVcenter(name);
        }
        return vcenter;
    }

    public Collection<Vcenter> all() {
        return all.values();
    }
}
