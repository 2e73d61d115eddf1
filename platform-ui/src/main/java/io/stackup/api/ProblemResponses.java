package io.stackup.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.HttpStatus;

/**
 * The problem responses an API operation gives beyond those every operation of its kind gives (which
 * {@link ApiDocumentation} adds by itself: 401, 403 and 503 for {@code /api}, 404 with a path variable, 400 with
 * parameters or a body), for its OpenAPI document: 409 and 422 where docs/spec/api.md names them, 406 for a choice of
 * representation. Each status must have a problem response among the document's components.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ProblemResponses {

    HttpStatus[] value();
}
