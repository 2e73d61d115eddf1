package io.stackup.core.template;

/** A template written out in the syntax it was imported in. */
public record ExportedDocument(String mediaType, String content, String fileName) {}
