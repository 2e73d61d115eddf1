package io.stackup.core.template;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A template version as stored: its document (the JSON of docs/spec/template-format.md, defaults explicit) and its
 * bookkeeping.
 *
 * @param lockVersion the optimistic lock: a save names the version it read, and fails if another save came between
 * @param mediaType how it was imported: {@code application/json} or {@code application/yaml}
 */
public record StoredTemplate(
        TemplateId id,
        String key,
        String version,
        String name,
        TemplateStatus status,
        String document,
        String mediaType,
        int lockVersion,
        Instant updatedAt,
        String updatedBy,
        @Nullable Instant publishedAt) {}
