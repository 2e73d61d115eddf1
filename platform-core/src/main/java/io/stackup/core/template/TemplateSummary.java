package io.stackup.core.template;

import java.time.Instant;

/** A line of the template list. */
public record TemplateSummary(
        TemplateId id, String key, String version, String name, TemplateStatus status, Instant updatedAt) {}
