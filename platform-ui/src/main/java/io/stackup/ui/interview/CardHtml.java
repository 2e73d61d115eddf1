package io.stackup.ui.interview;

import static io.stackup.core.shared.Markup.escape;

import io.stackup.core.template.Answer;
import io.stackup.core.template.Option;
import io.stackup.core.template.Question;
import io.stackup.core.template.QuestionType;
import io.stackup.core.template.Scale;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The markup of one question card in conversation mode: the question, its talking points, the answer controls of its
 * type (large buttons for a choice, checkboxes for a checklist, a number or a text), a note and the saved state.
 *
 * <p>A card is plain HTML, not a tree of server-side components: a screen of twenty cards would otherwise hold about a
 * thousand component nodes on the server (measured at ~750 KB a screen). The browser owns the card's state once it is
 * drawn; {@link DeviceQueue}'s script reads it from the {@code data-} attributes, sends it to the view and keeps it on
 * the device until the server confirms it. Every text from the template is escaped.
 */
final class CardHtml {

    private CardHtml() {}

    /**
     * @param translate the view's {@code getTranslation}
     * @param answer the saved answer (and note), or {@code null}
     */
    static String render(
            Question question,
            Scale scale,
            int position,
            @Nullable Answer answer,
            boolean visible,
            BiFunction<String, Object[], String> translate) {
        String key = escape(question.key());
        StringBuilder html = new StringBuilder(1024);
        html.append("<div class=\"stackup-card\" id=\"question-")
                .append(key)
                .append("\" data-question=\"")
                .append(key)
                .append("\" data-kind=\"")
                .append(kind(question.type()))
                .append("\" data-touched=\"")
                .append(answer instanceof Answer.Choices)
                .append("\" tabindex=\"-1\"")
                .append(visible ? "" : " hidden")
                .append('>');
        html.append("<div class=\"stackup-card-head\"><span class=\"stackup-card-number")
                .append(question.required() ? " required" : "")
                .append("\">")
                .append(position)
                .append("</span><span class=\"stackup-card-text\">")
                .append(escape(question.text()))
                .append("</span></div>");
        if (question.help() != null) {
            html.append("<details class=\"stackup-card-help\"><summary>")
                    .append(escape(translate.apply("conversation.talking-points", new Object[0])))
                    .append("</summary><p>")
                    .append(escape(question.help()))
                    .append("</p></details>");
        }
        html.append("<div class=\"stackup-card-controls\">");
        controls(html, question, scale, answer, translate);
        html.append("</div>");
        html.append("<textarea class=\"stackup-note\" id=\"note-")
                .append(key)
                .append("\" data-field=\"note\" maxlength=\"10000\" rows=\"2\" placeholder=\"")
                .append(escape(translate.apply("conversation.note", new Object[0])))
                .append("\" aria-label=\"")
                .append(escape(translate.apply("conversation.note", new Object[0])))
                .append("\">")
                .append(answer == null || answer.note() == null ? "" : escape(answer.note()))
                .append("</textarea>");
        html.append("<div class=\"stackup-card-foot\"><span class=\"stackup-card-state\" id=\"state-")
                .append(key)
                .append(
                        "\" role=\"status\"></span><button type=\"button\" class=\"stackup-clear\" data-clear id=\"clear-")
                .append(key)
                .append('"')
                .append(answer != null && answer.isAnswered() ? "" : " hidden")
                .append('>')
                .append(escape(translate.apply("conversation.clear", new Object[0])))
                .append("</button></div></div>");
        return html.toString();
    }

    private static void controls(
            StringBuilder html,
            Question question,
            Scale scale,
            @Nullable Answer answer,
            BiFunction<String, Object[], String> translate) {
        String key = escape(question.key());
        List<Option> options = question.effectiveOptions(scale);
        switch (question.type()) {
            case YES_NO, SINGLE, SCALE -> {
                String chosen = answer instanceof Answer.Choice c ? c.option() : null;
                html.append("<div class=\"")
                        .append(question.type() == QuestionType.SCALE ? "stackup-scale" : "stackup-options")
                        .append("\" role=\"group\">");
                for (int i = 0; i < options.size(); i++) {
                    Option option = options.get(i);
                    html.append("<button type=\"button\" class=\"stackup-option\" id=\"option-")
                            .append(key)
                            .append('-')
                            .append(escape(option.key()))
                            .append("\" data-option=\"")
                            .append(escape(option.key()))
                            .append("\" aria-pressed=\"")
                            .append(option.key().equals(chosen))
                            .append('"');
                    if (i < 9) {
                        html.append(" title=\"")
                                .append(escape(translate.apply("conversation.key", new Object[] {i + 1})))
                                .append('"');
                    }
                    html.append('>').append(escape(option.label())).append("</button>");
                }
                html.append("</div>");
            }
            case MULTI -> {
                List<String> checked = answer instanceof Answer.Choices c ? c.options() : List.of();
                html.append("<div class=\"stackup-checklist\">");
                for (Option option : options) {
                    html.append("<label class=\"stackup-check\"><input type=\"checkbox\" id=\"option-")
                            .append(key)
                            .append('-')
                            .append(escape(option.key()))
                            .append("\" data-option=\"")
                            .append(escape(option.key()))
                            .append('"')
                            .append(checked.contains(option.key()) ? " checked" : "")
                            .append("> ")
                            .append(escape(option.label()))
                            .append("</label>");
                }
                html.append("</div>");
            }
            case NUMBER -> {
                html.append(
                                "<label class=\"stackup-number\"><input type=\"number\" step=\"any\" inputmode=\"decimal\" id=\"number-")
                        .append(key)
                        .append("\" data-field=\"number\"");
                if (question.minValue() != null) {
                    html.append(" min=\"").append(number(question.minValue())).append('"');
                }
                if (question.maxValue() != null) {
                    html.append(" max=\"").append(number(question.maxValue())).append('"');
                }
                if (answer instanceof Answer.Number n) {
                    html.append(" value=\"").append(number(n.number())).append('"');
                }
                html.append('>');
                if (question.unit() != null) {
                    html.append(" <span>").append(escape(question.unit())).append("</span>");
                }
                html.append("</label>");
            }
            case TEXT ->
                html.append("<textarea class=\"stackup-text\" id=\"text-")
                        .append(key)
                        .append("\" data-field=\"text\" maxlength=\"10000\" rows=\"3\">")
                        .append(answer instanceof Answer.Text t ? escape(t.text()) : "")
                        .append("</textarea>");
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
