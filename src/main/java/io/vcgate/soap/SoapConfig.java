package io.vcgate.soap;

import io.smallrye.config.ConfigMapping;
import io.vcgate.session.SessionConfig;

/** SOAP backend sessions: {@code vcgate.soap.session.*}. Transport settings live under {@code quarkus.cxf.client.vim.*}. */
@ConfigMapping(prefix = "vcgate.soap")
public interface SoapConfig {

    SessionConfig session();
}
