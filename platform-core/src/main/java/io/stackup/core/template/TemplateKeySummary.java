package io.stackup.core.template;

import java.time.Instant;

/**
 * A line of the template list grouped by key: the key's latest version (the one made last, draft or published) with
 * its name and status, how many versions the key has and how many interviews use any of them.
 */
public record TemplateKeySummary(
        String key,
        String name,
        TemplateId latestId,
        String latestVersion,
        TemplateStatus latestStatus,
        Instant updatedAt,
        int versions,
        int interviews) {}
