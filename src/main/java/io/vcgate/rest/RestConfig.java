package io.vcgate.rest;

import io.smallrye.config.ConfigMapping;
import io.vcgate.session.SessionConfig;

/** REST backend sessions: {@code vcgate.rest.session.*}. Transport settings live under {@code quarkus.rest-client.vcenter-rest.*}. */
@ConfigMapping(prefix = "vcgate.rest")
public interface RestConfig {

    SessionConfig session();
}
