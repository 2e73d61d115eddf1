package io.stackup.core.interview;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/** Lets the assignment mail go out off the request's thread ({@link InterviewMailer}). */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {}
