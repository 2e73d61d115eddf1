package io.stackup.api;

/**
 * One entry of a problem's {@code errors[]}: where in the request ({@code path}, e.g. {@code $.name}) and what does
 * not fit there. A record, so that its members are written in this order every time (a {@code Map.of} changes its
 * order with each start of the JVM).
 */
public record FieldError(String path, String message) {}
