package io.vcgate.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vcgate.testing.Contract;

/** Swagger UI at /q/swagger-ui, on in tests ({@code %test.vcgate.swagger-ui.enabled}); off: HardenedGatewayTest. */
@QuarkusTest
class SwaggerUiTest {

    private static final Pattern LOADED = Pattern.compile("(?:src|href)=\"([^\"]+)\"");
    private static final Pattern CONTRACT = Pattern.compile("data-contract=\"([^\"]+)\"");
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "css", "text/css", "js", "text/javascript", "png", "image/png");

    @Test
    void thePageIsServedWithAndWithoutTheTrailingSlashAndNamesTheServedContract() {
        for (String path : List.of("/q/swagger-ui", "/q/swagger-ui/")) {
            given().get(path).then().statusCode(200)
                    .contentType(startsWith("text/html"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .body(containsString("data-contract=\"/q/openapi?format=json\""))
                    .body(not(containsString("<script>")));
        }
    }

    @Test
    void everyFileThePageLoadsIsServedWithItsContentType() {
        String page = given().get("/q/swagger-ui").then().statusCode(200).extract().asString();
        List<String> loaded = new ArrayList<>();
        Matcher matcher = LOADED.matcher(page);
        while (matcher.find()) {
            loaded.add(matcher.group(1));
        }
        assertEquals(List.of("/q/swagger-ui/swagger-ui.css", "/q/swagger-ui/favicon-32x32.png", "/q/swagger-ui/swagger-ui-bundle.js",
                "/q/swagger-ui/swagger-ui-standalone-preset.js", "/q/swagger-ui/vcgate-swagger-ui.js"), loaded);
        for (String file : loaded) {
            String type = CONTENT_TYPES.get(file.substring(file.lastIndexOf('.') + 1));
            byte[] body = given().get(file).then().statusCode(200).contentType(startsWith(type))
                    .header("X-Content-Type-Options", "nosniff").extract().asByteArray();
            assertTrue(body.length > 0, file + " is empty");
        }
        given().get("/q/swagger-ui/vcgate-swagger-ui.js").then()
                .body(containsString("SwaggerUIBundle("), containsString("persistAuthorization: false"), containsString("validatorUrl: null"));
    }

    @Test
    void theContractThePageNamesIsServed() {
        Matcher contract = CONTRACT.matcher(given().get("/q/swagger-ui").then().extract().asString());
        assertTrue(contract.find(), "the page names its contract");
        given().get(contract.group(1)).then().statusCode(200).contentType(startsWith("application/json"))
                .body("info.title", equalTo("vcgate guest customization API"))
                .body("servers[0].url", equalTo("/")); // "Try it out" calls the page's own origin
    }

    @Test
    void onlyThePageAndItsFilesAreServedNeverTheWebjarsOwn() throws IOException {
        given().get("/q/swagger-ui/index.html").then().statusCode(404);
        given().get("/q/swagger-ui/swagger-initializer.js").then().statusCode(404);
        String version = webjarVersion();
        for (String path : List.of("/webjars/swagger-ui", "/webjars/swagger-ui/", "/webjars/swagger-ui/" + version + "/",
                "/webjars/swagger-ui/" + version + "/index.html", "/webjars/swagger-ui/" + version + "/swagger-initializer.js",
                "/webjars/swagger-ui/" + version + "/swagger-ui.css", "/webjars//swagger-ui/" + version + "/index.html")) {
            given().get(path).then().statusCode(404).contentType(startsWith("application/problem+json"))
                    .body("type", equalTo("https://vcgate.dev/problems/not-found"));
        }
    }

    /** The webjar's version on the class path (where Quarkus would serve it). */
    static String webjarVersion() throws IOException {
        Properties metadata = new Properties();
        try (InputStream in = SwaggerUiTest.class.getClassLoader().getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            metadata.load(in);
        }
        return metadata.getProperty("version");
    }

    @Test
    void nothingOfItIsUnderV1() {
        for (String path : List.of("/v1/q/swagger-ui", "/v1/q/swagger-ui/", "/v1/swagger-ui", "/v1/q/swagger-ui/swagger-ui-bundle.js",
                "/v1/q/swagger-ui/vcgate-swagger-ui.js")) {
            // 404, or 400 where the facade's edge refuses the path itself (a trailing slash)
            given().auth().preemptive().basic(Contract.ADMIN, Contract.PASSWORD).get(path).then()
                    .statusCode(path.endsWith("/") ? 400 : 404)
                    .contentType(startsWith("application/problem+json"));
        }
    }
}
