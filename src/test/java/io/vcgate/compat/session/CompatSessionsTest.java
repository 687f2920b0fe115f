package io.vcgate.compat.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import io.vcgate.compat.session.CompatSessionRefused.Reason;
import io.vcgate.core.Caller;

/**
 * Sealed session ids as replicas see them: each {@link CompatSessions} here is one replica, sharing the
 * key (or not) and one fake clock.
 */
class CompatSessionsTest {

    static final String KEY = "04EAqgwWxTFmk/cJE+d6t/ynGf9Ft3NnxrmQ8Fzvr/Y=";
    static final String OTHER_KEY = "3q2+7wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhs=";
    static final String PASSWORD = "Sup3r-Secret-Passw0rd!";
    static final Caller ALICE = new Caller("alice@vsphere.local", PASSWORD);
    static final Duration IDLE = Duration.ofMinutes(30);
    static final Duration MAX = Duration.ofHours(12);

    /** A clock that moves only when told. */
    static final class FakeClock implements InstantSource {
        private Instant now = Instant.parse("2026-12-01T08:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }
    }

    final FakeClock clock = new FakeClock();

    CompatSessions replica(String key) {
        return new CompatSessions(Optional.ofNullable(key), IDLE, MAX, 100_000, 100_000, clock);
    }

    CompatSessions replica(int revokedMax, int servedMax) {
        return new CompatSessions(Optional.of(KEY), IDLE, MAX, revokedMax, servedMax, clock);
    }

    static Reason refusal(Executable call) {
        return assertThrows(CompatSessionRefused.class, call).reason();
    }

    @Test
    void anIdStandsForItsCallerAndVcenter() {
        CompatSessions sessions = replica(KEY);
        String id = sessions.issue(ALICE, "default");
        assertTrue(id.startsWith("vcg1."));
        CompatSession session = sessions.resolve(id, "default");
        assertEquals(ALICE, session.caller());
        assertEquals(PASSWORD, session.caller().password());
        assertEquals("default", session.vcenter());
        assertEquals(clock.instant(), session.issuedAt());
        assertNotEquals(id, sessions.issue(ALICE, "default"), "each id is new");
    }

    @Test
    void passwordsOfAnyCharactersComeBackAsTheyWere() {
        CompatSessions sessions = replica(KEY);
        for (String password : List.of("", "a\u0000b", "päss wörd ✓ 🔑", "x".repeat(3000), "\u0001\u0002")) {
            Caller caller = new Caller("bob", password);
            assertEquals(caller, sessions.resolve(sessions.issue(caller, "site-a"), "site-a").caller());
        }
    }

    @Test
    void replicasSharingTheKeyHonourEachOthersIds() {
        CompatSessions a = replica(KEY);
        CompatSessions b = replica(KEY);
        assertEquals(ALICE, b.resolve(a.issue(ALICE, "default"), "default").caller());
        assertEquals(ALICE, a.resolve(b.issue(ALICE, "default"), "default").caller());
    }

    @Test
    void anotherKeysIdsAreRefusedAsMalformed() {
        String id = replica(KEY).issue(ALICE, "default");
        assertEquals(Reason.MALFORMED, refusal(() -> replica(OTHER_KEY).resolve(id, "default")));
        assertEquals(Reason.MALFORMED, refusal(() -> replica((String) null).resolve(id, "default")), "a random key is another key");
    }

    @Test
    void withoutAKeyEachReplicaHonoursOnlyItsOwnIds() {
        CompatSessions a = replica((String) null);
        CompatSessions b = replica((String) null);
        assertEquals(ALICE, a.resolve(a.issue(ALICE, "default"), "default").caller());
        assertEquals(Reason.MALFORMED, refusal(() -> b.resolve(a.issue(ALICE, "default"), "default")));
    }

