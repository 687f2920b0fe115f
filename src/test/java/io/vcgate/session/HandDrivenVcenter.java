package io.vcgate.session;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vcgate.core.Backend;
import io.vcgate.core.Caller;

/**
 * A vCenter whose every login and call waits until the test answers it, so that a test sets the order in
 * which a pool's logins, calls and rejections happen, one step at a time, without threads or sleeps.
 * Sessions are "s1", "s2", ... in login order. It unifies sessions (a session is good on both APIs) unless
 * told it refuses the other API's session; {@link #restart()} forgets every session. A logout of a session
 * while a call on it is still unanswered is recorded: the pool must never do that.
 */
final class HandDrivenVcenter {

    /** A call waiting for its answer: on which API, with which session. */
    record Pending(Backend backend, String session, UniEmitter<? super String> answer) {
    }

    /** What one call through the pool gave its caller, once it ended. */
    static final class Result {
        String value;
        Throwable failure;

        boolean done() {
            return value != null || failure != null;
        }
    }

    static final class Gone extends RuntimeException {
        Gone() {
            super("vCenter: the session is not authenticated", null, false, false);
        }
    }

    private final List<Runnable> logins = new ArrayList<>();
    private final List<Pending> calls = new ArrayList<>();
    private final Set<String> alive = new HashSet<>();
    private final List<String> openedOnRest = new ArrayList<>();
    private final List<String> loginUsers = new ArrayList<>();
    final List<String> loggedOut = new ArrayList<>();
    final List<String> loggedOutWhileHeld = new ArrayList<>();
    private boolean refusesTheOtherApisSession;
    private int sessions;

    final SessionPool.Side rest = side(Backend.REST);
    final SessionPool.Side soap = side(Backend.SOAP);

    private SessionPool.Side side(Backend backend) {
        return new SessionPool.Side(backend, caller -> Uni.createFrom().<String> emitter(e -> logins.add(() -> {
            // answered by completeLogins(): a session opened on this API for this user
            String id = "s" + ++sessions;
            alive.add(id);
            loginUsers.add(caller.username());
            if (backend == Backend.REST) {
                openedOnRest.add(id);
            }
            e.complete(id);
        })), session -> Uni.createFrom().voidItem().invoke(() -> {
            loggedOut.add(session);
            if (calls.stream().anyMatch(c -> c.session().equals(session))) {
                loggedOutWhileHeld.add(session);
            }
            alive.remove(session);
        }));
    }

    /** A call of {@code caller} through the pool on {@code side}; it waits for the test to answer it. */
    Result call(SessionPool pool, Caller caller, SessionPool.Side side) {
        Result result = new Result();
        pool.<String> withSession(caller, side, session -> Uni.createFrom().<String> emitter(e -> calls.add(new Pending(side.backend(), session, e))),
                Gone.class::isInstance).subscribe().with(v -> result.value = v, f -> result.failure = f);
        return result;
    }

    /** Answers every login under way, oldest first: each opens a session. */
    void completeLogins() {
        while (!logins.isEmpty()) {
            logins.remove(0).run();
        }
    }

    /** Answers the oldest call under way on {@code backend}: its session's id if vCenter knows the session, else "not authenticated". */
    void answer(Backend backend) {
        Pending call = calls.stream().filter(c -> c.backend() == backend).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + backend + " call under way"));
        calls.remove(call);
        boolean refused = refusesTheOtherApisSession && openedOnRest.contains(call.session()) != (backend == Backend.REST);
        if (alive.contains(call.session()) && !refused) {
            call.answer().complete(call.session());
        } else {
            call.answer().fail(new Gone());
        }
    }

    /** Answers every login and call under way, and those they lead to, until none is left. */
    void answerAll() {
        while (!logins.isEmpty() || !calls.isEmpty()) {
            completeLogins();
            if (!calls.isEmpty()) {
                answer(calls.get(0).backend());
            }
        }
    }

    /** vCenter restarts: it forgets every session. */
    void restart() {
        alive.clear();
    }

    /** vCenter takes a session only on the API that opened it (one whose version says otherwise). */
    void refuseTheOtherApisSession() {
        refusesTheOtherApisSession = true;
    }

    /** Logins of {@code user} so far. */
    long logins(String user) {
        return loginUsers.stream().filter(user::equals).count();
    }

    int callsUnderWay() {
        return calls.size();
    }
}
