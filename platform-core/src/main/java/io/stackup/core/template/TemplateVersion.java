package io.stackup.core.template;

/** What an import or a publish made: the version's id, key, version and status. */
public record TemplateVersion(TemplateId id, String key, String version, TemplateStatus status) {}
