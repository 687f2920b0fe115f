package io.vcgate.compat.session;

import java.time.Instant;

import io.vcgate.core.Caller;

/**
 * What a session id vcgate issued stands for: the caller whose vCenter credentials serve its requests,
 * the vCenter it was issued for (it is honoured there only) and when it was issued. Its {@code toString}
 * shows no password ({@link Caller#toString()}).
 */
public record CompatSession(Caller caller, String vcenter, Instant issuedAt) {
}
