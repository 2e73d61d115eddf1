package io.stackup.ui.interview.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.template.Answer;
import io.stackup.core.template.Question;
import io.stackup.core.template.Template;
import io.stackup.core.template.document.TemplateReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A card's markup carries the template's texts and the saved note as text, never as markup. */
class CardHtmlTest {

    static final String TRICKY = "Users & <b>groups</b> \"quoted\" </textarea><script>alert(1)</script>";

    @Test
    void texts_from_the_template_and_the_note_are_escaped_and_the_state_is_in_the_data_attributes() throws IOException {
        Template template = template();
        Question question = template.questionnaire()
                .questions()
                .filter(q -> q.key().equals("has-dir"))
                .findFirst()
                .orElseThrow();
        String html = CardHtml.render(
                List.of(new ConversationState.Card(question, 7, false)),
                template.scale(),
                Map.of("has-dir", new Answer.Choice("yes", TRICKY)),
                (key, args) -> key + (args.length == 0 ? "" : " " + args[0]));

        Document parsed = Jsoup.parseBodyFragment(html);
        assertThat(parsed.select("script")).isEmpty();
        Element card = parsed.selectFirst("[data-question=has-dir]");
        assertThat(card).isNotNull();
        assertThat(card.attr("data-kind")).isEqualTo("choice");
        assertThat(card.hasAttr("hidden")).isTrue();
        assertThat(card.selectFirst(".stackup-card-text").text()).isEqualTo(TRICKY);
        assertThat(card.selectFirst(".stackup-card-number").text()).isEqualTo("7");
        assertThat(card.selectFirst("#note-has-dir").wholeText()).isEqualTo(TRICKY);
        assertThat(card.select("button[data-option]"))
                .extracting(b -> b.attr("data-option") + "=" + b.attr("aria-pressed"))
                .containsExactly("yes=true", "no=false");
        assertThat(card.selectFirst("#clear-has-dir").hasAttr("hidden"))
                .as("an answered card can be cleared")
                .isFalse();
    }

    private static Template template() throws IOException {
        try (InputStream in = CardHtmlTest.class.getResourceAsStream("/templates/mini-io.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace(
                            "Do you have a directory service that authenticates your users?",
                            TRICKY.replace("\"", "\\\""));
            return TemplateReader.readJson(json);
        }
    }
}
