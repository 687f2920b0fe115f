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
 * The Vert.x HTTP clients of the vim25 client: one for plain HTTP and one per TLS configuration.
 * quarkus-cxf keeps one HTTP client per CXF client, made for whichever call came first: its TLS
 * configuration, or none at all when that call was to an {@code http://} address, after which calls to
 * {@code https://} addresses went out unencrypted (the conduit takes TLS from the HTTP client, not from
 * the URL). vcgate's one vim25 client talks to every vCenter, each over its own scheme and with the TLS
 * configuration it names ({@link VimClient} sets it on each call for HTTPS), so every call gets the
 * HTTP client of its own kind: plain HTTP quarkus-cxf's own (which then never serves HTTPS), each TLS
 * configuration one built with the CXF client's options, rebuilt when its certificates are reloaded.
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
        if (tls == null) {
            return super.getClient(client, version, null); // plain HTTP only ever reaches quarkus-cxf's own client
        }
        String name = tls.getName() == null ? client.getTlsConfigurationName() : tls.getName();
        return byTls.computeIfAbsent(client.getConfigKey() + "@tls:" + name + "@" + version, key -> {
            HttpClientOptions options = new HttpClientOptions().setProtocolVersion(version);
            client.getVertxConfig().configure(options);
            HttpClientPool.HttpClientPoolRecorder.configure(client, options);
            TlsConfigUtils.configure(options, tls);
            return getVertx().createHttpClient(options);
        });
    }

    void reloaded(@Observes CertificateUpdatedEvent event) {
        String marker = "@tls:" + event.name() + "@";
        for (Iterator<Map.Entry<String, HttpClient>> it = byTls.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, HttpClient> entry = it.next();
            if (entry.getKey().contains(marker)) {
                it.remove();
                entry.getValue().close();
            }
        }
    }
}
