package io.stackup.api.signup;

import io.stackup.api.ProblemResponses;
import io.stackup.core.signup.SignupRateLimitedException;
import io.stackup.security.ProblemWriter;
import io.stackup.tenantadmin.signup.FieldProblem;
import io.stackup.tenantadmin.signup.SignupRequest;
import io.stackup.tenantadmin.signup.SignupService;
import io.stackup.tenantadmin.signup.SignupValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Self sign-up (docs/spec/api.md, "Sign-up"): anonymous, no token. Answers 202 "check your inbox" alike for a new and a
 * known e-mail address; 422 naming each field that does not fit; 429 past the rate limits, before Keycloak is asked.
 */
@RestController
@RequestMapping("/api/v1/signups")
@Tag(name = "Sign-up")
class SignupController {

    private final SignupService signups;

    SignupController(SignupService signups) {
        this.signups = signups;
    }

    record SignupBody(
            @Nullable String companyName,
            @Nullable String slug,
            @Nullable String firstName,
            @Nullable String lastName,
            @Nullable String email,
            @Nullable String password,
            @Nullable String passwordConfirmation) {}

    record Accepted(String email, String status) {}

    @PostMapping
    @SecurityRequirements
    @Operation(
            summary = "Sign a company up: a pending tenant and its admin, active once the e-mail address is verified")
    @ApiResponse(responseCode = "202", description = "Check the inbox of this address (also for a known address)")
    @ProblemResponses(HttpStatus.UNPROCESSABLE_CONTENT)
    ResponseEntity<Accepted> signUp(@RequestBody SignupBody body, HttpServletRequest request) {
        SignupService.Receipt receipt = signups.signUp(
                new SignupRequest(
                        text(body.companyName()),
                        text(body.slug()),
                        text(body.firstName()),
                        text(body.lastName()),
                        text(body.email()),
                        text(body.password()),
                        text(body.passwordConfirmation() == null ? body.password() : body.passwordConfirmation())),
                request.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Accepted(receipt.email(), "check-your-inbox"));
    }

    @ExceptionHandler(SignupValidationException.class)
    ResponseEntity<ProblemDetail> invalid(SignupValidationException e) {
        ProblemDetail problem = ProblemWriter.problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "invalid-signup",
                "The sign-up cannot be made like this",
                "Each error names a field that does not fit; nothing was created.");
        problem.setProperty("errors", errors(e.problems()));
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }

    @ExceptionHandler(SignupRateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(SignupRateLimitedException e) {
        ProblemDetail problem = ProblemWriter.problem(
                HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests", e.getMessage());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(
                        HttpHeaders.RETRY_AFTER,
                        Long.toString(Math.max(1, e.retryAfter().toSeconds())))
                .body(problem);
    }

    /** One entry of {@code errors[]}, its members always in this order. */
    record SignupError(String path, String code, String message) {}

    private static List<SignupError> errors(List<FieldProblem> problems) {
        return problems.stream()
                .map(p -> new SignupError("$." + p.field(), p.code(), p.message()))
                .toList();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
