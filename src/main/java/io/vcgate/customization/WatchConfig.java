package io.vcgate.customization;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Following customizations and Tasks to their end: {@code vcgate.watch.*}. */
@ConfigMapping(prefix = "vcgate.watch")
public interface WatchConfig {

    /** How long an event stream follows when the caller gives no {@code timeout}. */
    @WithDefault("PT10M")
    Duration defaultTimeout();

    /** The longest {@code timeout} of an event stream and {@code wait} of a long poll; longer ones are cut to it. */
    @WithDefault("PT1H")
    Duration maxTimeout();

    /** Between two comment lines of a quiet event stream, so proxies keep it open. */
    @WithDefault("15s")
    Duration heartbeat();

    /** Watches (streams and long polls) one caller may have open at once; beyond, 429. */
    @WithDefault("256")
    int maxPerCaller();

    /** Watches this replica follows at once, all callers together; beyond, 503. */
    @WithDefault("4096")
    int maxTotal();

    /** How long one WaitForUpdatesEx waits in vCenter before it is asked again (below the SOAP read timeout). */
    @WithDefault("20s")
    Duration pollWait();

    /**
     * After a WaitForUpdatesEx that reported changes, how long a caller's loop lets more changes gather
     * before it waits again: a busy caller's changes (a farm's) cost one wait, not one each, for at most
     * this much more delay on a change that comes right after another. 0 waits again at once.
     */
    @WithDefault("200ms")
    Duration gather();
}
