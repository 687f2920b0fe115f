package io.vcgate.vcenter;

import java.util.OptionalInt;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigSourceInterceptorFactory;
import io.smallrye.config.FallbackConfigSourceInterceptor;
import io.smallrye.config.Priorities;

/**
 * A key a vCenter does not set is the global one: {@code vcgate.vcenters.<name>.session.*} falls back to
 * {@code vcgate.session.*}, {@code vcgate.vcenters.<name>.resilience.*} to {@code vcgate.resilience.*},
 * and {@code vcgate.vcenters.default.url} to {@code vcgate.vcenter.url}. (Registered in
 * META-INF/services/io.smallrye.config.ConfigSourceInterceptorFactory.)
 */
public class VcenterConfigFallbacks implements ConfigSourceInterceptorFactory {

    static final String PREFIX = "vcgate.vcenters.";

    @Override
    public ConfigSourceInterceptor getInterceptor(ConfigSourceInterceptorContext context) {
        return new FallbackConfigSourceInterceptor(VcenterConfigFallbacks::fallback);
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(Priorities.LIBRARY + 600);
    }

    /** The global key a per-vCenter key falls back to; any other key is itself. */
    static String fallback(String name) {
        if (!name.startsWith(PREFIX)) {
            return name;
        }
        int end = name.indexOf('.', PREFIX.length());
        if (end < 0) {
            return name;
        }
        String vcenter = name.substring(PREFIX.length(), end);
        String key = name.substring(end + 1);
        if (key.startsWith("session.") || key.startsWith("resilience.")) {
            return "vcgate." + key;
        }
        if (key.equals("url") && Vcenters.DEFAULT.equals(vcenter)) {
            return "vcgate.vcenter.url";
        }
        return name;
    }
}
