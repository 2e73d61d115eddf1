package io.stackup.ui.interview.conversation;

import io.stackup.core.template.Answer;
import io.stackup.core.template.Option;
import io.stackup.core.template.Question;
import io.stackup.core.template.QuestionType;
import io.stackup.core.template.Scale;
import io.stackup.ui.shell.Fragment;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The markup of the question cards in conversation mode: the question, its talking points, the answer controls of its
 * type (large buttons for a choice, checkboxes for a checklist, a number or a text), a note and the saved state.
 *
 * <p>A card is plain HTML, not a tree of server-side components: a screen of twenty cards would otherwise hold about a
 * thousand component nodes on the server (measured at ~750 KB a screen). The browser owns the card's state once it is
 * drawn; the device's script ({@link DeviceQueue}) reads it from the {@code data-} attributes, sends it to the view and
 * keeps it on the device until the server confirms it. Built with jsoup ({@link Fragment}), which escapes every text.
 */
final class CardHtml {

    private CardHtml() {}

    /**
     * @param translate a component's {@code getTranslation}
     * @param answers the saved answers (and notes) by question key
     */
    static String render(
            List<ConversationState.Card> cards,
            Scale scale,
            Map<String, Answer> answers,
            BiFunction<String, Object[], String> translate) {
        Fragment html = new Fragment();
        for (ConversationState.Card card : cards) {
            card(html.add("div"), card, scale, answers.get(card.question().key()), translate);
        }
        return html.html();
    }

    private static void card(
            Element div,
            ConversationState.Card card,
            Scale scale,
            @Nullable Answer answer,
            BiFunction<String, Object[], String> translate) {
        Question question = card.question();
        String key = question.key();
        div.addClass("stackup-card")
                .id("question-" + key)
                .attr("data-question", key)
                .attr("data-kind", kind(question.type()))
                .attr("data-touched", String.valueOf(answer instanceof Answer.Choices))
                .attr("tabindex", "-1")
                .attr("hidden", !card.visible());
        Element head = div.appendElement("div").addClass("stackup-card-head");
        Element number =
                head.appendElement("span").addClass("stackup-card-number").text(String.valueOf(card.position()));
        if (question.required()) {
            number.addClass("required");
        }
        head.appendElement("span").addClass("stackup-card-text").text(question.text());
        if (question.help() != null) {
            Element help = div.appendElement("details").addClass("stackup-card-help");
            help.appendElement("summary").text(translate.apply("conversation.talking-points", new Object[0]));
            help.appendElement("p").text(question.help());
        }
        controls(div.appendElement("div").addClass("stackup-card-controls"), question, scale, answer, translate);
        String note = translate.apply("conversation.note", new Object[0]);
        div.appendElement("textarea")
                .addClass("stackup-note")
                .id("note-" + key)
                .attr("data-field", "note")
                .attr("maxlength", "10000")
                .attr("rows", "2")
                .attr("placeholder", note)
                .attr("aria-label", note)
                .text(answer == null || answer.note() == null ? "" : answer.note());
        Element foot = div.appendElement("div").addClass("stackup-card-foot");
        foot.appendElement("span")
                .addClass("stackup-card-state")
                .id("state-" + key)
                .attr("role", "status");
        foot.appendElement("button")
                .attr("type", "button")
                .addClass("stackup-clear")
                .attr("data-clear", true)
                .id("clear-" + key)
                .attr("hidden", answer == null || !answer.isAnswered())
                .text(translate.apply("conversation.clear", new Object[0]));
    }

    private static void controls(
            Element controls,
            Question question,
            Scale scale,
            @Nullable Answer answer,
            BiFunction<String, Object[], String> translate) {
        String key = question.key();
        List<Option> options = question.effectiveOptions(scale);
        switch (question.type()) {
            case YES_NO, SINGLE, SCALE -> {
                String chosen = answer instanceof Answer.Choice c ? c.option() : null;
                Element group = controls.appendElement("div")
                        .addClass(question.type() == QuestionType.SCALE ? "stackup-scale" : "stackup-options")
                        .attr("role", "group");
                for (int i = 0; i < options.size(); i++) {
                    Option option = options.get(i);
                    Element button = group.appendElement("button")
                            .attr("type", "button")
                            .addClass("stackup-option")
                            .id("option-" + key + "-" + option.key())
                            .attr("data-option", option.key())
                            .attr("aria-pressed", String.valueOf(option.key().equals(chosen)))
                            .text(option.label());
                    if (i < 9) {
                        button.attr("title", translate.apply("conversation.key", new Object[] {i + 1}));
                    }
                }
            }
            case MULTI -> {
                List<String> checked = answer instanceof Answer.Choices c ? c.options() : List.of();
                Element list = controls.appendElement("div").addClass("stackup-checklist");
                for (Option option : options) {
                    Element label = list.appendElement("label").addClass("stackup-check");
                    label.appendElement("input")
                            .attr("type", "checkbox")
                            .id("option-" + key + "-" + option.key())
                            .attr("data-option", option.key())
                            .attr("checked", checked.contains(option.key()));
                    label.appendText(" " + option.label());
                }
            }
            case NUMBER -> {
                Element label = controls.appendElement("label").addClass("stackup-number");
                Element input = label.appendElement("input")
                        .attr("type", "number")
                        .attr("step", "any")
                        .attr("inputmode", "decimal")
                        .id("number-" + key)
                        .attr("data-field", "number");
                if (question.minValue() != null) {
                    input.attr("min", number(question.minValue()));
                }
                if (question.maxValue() != null) {
                    input.attr("max", number(question.maxValue()));
                }
                if (answer instanceof Answer.Number n) {
                    input.attr("value", number(n.number()));
                }
                if (question.unit() != null) {
                    label.appendText(" ");
                    label.appendElement("span").text(question.unit());
                }
            }
            case TEXT ->
                controls.appendElement("textarea")
                        .addClass("stackup-text")
                        .id("text-" + key)
                        .attr("data-field", "text")
                        .attr("maxlength", "10000")
                        .attr("rows", "3")
                        .text(answer instanceof Answer.Text t ? t.text() : "");
            default -> throw new IllegalStateException(question.type().name());
        }
    }

    private static String kind(QuestionType type) {
        return switch (type) {
            case YES_NO, SINGLE, SCALE -> "choice";
            case MULTI -> "multi";
            case NUMBER -> "number";
            case TEXT -> "text";
        };
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%s", value);
    }
}
