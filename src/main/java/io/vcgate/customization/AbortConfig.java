package io.vcgate.customization;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long an abort may wait for its Task: {@code vcgate.abort.*}. */
@ConfigMapping(prefix = "vcgate.abort")
public interface AbortConfig {

    /** Longest an abort may wait for its Task ({@code ?wait=}); a longer wait waits this long. */
    @WithDefault("PT60S")
    Duration maxWait();
}
