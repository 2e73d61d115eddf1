/**
 * Template documents (docs/spec/template-format.md) in and out: {@link io.stackup.core.template.document.TemplateReader}
 * parses and validates JSON or YAML into the model of {@code io.stackup.core.template}, all or nothing with every
 * problem found; {@link io.stackup.core.template.document.TemplateWriter} writes a template back;
 * {@link io.stackup.core.template.document.AnswerReader} checks answers given as JSON against a template. Only those
 * three are public: the tree walking, field checks and problem paths behind them stay inside. Depends on the model
 * only, never on scoring, so a document can be read without compiling it for scoring.
 */
@NullMarked
package io.stackup.core.template.document;

import org.jspecify.annotations.NullMarked;
