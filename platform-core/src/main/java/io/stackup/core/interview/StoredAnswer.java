package io.stackup.core.interview;

import io.stackup.core.template.Answer;
import java.time.Instant;

/**
 * An answer as saved: the last one given for its question wins.
 *
 * @param answeredBy the Keycloak id of who gave it
 */
public record StoredAnswer(String questionKey, Answer answer, String answeredBy, Instant answeredAt) {}
