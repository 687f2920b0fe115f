package io.vcgate.testing;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.restassured.specification.RequestSpecification;

/**
 * REST Assured requests whose every response is validated against specs/gateway.openapi.yaml, so the
 * code and the contract cannot drift. Requests are not validated: many tests send bad ones on purpose.
 */
public final class Contract {

    public static final String ADMIN = "administrator@vsphere.local";
    public static final String PASSWORD = "VMware1!";

    private static final OpenApiValidationFilter RESPONSES = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl("specs/gateway.openapi.yaml")
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Contract() {
    }

    /** As the administrator. */
    public static RequestSpecification api() {
        return anonymous().auth().preemptive().basic(ADMIN, PASSWORD);
    }

    public static RequestSpecification anonymous() {
        return given().filter(RESPONSES);
    }

    public static String abortBody(String user, String password) {
        return "{\"credentials\":{\"type\":\"password\",\"username\":\"" + user + "\",\"password\":\"" + password + "\"}}";
    }
}