    @Test
    void changingAnyCharacterOfAnIdRefusesIt() {
        CompatSessions sessions = replica(KEY);
        String id = sessions.issue(ALICE, "default");
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = 0; i < id.length(); i++) {
            char original = id.charAt(i);
            char other = alphabet.charAt((alphabet.indexOf(original) + 1) % alphabet.length());
            String altered = id.substring(0, i) + other + id.substring(i + 1);
            int at = i;
            assertEquals(Reason.MALFORMED, refusal(() -> sessions.resolve(altered, "default")), "character " + at);
        }
        // Every bit of the sealed bytes, flipped one at a time
        byte[] sealed = Base64.getUrlDecoder().decode(id.substring("vcg1.".length()));
        for (int bit = 0; bit < sealed.length * 8; bit++) {
            byte[] flipped = sealed.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            String altered = "vcg1." + Base64.getUrlEncoder().withoutPadding().encodeToString(flipped);
            int at = bit;
            assertEquals(Reason.MALFORMED, refusal(() -> sessions.resolve(altered, "default")), "bit " + at);
        }
        assertEquals(Reason.MALFORMED, refusal(() -> sessions.resolve(id + "A", "default")), "longer");
        assertEquals(Reason.MALFORMED, refusal(() -> sessions.resolve(id.substring(0, id.length() - 1), "default")), "shorter");
        assertEquals(Reason.MALFORMED, refusal(() -> sessions.resolve("vcg2." + id.substring(5), "default")), "another version");
        assertEquals(ALICE, sessions.resolve(id, "default").caller(), "the id itself still holds");
    }

    @Test
    void anIdHasOneSpellingOnly() {
        CompatSessions sessions = replica(KEY);
        Caller caller = new Caller("erin", "p".repeat(200)); // 284 sealed bytes: the last character carries 4 bits and 2 unused ones
        String id = sessions.issue(caller, "default");
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        int last = alphabet.indexOf(id.charAt(id.length() - 1));
        assertEquals(0, last & 3, "the unused bits are zero");
        for (int unused = 1; unused < 4; unused++) {
            String respelled = id.substring(0, id.length() - 1) + alphabet.charAt(last | unused);
            assertEquals(Reason.MALFORMED, refusal(() -> sessions.resolve(respelled, "default")), "the same bytes spelled otherwise");
        }
        assertEquals(caller, sessions.resolve(id, "default").caller());
    }

    @Test
    void anIdIsHonouredOnlyForItsVcenter() {
        CompatSessions sessions = replica(KEY);
        String id = sessions.issue(ALICE, "a");
        assertEquals(Reason.OTHER_VCENTER, refusal(() -> sessions.resolve(id, "b")));
        assertEquals(Reason.OTHER_VCENTER, refusal(() -> sessions.resolve(id, "A")));
        assertEquals(ALICE, sessions.resolve(id, "a").caller());
    }

    @Test
    void missingBlankGarbageAndOverlongIdsAreRefusedWithoutAnyOtherException() {
        CompatSessions sessions = replica(KEY);
        assertEquals(Reason.MISSING, refusal(() -> sessions.resolve(null, "default")));
        assertEquals(Reason.MISSING, refusal(() -> sessions.resolve("", "default")));
        assertEquals(Reason.MISSING, refusal(() -> sessions.resolve("  \t", "default")));
        List<String> garbage = new ArrayList<>(List.of("vcg1.", "vcg1", "vcg1.=", "vcg1.!!!!", "vcg1.AAAA", "vcg1.A", "vcg1..",
                "52f0d6c3-8e40-4b0e-bb4d-2ea2a0f1e0a1", "vmware-api-session-id", "vcg1." + "A".repeat(300),
                "vcg1." + "A".repeat(301), "vcg1." + "A".repeat(302), "vcg1." + "/".repeat(300), "vcg1. " + "A".repeat(300),
                "vcg1." + "A".repeat(10 * 1024), "x".repeat(10 * 1024), "vcg1.\u0000\u00ff€"));
        String id = sessions.issue(ALICE, "default");
        garbage.add(id.replace('-', '+').replace('_', '/')); // base64 instead of base64url: another alphabet
        garbage.add(id + "=="); // padded
        for (String bad : garbage) {
            if (!bad.equals(id)) {
                assertEquals(Reason.MALFORMED, refusal(() -> sessions.resolve(bad, "default")), bad.length() > 80 ? bad.substring(0, 80) : bad);
                assertEquals(Reason.MALFORMED, refusal(() -> sessions.logout(bad)));
            }
        }
        assertEquals(Reason.MISSING, refusal(() -> sessions.logout(null)));
    }

