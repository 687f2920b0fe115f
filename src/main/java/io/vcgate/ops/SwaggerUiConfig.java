package io.vcgate.ops;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Swagger UI over the served contract ({@link SwaggerUi}): {@code vcgate.swagger-ui.*}. */
@ConfigMapping(prefix = "vcgate.swagger-ui")
public interface SwaggerUiConfig {

    /**
     * Whether {@code /q/swagger-ui} serves Swagger UI over {@code /q/openapi}. Off in production, where
     * nobody should be invited to type a vCenter password into a web page; on in dev mode and tests.
     * Off, the page and its files are not routes at all.
     */
    @WithDefault("false")
    boolean enabled();
}
