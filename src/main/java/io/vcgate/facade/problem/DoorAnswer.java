package io.vcgate.facade.problem;

import java.util.Map;

/** An answer as one door writes it: its HTTP status, media type, JSON body and extra headers (Retry-After). */
public record DoorAnswer(int status, String mediaType, Object body, Map<String, String> headers) {
}
