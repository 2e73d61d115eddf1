package io.stackup.api;

import io.stackup.core.assessment.LinkNotActiveException;
import io.stackup.core.assessment.PublicLinkConflictException;
import io.stackup.core.assessment.PublicLinkNotFoundException;
import io.stackup.core.assessment.PublicLinkValidationException;
import io.stackup.core.assessment.RateLimitedException;
import io.stackup.core.assessment.SelfAssessmentValidationException;
import io.stackup.core.interview.InterviewConflictException;
import io.stackup.core.interview.InterviewIncompleteException;
import io.stackup.core.interview.InterviewNotFoundException;
import io.stackup.core.interview.InterviewValidationException;
import io.stackup.core.prospect.ProspectConflictException;
import io.stackup.core.prospect.ProspectNotFoundException;
import io.stackup.core.prospect.ProspectValidationException;
import io.stackup.core.template.AnswerValidationException;
import io.stackup.core.template.Problem;
import io.stackup.core.template.TemplateConflictException;
import io.stackup.core.template.TemplateNotFoundException;
import io.stackup.core.template.TemplateValidationException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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

    @ExceptionHandler(TemplateValidationException.class)
    ProblemDetail invalidTemplate(TemplateValidationException e) {
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST,
                "invalid-template",
                "Invalid template",
                e.problems().size() + " problem(s) in the document; nothing was stored. Fix each one at its path.");
        problem.setProperty("errors", errors(e.problems()));
        return problem;
    }

    @ExceptionHandler(AnswerValidationException.class)
    ProblemDetail invalidAnswers(AnswerValidationException e) {
        ProblemDetail problem = problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "invalid-answer",
                "Answers do not fit the questions",
                "Each error names an answer that does not fit its question; nothing was stored.");
        problem.setProperty("errors", errors(e.problems()));
        return problem;
    }

    @ExceptionHandler(TemplateNotFoundException.class)
    ProblemDetail notFound(TemplateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "No such template. Check the id.");
    }

    @ExceptionHandler(TemplateConflictException.class)
    ProblemDetail conflict(TemplateConflictException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage());
    }

    @ExceptionHandler(ProspectNotFoundException.class)
    ProblemDetail prospectNotFound(ProspectNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "No such prospect. Check the id.");
    }

    @ExceptionHandler(InterviewNotFoundException.class)
    ProblemDetail interviewNotFound(InterviewNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "No such interview. Check the id.");
    }

    @ExceptionHandler(ProspectValidationException.class)
    ProblemDetail invalidProspect(ProspectValidationException e) {
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST,
                "invalid-prospect",
                "Invalid prospect",
                "Each error names a field that does not fit; nothing was stored.");
        problem.setProperty("errors", errors(e.problems()));
        return problem;
    }

    @ExceptionHandler(InterviewValidationException.class)
    ProblemDetail invalidInterview(InterviewValidationException e) {
        ProblemDetail problem = problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "invalid-interview",
                "The interview cannot be assigned like this",
                "Each error names what does not fit; nothing was stored.");
        problem.setProperty("errors", errors(e.problems()));
        return problem;
    }

    @ExceptionHandler(InterviewIncompleteException.class)
    ProblemDetail incomplete(InterviewIncompleteException e) {
        ProblemDetail problem = problem(
                HttpStatus.CONFLICT,
                "interview-incomplete",
                "Required questions are unanswered",
                "Answer every question in 'missing', then complete the interview again.");
        problem.setProperty("missing", e.missing());
        return problem;
    }

    @ExceptionHandler({InterviewConflictException.class, ProspectConflictException.class})
    ProblemDetail stateConflict(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage());
    }

    @ExceptionHandler(Paging.InvalidPagingException.class)
    ProblemDetail badPage(Paging.InvalidPagingException e) {
        ProblemDetail problem =
                problem(HttpStatus.BAD_REQUEST, "invalid-page", "Invalid page", e.parameter() + " " + e.getMessage());
        problem.setProperty("errors", List.of(Map.of("path", e.parameter(), "message", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(PublicLinkNotFoundException.class)
    ProblemDetail publicLinkNotFound(PublicLinkNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "No such public link. Check the id.");
    }

    @ExceptionHandler(PublicLinkValidationException.class)
    ProblemDetail invalidPublicLink(PublicLinkValidationException e) {
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST,
                "invalid-public-link",
                "Invalid public link",
                "Each error names a field that does not fit; nothing was stored.");
        problem.setProperty("errors", errors(e.problems()));
        return problem;
    }

    @ExceptionHandler(PublicLinkConflictException.class)
    ProblemDetail publicLinkConflict(PublicLinkConflictException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage());
    }

    @ExceptionHandler(LinkNotActiveException.class)
    ProblemDetail linkNotActive(LinkNotActiveException e) {
        return problem(
                HttpStatus.NOT_FOUND,
                "link-not-active",
                "This link is not active",
                "Ask whoever sent it to you for a current link.");
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(
                        HttpHeaders.RETRY_AFTER,
                        Long.toString(Math.max(1, e.retryAfter().toSeconds())))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests", e.getMessage()));
    }

    @ExceptionHandler(SelfAssessmentValidationException.class)
    ProblemDetail invalidSelfAssessment(SelfAssessmentValidationException e) {
        ProblemDetail problem = problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "invalid-self-assessment",
                "The answers cannot be sent like this",
                "Each error names a field or answer that does not fit; nothing was stored.");
        problem.setProperty("errors", errors(e.problems()));
        return problem;
    }

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", e.getMessage());
        problem.setProperty("errors", errors(e.problems()));
        return problem;
    }

    private static List<Map<String, String>> errors(List<Problem> problems) {
        return problems.stream()
                .map(p -> Map.of("path", p.path(), "message", p.message()))
                .toList();
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, @Nullable String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://stackup.io/problems/" + type));
        problem.setTitle(title);
        return problem;
    }
}
