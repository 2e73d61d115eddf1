/**
 * Templates: a maturity scale, a capability catalog, a questionnaire and lead-qualification rules, in one document
 * ({@code docs/spec/template-format.md}). This package is the feature's API: the model (immutable records),
 * {@link io.stackup.core.template.TemplateService} with its ids, summaries and exceptions.
 *
 * <p>Below it, each with one job: {@code document} reads, validates and writes template documents and answers;
 * {@code scoring} compiles a template and scores answers into a result; {@code repository} stores versions. The model
 * depends on neither; the service is what ties them together. {@code document} and {@code scoring} do not
 * depend on each other (ArchitectureTest).
 */
@NullMarked
package io.stackup.core.template;

import org.jspecify.annotations.NullMarked;
