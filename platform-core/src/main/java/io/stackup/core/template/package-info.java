/**
 * Templates: a maturity scale, a capability catalog, a questionnaire and lead-qualification rules, in one document
 * ({@code docs/spec/template-format.md}). This package is the feature's API: the model, the scoring engine's
 * entry points and the services.
 */
@NullMarked
package io.stackup.core.template;

import org.jspecify.annotations.NullMarked;
