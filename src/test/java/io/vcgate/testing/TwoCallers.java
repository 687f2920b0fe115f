package io.vcgate.testing;

import io.vcgate.core.Caller;

/**
 * Two vCenter callers of the simulator, interleaved: call {@code i} is made by admin for the even
 * fixtures and by automation for the odd ones, so the VM a backend call names tells who asked for it.
 */
public final class TwoCallers {

    public static final Caller ADMIN = new Caller("administrator@vsphere.local", "VMware1!");
    public static final Caller AUTOMATION = new Caller("automation@vsphere.local", "VMware1!");

    private TwoCallers() {
    }

    /** Who makes call {@code i}. */
    public static Caller caller(int i) {
        return i % 2 == 0 ? ADMIN : AUTOMATION;
    }

    /** The fixture call {@code i} asks for: vm-100 to vm-107, even ones for admin. */
    public static String vm(int i) {
        return "vm-10" + (i % 8);
    }

    /** The user who asked for {@code vm}. */
    public static String askedBy(String vm) {
        return caller(vm.charAt(vm.length() - 1) - '0').username();
    }
}
