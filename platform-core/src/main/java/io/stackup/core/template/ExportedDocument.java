package io.stackup.core.template;

/** A template written out as a document: {@code application/json} or {@code application/yaml}, and a file name. */
public record ExportedDocument(String mediaType, String content, String fileName) {}
