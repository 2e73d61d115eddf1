package io.stackup.core.template;

import io.stackup.core.template.document.TemplateReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The templates shipped with Stackup and offered to every tenant to clone. Read once, through the same validator as
 * every import. Also the blank template a new one starts from.
 */
final class StarterTemplates {

    static final List<String> FILES =
            List.of("core-infrastructure-optimization.yaml", "information-security-maturity.yaml");

    private static volatile @Nullable List<Template> all;

    private StarterTemplates() {}

    static List<Template> all() {
        List<Template> loaded = all;
        if (loaded == null) {
            loaded = FILES.stream().map(StarterTemplates::read).toList();
            all = loaded;
        }
        return loaded;
    }

    /**
     * A minimal template under the given key and name: two levels, one area with one capability, one section with
     * one yes/no question. Not validated here: the key and name are the caller's.
     */
    static Template blank(String key, String name) {
        return new Template(
                Template.FORMAT,
                key,
                name,
                "0.1.0",
                "en",
                null,
                new Scale(List.of(new Level("basic", "Basic", null), new Level("advanced", "Advanced", null))),
                Scoring.gated(),
                null,
                List.of(new Area(
                        "area-1",
                        "Area 1",
                        null,
                        List.of(new Capability("capability-1", "Capability 1", null, 1, null, Map.of(), List.of())))),
                new Questionnaire(
                        name,
                        null,
                        List.of(new Section(
                                "section-1",
                                "Section 1",
                                List.of(new Question(
                                        "question-1",
                                        "capability-1",
                                        "Question 1",
                                        null,
                                        QuestionType.YES_NO,
                                        true,
                                        1,
                                        List.of(),
                                        null,
                                        List.of(),
                                        null,
                                        null,
                                        null,
                                        null))))),
                null);
    }

    private static Template read(String file) {
        try (InputStream in = StarterTemplates.class.getResourceAsStream("/starters/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Starter template " + file + " is missing from the classpath");
            }
            return TemplateReader.read(in.readAllBytes(), TemplateReader.Syntax.YAML);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