    @Test
    void anIdTellsNeitherTheUserNameNorThePasswordNorTheirLengths() {
        CompatSessions sessions = replica(KEY);
        Caller caller = new Caller("carol.administrator", "correct-horse-battery-staple");
        String id = sessions.issue(caller, "default");
        for (String secret : List.of(caller.username(), caller.password())) {
            assertFalse(id.contains(secret));
            for (int shift = 0; shift < 3; shift++) {
                byte[] bytes = ("x".repeat(shift) + secret).getBytes(StandardCharsets.UTF_8);
                for (Base64.Encoder encoder : List.of(Base64.getEncoder(), Base64.getUrlEncoder())) {
                    String encoded = encoder.withoutPadding().encodeToString(bytes);
                    // the characters fully determined by the secret alone, whatever came before it
                    String core = encoded.substring(shift == 0 ? 0 : 4, encoded.length() - 2);
                    assertFalse(id.contains(core), "base64 of " + (secret.equals(caller.password()) ? "the password" : "the user name"));
                }
            }
        }
        assertEquals(id.length(), sessions.issue(new Caller("c", "p"), "default").length(), "short and long credentials, one length");
    }

    @Test
    void nothingSaysASecret() {
        CompatSessions sessions = replica(KEY);
        String id = sessions.issue(ALICE, "a");
        List<CompatSessionRefused> refusals = new ArrayList<>();
        refusals.add(assertThrows(CompatSessionRefused.class, () -> sessions.resolve(id, "b")));
        refusals.add(assertThrows(CompatSessionRefused.class, () -> sessions.resolve(id.substring(0, id.length() - 2), "a")));
        refusals.add(assertThrows(CompatSessionRefused.class, () -> sessions.resolve(null, "a")));
        sessions.logout(id);
        refusals.add(assertThrows(CompatSessionRefused.class, () -> sessions.resolve(id, "a")));
        clock.advance(MAX.plusMinutes(1));
        refusals.add(assertThrows(CompatSessionRefused.class, () -> sessions.resolve(id, "a")));
        for (CompatSessionRefused refused : refusals) {
            for (String said : List.of(String.valueOf(refused.getMessage()), refused.toString())) {
                assertFalse(said.contains(id.substring(5, 20)), said);
                assertFalse(said.contains(PASSWORD), said);
                assertFalse(said.contains(ALICE.username()), said);
                assertFalse(said.contains(KEY.substring(0, 10)), said);
            }
            assertTrue(refused.toString().contains(refused.reason().name()));
        }
        String session = replica(KEY).resolve(replica(KEY).issue(ALICE, "a"), "a").toString();
        assertFalse(session.contains(PASSWORD), session);
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                () -> sessions.issue(new Caller("dave", "p".repeat(5000)), "a"));
        assertFalse(tooLong.getMessage().contains("ppp"));
    }

    @Test
    void anIdIdleOnOneReplicaIsRefusedThereWhileAReplicaThatServedItLaterOrNeverStillHonoursIt() {
        CompatSessions a = replica(KEY);
        CompatSessions b = replica(KEY);
        CompatSessions c = replica(KEY);
        String id = a.issue(ALICE, "default"); // a used it at issue
        b.resolve(id, "default");
        clock.advance(Duration.ofMinutes(20));
        b.resolve(id, "default");
        clock.advance(Duration.ofMinutes(11)); // 31 minutes unused on a, 11 on b, never on c
        assertEquals(Reason.EXPIRED, refusal(() -> a.resolve(id, "default")));
        assertEquals(ALICE, b.resolve(id, "default").caller());
        assertEquals(ALICE, c.resolve(id, "default").caller(), "the idle limit is per replica: c never served it");
        clock.advance(Duration.ofMinutes(29));
        assertEquals(Reason.EXPIRED, refusal(() -> a.resolve(id, "default")), "once idle, refused until its absolute end");
        assertEquals(ALICE, b.resolve(id, "default").caller());
    }

    @Test
    void anIdInUseLivesUntilItsAbsoluteLifetimeOnEveryReplica() {
        CompatSessions a = replica(KEY);
        CompatSessions b = replica(KEY);
        String id = a.issue(ALICE, "default");
        for (Duration lived = Duration.ZERO; lived.compareTo(MAX) < 0; lived = lived.plusMinutes(29)) {
            assertEquals(ALICE, a.resolve(id, "default").caller());
            assertEquals(ALICE, b.resolve(id, "default").caller());
            clock.advance(Duration.ofMinutes(29));
        }
        // 12 h 5 min: past the lifetime and the 30 s allowed for clocks apart
        assertEquals(Reason.EXPIRED, refusal(() -> a.resolve(id, "default")));
        assertEquals(Reason.EXPIRED, refusal(() -> b.resolve(id, "default")));
        assertEquals(Reason.EXPIRED, refusal(() -> replica(KEY).resolve(id, "default")), "also on a replica that never saw it");
    }

    @Test
    void theAbsoluteEndAllowsThirtySecondsForClocksApart() {
        CompatSessions sessions = replica(KEY);
        String id = sessions.issue(ALICE, "default");
        Instant end = clock.instant().plus(MAX).plus(CompatSessions.CLOCK_SKEW);
        while (clock.instant().plus(Duration.ofMinutes(29)).isBefore(end)) {
            clock.advance(Duration.ofMinutes(29));
            sessions.resolve(id, "default");
        }
        clock.advance(Duration.between(clock.instant(), end));
        assertEquals(ALICE, sessions.resolve(id, "default").caller(), "30 s past its lifetime: still honoured");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Reason.EXPIRED, refusal(() -> sessions.resolve(id, "default")));
    }

    @Test
    void anIdFromAReplicaWhoseClockIsFarAheadIsRefused() {
        FakeClock ahead = new FakeClock();
        ahead.advance(Duration.ofMinutes(5));
        String id = new CompatSessions(Optional.of(KEY), IDLE, MAX, 10, 10, ahead).issue(ALICE, "default");
        assertEquals(Reason.EXPIRED, refusal(() -> replica(KEY).resolve(id, "default")));
        ahead.advance(Duration.ofSeconds(-4 * 60 - 31)); // 29 s ahead
        String close = new CompatSessions(Optional.of(KEY), IDLE, MAX, 10, 10, ahead).issue(ALICE, "default");
        assertEquals(ALICE, replica(KEY).resolve(close, "default").caller());
    }

    @Test
    void logoutRefusesTheIdAtOnceOnThisReplicaAndOnlyHere() {
        CompatSessions a = replica(KEY);
        CompatSessions b = replica(KEY);
        String id = a.issue(ALICE, "default");
        String other = a.issue(ALICE, "default");
        b.resolve(id, "default");
        a.logout(id);
        assertEquals(Reason.LOGGED_OUT, refusal(() -> a.resolve(id, "default")));
        assertEquals(ALICE, a.resolve(other, "default").caller(), "the caller's other ids stay");
        assertEquals(ALICE, b.resolve(id, "default").caller(), "another replica is not told");
        a.logout(id); // again: no change
        clock.advance(Duration.ofMinutes(29));
        assertEquals(Reason.LOGGED_OUT, refusal(() -> a.resolve(id, "default")));
        clock.advance(MAX);
        assertEquals(Reason.EXPIRED, refusal(() -> a.resolve(id, "default")));
        a.logout(id); // past its end: nothing to do
    }

    @Test
    void refusedIdsAreRememberedUpToRevokedMaxTheOldestForgottenFirst() {
        CompatSessions sessions = replica(2, 100);
        String first = sessions.issue(ALICE, "default");
        String second = sessions.issue(ALICE, "default");
        String third = sessions.issue(ALICE, "default");
        sessions.logout(first);
        sessions.logout(second);
        sessions.logout(third);
        assertEquals(ALICE, sessions.resolve(first, "default").caller(), "forgotten: at most 2 refused ids");
        assertEquals(Reason.LOGGED_OUT, refusal(() -> sessions.resolve(second, "default")));
        assertEquals(Reason.LOGGED_OUT, refusal(() -> sessions.resolve(third, "default")));
    }

    @Test
    void refusedIdsPastTheirLifetimeMakeRoomBeforeAnyOtherIsForgotten() {
        CompatSessions sessions = replica(2, 100);
        String old = sessions.issue(ALICE, "default");
        clock.advance(Duration.ofHours(11));
        String recent = sessions.issue(ALICE, "default");
        sessions.logout(recent); // the oldest refusal
        sessions.logout(old);
        clock.advance(Duration.ofHours(1).plusMinutes(1)); // old is past its end
        String newest = sessions.issue(ALICE, "default");
        sessions.logout(newest);
        assertEquals(Reason.LOGGED_OUT, refusal(() -> sessions.resolve(recent, "default")), "old's room was taken, not recent's");
        assertEquals(Reason.LOGGED_OUT, refusal(() -> sessions.resolve(newest, "default")));
    }

    @Test
    void lastUsesAreRememberedUpToServedMaxTheLeastRecentlyUsedForgottenFirst() {
        CompatSessions sessions = replica(100, 2);
        String first = sessions.issue(ALICE, "default");
        String second = sessions.issue(ALICE, "default");
        sessions.resolve(first, "default");
        String third = sessions.issue(ALICE, "default"); // second is the least recently used: forgotten
        clock.advance(IDLE.plusMinutes(1));
        assertEquals(Reason.EXPIRED, refusal(() -> sessions.resolve(first, "default")));
        assertEquals(Reason.EXPIRED, refusal(() -> sessions.resolve(third, "default")));
        assertEquals(ALICE, sessions.resolve(second, "default").caller(), "forgotten, so as if never seen here");
    }

    @Test
    void lastUsesPastTheirLifetimeMakeRoomBeforeAnyOtherIsForgotten() {
        Duration idle = Duration.ofHours(11);
        CompatSessions sessions = new CompatSessions(Optional.of(KEY), idle, MAX, 100, 2, clock);
        String old = sessions.issue(ALICE, "default");
        clock.advance(Duration.ofHours(10));
        String recent = sessions.issue(ALICE, "default");
        sessions.resolve(old, "default"); // recent is now the least recently used
        clock.advance(Duration.ofHours(2).plusMinutes(1)); // old is past its end
        sessions.issue(ALICE, "default");
        clock.advance(idle.minusHours(2).plusMinutes(10)); // recent: 11 h 10 min unused, 10 h 50 min before its end
        assertEquals(Reason.EXPIRED, refusal(() -> sessions.resolve(recent, "default")), "still remembered, so idle too long");
    }

    @Test
    void aKeyThatIsNotBase64OfThirtyTwoBytesFailsStartUpNamingThePropertyNotTheKey() {
        for (String bad : List.of("not-a-key!", "c2hvcnQ=", Base64.getEncoder().encodeToString(new byte[33]),
                Base64.getEncoder().encodeToString(new byte[16]), KEY.substring(1), "%%%%" + KEY)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> replica(bad));
            assertTrue(e.getMessage().contains("vcgate.compat.sessions.key"), e.getMessage());
            assertTrue(e.getMessage().contains("32"), e.getMessage());
            assertFalse(e.getMessage().contains(bad), e.getMessage());
            assertFalse(e.getMessage().contains(bad.substring(0, 4)), e.getMessage());
            assertEquals(null, e.getCause(), "the decoder's message would quote the key");
        }
        assertEquals(ALICE, replica(" " + KEY + "\n").resolve(replica(KEY).issue(ALICE, "a"), "a").caller(),
                "a key read from a file may end with a new line");
        String url = KEY.replace('+', '-').replace('/', '_');
        assertEquals(ALICE, replica(url).resolve(replica(KEY).issue(ALICE, "a"), "a").caller(), "base64url is taken too");
    }
}
