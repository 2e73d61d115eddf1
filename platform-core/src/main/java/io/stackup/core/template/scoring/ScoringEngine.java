package io.stackup.core.template.scoring;

import io.stackup.core.template.Answer;
import io.stackup.core.template.Template;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The scoring engine: what a template and its answers mean (docs/spec/template-format.md, "Scoring" and
 * "Qualification"; the result as docs/spec/api.md's "The result" shows it). Pure: no I/O, no clock, no randomness; the
 * same inputs always give an equal result.
 *
 * <p>Scoring needs a template compiled into indexes ({@link PreparedTemplate}). {@link #prepare(Template)} compiles
 * one explicitly, for callers that keep it; {@link #score(Template, Map, Map, String, boolean) score} compiles on
 * demand and remembers the last template it compiled, by identity, so repeated calls with the same instance compile
 * once. That memo never changes a result. The engine is thread-safe and may be shared as a singleton.
 *
 * <p>Templates and answers are expected to be valid (see the template reader); the engine checks only what it needs
 * to resolve keys and refuses the rest with {@link IllegalArgumentException}. Where the spec leaves room, the readings
 * chosen are in docs/adr/0006-scoring-engine.md.
 */
public final class ScoringEngine {

    private volatile @Nullable PreparedTemplate last;

    /**
     * Compiles a template for scoring. Costs time linear in the template's size; the result is immutable and
     * thread-safe.
     *
     * @throws IllegalArgumentException when the template refers to something it does not define
     */
    public PreparedTemplate prepare(Template template) {
        return new PreparedTemplate(template);
    }

    /**
     * Scores answers against a template; equivalent to {@code prepare(template).score(answers, targetOverrides,
     * interviewId, complete)}, see {@link PreparedTemplate#score(Map, Map, String, boolean)}.
     *
     * @return the result, never {@code null}
     */
    public Result score(
            Template template,
            Map<String, Answer> answers,
            Map<String, String> targetOverrides,
            @Nullable String interviewId,
            boolean complete) {
        PreparedTemplate prepared = last;
        if (prepared == null || prepared.template() != template) {
            prepared = prepare(template);
            last = prepared;
        }
        return prepared.score(answers, targetOverrides, interviewId, complete);
    }
}
