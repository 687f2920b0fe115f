package io.vcgate.simulator;

import io.vcgate.vim25.InvalidLoginFaultMsg;
import io.vcgate.vim25.LoginRequestType;
import io.vcgate.vim25.LogoutRequestType;
import io.vcgate.vim25.RuntimeFaultFaultMsg;
import io.vcgate.vim25.SessionIsActiveRequestType;
import io.vcgate.vim25.UserSession;

/** The simulated SessionManager: sessions live in the {@code vmware_soap_session} cookie, as on vCenter. */
final class SessionManager implements SoapDispatcher.ManagedObject {

    @Override
    public void register(SoapDispatcher dispatcher) {
        dispatcher.on("Login", LoginRequestType.class, this::login);
        dispatcher.on("Logout", LogoutRequestType.class, this::logout);
        dispatcher.on("SessionIsActive", SessionIsActiveRequestType.class, this::sessionIsActive);
    }

    private UserSession login(SoapCall call, LoginRequestType request) throws InvalidLoginFaultMsg {
        String userName = request.getUserName();
        if (!SimulatorState.validUser(userName, request.getPassword())) {
            call.ledger().call(VcenterApi.SOAP, "Login", null, null);
            throw SoapFaults.invalidLogin();
        }
        String id = call.state().openSession(VcenterApi.SOAP, userName);
        call.ledger().login(VcenterApi.SOAP, userName);
        call.ledger().call(VcenterApi.SOAP, "Login", userName, id);
        call.startSession(id);
        String locale = request.getLocale() == null ? "en" : request.getLocale();
        UserSession session = new UserSession();
        session.setKey(id.substring(0, 8) + "-session");
        session.setUserName(userName);
        session.setFullName(Fixtures.USERS.getOrDefault(userName, userName));
        session.setLoginTime(Vim.time(SimulatorState.now()));
        session.setLastActiveTime(Vim.time(SimulatorState.now()));
        session.setLocale(locale);
        session.setMessageLocale(locale);
        return session;
    }

    private Void logout(SoapCall call, LogoutRequestType request) throws RuntimeFaultFaultMsg {
        String user = call.requireUser("Logout");
        call.state().closeSession(VcenterApi.SOAP, call.sessionId());
        call.ledger().logout(VcenterApi.SOAP, user);
        return null;
    }

    private Boolean sessionIsActive(SoapCall call, SessionIsActiveRequestType request) throws RuntimeFaultFaultMsg {
        call.requireUser("SessionIsActive");
        return call.state().sessionUser(VcenterApi.SOAP, request.getSessionID()).map(u -> u.equals(request.getUserName())).orElse(false);
    }
}
