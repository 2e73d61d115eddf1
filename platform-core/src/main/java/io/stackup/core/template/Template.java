package io.stackup.core.template;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A template as docs/spec/template-format.md defines it, with every default made explicit. Immutable; lists are in
 * document order. Only a validated template is ever built (see {@code TemplateReader}), so references between its parts
 * hold.
 *
 * @param language a BCP 47 tag, {@code "en"} by default
 * @param defaultTarget a level key, or {@code null} for the highest level
 * @param qualification {@code null} when the document has none: every completed interview qualifies with score 0
 */
public record Template(
        String format,
        String key,
        String name,
        String version,
        String language,
        @Nullable String description,
        Scale scale,
        Scoring scoring,
        @Nullable String defaultTarget,
        List<Area> areas,
        Questionnaire questionnaire,
        @Nullable Qualification qualification) {

    public static final String FORMAT = "stackup-template/1";

    public Template {
        areas = List.copyOf(areas);
    }

    /** This template as another version of its key. */
    public Template withVersion(String newVersion) {
        return new Template(
                format,
                key,
                name,
                newVersion,
                language,
                description,
                scale,
                scoring,
                defaultTarget,
                areas,
                questionnaire,
                qualification);
    }
}
