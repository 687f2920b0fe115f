package io.vcgate.session;

import io.smallrye.config.ConfigMapping;

/** The session policy of every vCenter: {@code vcgate.session.*} (each may override it, see VcentersConfig). */
@ConfigMapping(prefix = "vcgate.session")
public interface SessionsConfig extends SessionConfig {
}
