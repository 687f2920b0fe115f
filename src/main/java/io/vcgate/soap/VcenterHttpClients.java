package io.vcgate.soap;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.quarkiverse.cxf.CXFClientInfo;
import io.quarkiverse.cxf.vertx.http.client.HttpClientPool;
import io.quarkus.tls.CertificateUpdatedEvent;
import io.quarkus.tls.TlsConfiguration;
import io.quarkus.tls.runtime.config.TlsConfigUtils;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpVersion;

/**
 * The Vert.x HTTP clients of the vim25 client: one per TLS configuration. quarkus-cxf keeps one HTTP
 * client per CXF client, with the TLS configuration of whichever call came first; vcgate's one vim25
 * client talks to every vCenter, each with the TLS configuration it names ({@link VimClient} sets it
 * on each call). Calls with the CXF client's own configuration ({@code vcenter}) use quarkus-cxf's pool
 * as before; any other configuration gets an HTTP client of its own, built with the same options,
 * and rebuilt when its certificates are reloaded.
 *
 * <p>Replaces quarkus-cxf's {@code HttpClientPool} bean (an alternative with a priority);
 * {@code VcenterTlsTest} shows two vCenters of different trust on one SOAP client.
 */
@Alternative
@Priority(1)
@Singleton
public class VcenterHttpClients extends HttpClientPool {

    private final Map<String, HttpClient> byTls = new ConcurrentHashMap<>();

    @Inject
    public VcenterHttpClients(Vertx vertx) {
        super(vertx);
    }

    @Override
    public HttpClient getClient(CXFClientInfo client, HttpVersion version, TlsConfiguration tls) {
        if (tls == null || tls.getName() == null || tls.getName().equals(client.getTlsConfigurationName())) {
            return super.getClient(client, version, tls);
        }
        return byTls.computeIfAbsent(client.getConfigKey() + "@" + tls.getName(), key -> {
            HttpClientOptions options = new HttpClientOptions().setProtocolVersion(version);
            client.getVertxConfig().configure(options);
            HttpClientPool.HttpClientPoolRecorder.configure(client, options);
            TlsConfigUtils.configure(options, tls);
            return getVertx().createHttpClient(options);
        });
    }

    void reloaded(@Observes CertificateUpdatedEvent event) {
        String suffix = "@" + event.name();
        for (Iterator<Map.Entry<String, HttpClient>> it = byTls.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, HttpClient> entry = it.next();
            if (entry.getKey().endsWith(suffix)) {
                it.remove();
                entry.getValue().close();
            }
        }
    }
}
