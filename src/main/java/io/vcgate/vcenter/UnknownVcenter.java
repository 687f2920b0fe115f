package io.vcgate.vcenter;

/** A vCenter name the gateway is not configured with. */
public class UnknownVcenter extends RuntimeException {

    private final String vcenter;

    public UnknownVcenter(String vcenter) {
        super(Vcenters.DEFAULT.equals(vcenter)
                ? "This gateway has no default vCenter (vcgate.vcenter.url): name one, /v1/vcenters/{vcenter}/..."
                : "This gateway knows no vCenter named '" + vcenter + "'.", null, false, false);
        this.vcenter = vcenter;
    }

    public String vcenter() {
        return vcenter;
    }
}
