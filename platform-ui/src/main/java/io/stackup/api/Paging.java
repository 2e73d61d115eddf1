package io.stackup.api;

import io.stackup.core.template.Problem;
import io.stackup.core.template.ProblemsException;
import java.util.List;

/**
 * A page request of a list endpoint, {@code ?page=0&size=50}: page from 0, size 1..{@value #MAX_SIZE}. The answer is
 * {@code { "items": [...], "page", "size", "total" }} ({@link Page}).
 */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 500;

    /** @throws InvalidPagingException for a negative page or a size outside 1..500 */
    public static Paging of(int page, int size) {
        if (page < 0) {
            throw new InvalidPagingException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidPagingException("size", "must be between 1 and " + MAX_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidPagingException("page", "is beyond the end of any list");
        }
        return new Paging(page, size);
    }

    public int offset() {
        return page * size;
    }

    public <T> Page<T> page(List<T> items, int total) {
        return new Page<>(items, page, size, total);
    }

    /** One page of a list. */
    public record Page<T>(List<T> items, int page, int size, int total) {}

    /** A page parameter out of range: one problem, at the parameter's name. */
    public static final class InvalidPagingException extends ProblemsException {

        private final String parameter;

        InvalidPagingException(String parameter, String message) {
            super(message, List.of(new Problem(parameter, message)));
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }
}
