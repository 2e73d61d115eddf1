package io.stackup.ui.interview.conversation;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * The server time of one answer given in conversation mode: from the device's message reaching its handler
 * ({@link AnswerSync#answer}) to the handler's end, the save and what the screen is told included, Vaadin's own
 * request handling around it not. {@code stackup_conversation_answer_seconds} on {@code /actuator/prometheus}, with
 * its p50 and p99 over the last minutes (what {@code bench/ConversationLoad} reads).
 */
@Component
class ConversationMetrics {

    private final Timer answer;

    ConversationMetrics(MeterRegistry registry) {
        this.answer = Timer.builder("stackup.conversation.answer")
                .description("Server time of one answer given in conversation mode")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
    }

    Timer answer() {
        return answer;
    }
}
