package io.stackup.api;

import java.net.URI;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every API error as RFC 9457 problem details, with a message that says what to do. */
@RestControllerAdvice(basePackages = "io.stackup.api")
class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", "Your roles do not allow this call.");
    }

    @ExceptionHandler(PermissionDeniedDataAccessException.class)
    ProblemDetail refused(PermissionDeniedDataAccessException e) {
        return problem(
                HttpStatus.FORBIDDEN,
                "refused",
                "Refused",
                "This object is not part of your tenant, so it cannot be changed.");
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://stackup.io/problems/" + type));
        problem.setTitle(title);
        return problem;
    }
}
