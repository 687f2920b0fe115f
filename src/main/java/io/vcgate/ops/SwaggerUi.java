package io.vcgate.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import io.vcgate.facade.problem.Problems;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /q/swagger-ui} (with or without the trailing slash): Swagger UI over the contract as
 * written ({@link ContractDocument}, {@code /q/openapi}), when {@code vcgate.swagger-ui.enabled}
 * ({@link SwaggerUiConfig}); otherwise no route of it exists and the path is an unknown one (404).
 *
 * <p>The page ({@code swagger-ui/index.html}) and the script that starts Swagger UI
 * ({@code swagger-ui/vcgate-swagger-ui.js}) are vcgate's; Swagger UI's own files come from the
 * {@code org.webjars:swagger-ui} jar, four of them, by the names the page loads them under, next to the
 * page ({@code /q/swagger-ui/swagger-ui.css} ...). Nothing is read at start-up: each file is read on its
 * first request and kept.
 *
 * <p>Quarkus would also serve the whole webjar, as it serves every dependency's {@code META-INF/resources},
 * at {@code /webjars/swagger-ui/<version>/}, in every profile, whatever this setting says, and with the
 * webjar's own page, which opens the Petstore sample from the network. That path answers 404 as any
 * unknown path does.
 */
@ApplicationScoped
public class SwaggerUi {

    static final String PATH = "/q/swagger-ui";
    /** Where Quarkus' static files would serve the webjar. */
    static final String WEBJAR_PATH = "/webjars/swagger-ui";
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final String WEBJAR_VERSION = "META-INF/maven/org.webjars/swagger-ui/pom.properties";

    /** A file of the page: its content type, and where it is: vcgate's own resource, or a file of the webjar. */
    record Asset(String contentType, boolean ours, String resource) {
    }

    /** The page's files, by the name it loads each under {@link #PATH}. */
    static final Map<String, Asset> ASSETS = Map.of(
            "swagger-ui.css", new Asset("text/css;charset=UTF-8", false, "swagger-ui.css"),
            "swagger-ui-bundle.js", new Asset("text/javascript;charset=UTF-8", false, "swagger-ui-bundle.js"),
            "swagger-ui-standalone-preset.js", new Asset("text/javascript;charset=UTF-8", false, "swagger-ui-standalone-preset.js"),
            "favicon-32x32.png", new Asset("image/png", false, "favicon-32x32.png"),
            "vcgate-swagger-ui.js", new Asset("text/javascript;charset=UTF-8", true, "swagger-ui/vcgate-swagger-ui.js"));
    private static final Asset PAGE = new Asset("text/html;charset=UTF-8", true, "swagger-ui/index.html");

    /**
     * Scripts and styles from this origin only (the page has no inline script); Swagger UI sets inline
     * styles and draws its icons from {@code data:} images; "Try it out" calls this origin.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @Inject
    SwaggerUiConfig config;

    @Inject
    Problems problems;

    private final Map<Asset, Buffer> read = new ConcurrentHashMap<>();

    void install(@Observes Router router) {
        router.route(WEBJAR_PATH).handler(this::notHere);
        router.route(WEBJAR_PATH + "/*").handler(this::notHere);
        if (!config.enabled()) {
            return;
        }
        router.get(PATH).handler(rc -> serve(rc, PAGE));
        router.get(PATH + "/").handler(rc -> serve(rc, PAGE));
        ASSETS.forEach((name, asset) -> router.get(PATH + "/" + name).handler(rc -> serve(rc, asset)));
    }

    private void notHere(RoutingContext rc) {
        problems.send(rc, problems.web(new NotFoundException(), null));
    }

    private void serve(RoutingContext rc, Asset asset) {
        Buffer kept = read.get(asset);
        if (kept != null) {
            send(rc, asset, kept);
            return;
        }
        rc.vertx().<Buffer>executeBlocking(() -> read.computeIfAbsent(asset, SwaggerUi::resource), false)
                .onSuccess(body -> send(rc, asset, body))
                .onFailure(rc::fail);
    }

    private static void send(RoutingContext rc, Asset asset, Buffer body) {
        var response = rc.response()
                .putHeader("Content-Type", asset.contentType())
                .putHeader("X-Content-Type-Options", "nosniff");
        if (asset == PAGE) {
            response.putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        response.end(body);
    }

    private static Buffer resource(Asset asset) {
        return Buffer.buffer(bytes(asset.ours() ? asset.resource() : WEBJAR + webjarVersion() + "/" + asset.resource()));
    }

    /** The webjar's version, from its own Maven metadata: pom.xml pins it once ({@code swagger-ui.version}). */
    private static String webjarVersion() {
        Properties metadata = new Properties();
        try (InputStream in = open(WEBJAR_VERSION)) {
            metadata.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return metadata.getProperty("version");
    }

    private static byte[] bytes(String path) {
        try (InputStream in = open(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String path) {
        InputStream in = SwaggerUi.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " is not in the application");
        }
        return in;
    }
}
