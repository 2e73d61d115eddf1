/**
 * The scoring engine (docs/spec/template-format.md "Scoring" and "Qualification"; docs/adr/0006-scoring-engine.md):
 * {@link io.stackup.core.template.scoring.ScoringEngine} compiles a template into a
 * {@link io.stackup.core.template.scoring.PreparedTemplate}, which scores answers into a
 * {@link io.stackup.core.template.scoring.Result}; {@link io.stackup.core.template.scoring.ResultDocument} is that
 * result as docs/spec/api.md writes it, which is also how a completed interview stores it, so it lives next to the result and
 * not with presentation. The compiled questions and conditions, the scorers of each mode, the roadmap and the
 * qualifier are package-private. Depends on the model only, never on documents: templates reach it already validated.
 */
@NullMarked
package io.stackup.core.template.scoring;

import org.jspecify.annotations.NullMarked;
