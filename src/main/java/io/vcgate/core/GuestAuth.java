package io.vcgate.core;

/**
 * Guest credentials for a guest operation: vim25's four GuestAuthentication kinds. Secrets never reach
 * {@link #toString()}.
 */
public sealed interface GuestAuth {

    boolean interactiveSession();

    /** vim25 NamePasswordAuthentication. */
    record Password(String username, String password, boolean interactiveSession) implements GuestAuth {
        @Override
        public String toString() {
            return "GuestAuth.Password[" + username + "]";
        }
    }

    /** vim25 SAMLTokenAuthentication; username is optional. */
    record Saml(String token, String username, boolean interactiveSession) implements GuestAuth {
        @Override
        public String toString() {
            return "GuestAuth.Saml[" + (username == null ? "" : username) + "]";
        }
    }

    /** vim25 SSPIAuthentication. */
    record Sspi(String sspiToken, boolean interactiveSession) implements GuestAuth {
        @Override
        public String toString() {
            return "GuestAuth.Sspi[]";
        }
    }

    /** vim25 TicketedSessionAuthentication. */
    record Ticket(String ticket, boolean interactiveSession) implements GuestAuth {
        @Override
        public String toString() {
            return "GuestAuth.Ticket[]";
        }
    }
}
