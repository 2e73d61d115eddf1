package io.stackup.core.template;

/** One version of a key in the grouped template list, with how many interviews use that version. */
public record TemplateVersionSummary(TemplateSummary version, int interviews) {}
