package io.vcgate.vcenter;

/**
 * The gateway as freshly started, for tests: the only caller of {@link Vcenters}' one test seam
 * ({@code renew}, package-private). Every vCenter is built afresh from configuration: no session (the old
 * ones are logged out), nothing learned, no rejected password remembered, every circuit closed.
 */
public final class FreshGateway {

    private FreshGateway() {
    }

    public static void renew(Vcenters vcenters) {
        vcenters.renew();
    }
}
