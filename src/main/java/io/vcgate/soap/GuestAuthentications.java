package io.vcgate.soap;

import io.vcgate.core.GuestAuth;
import io.vcgate.vim25.GuestAuthentication;
import io.vcgate.vim25.NamePasswordAuthentication;
import io.vcgate.vim25.SAMLTokenAuthentication;
import io.vcgate.vim25.SSPIAuthentication;
import io.vcgate.vim25.TicketedSessionAuthentication;

/** vcgate's guest credentials as vim25's four GuestAuthentication subtypes. */
final class GuestAuthentications {

    private GuestAuthentications() {
    }

    static GuestAuthentication of(GuestAuth auth) {
        GuestAuthentication vim;
        if (auth instanceof GuestAuth.Password p) {
            NamePasswordAuthentication a = new NamePasswordAuthentication();
            a.setUsername(p.username());
            a.setPassword(p.password());
            vim = a;
        } else if (auth instanceof GuestAuth.Saml s) {
            SAMLTokenAuthentication a = new SAMLTokenAuthentication();
            a.setToken(s.token());
            a.setUsername(s.username());
            vim = a;
        } else if (auth instanceof GuestAuth.Sspi s) {
            SSPIAuthentication a = new SSPIAuthentication();
            a.setSspiToken(s.sspiToken());
            vim = a;
        } else {
            TicketedSessionAuthentication a = new TicketedSessionAuthentication();
            a.setTicket(((GuestAuth.Ticket) auth).ticket());
            vim = a;
        }
        vim.setInteractiveSession(auth.interactiveSession());
        return vim;
    }
}
