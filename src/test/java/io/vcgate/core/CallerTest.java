package io.vcgate.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void aWrongPasswordNeverSharesTheSessionKeyOfTheRightOne() {
        Caller right = new Caller("administrator@vsphere.local", "VMware1!");
        Caller wrong = new Caller("administrator@vsphere.local", "guess");
        assertNotEquals(right.sessionKey(), wrong.sessionKey());
        assertEquals(right.sessionKey(), new Caller("administrator@vsphere.local", "VMware1!").sessionKey());
    }

    @Test
    void thePasswordAppearsNeitherInTheKeyNorInToString() {
        Caller caller = new Caller("alice", "s3cret-VMware1!");
        assertFalse(caller.sessionKey().contains("s3cret"));
        assertFalse(caller.toString().contains("s3cret"));
    }

    @Test
    void guestSecretsStayOutOfToString() {
        assertFalse(new GuestAuth.Password("root", "guest-pass", false).toString().contains("guest-pass"));
        assertFalse(new GuestAuth.Saml("TOKEN", "u", false).toString().contains("TOKEN"));
        assertFalse(new GuestAuth.Sspi("SSPI", false).toString().contains("SSPI"));
        assertFalse(new GuestAuth.Ticket("TICKET", false).toString().contains("TICKET"));
    }
}
