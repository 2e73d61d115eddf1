package io.stackup.bench;

import io.stackup.core.template.Answer;
import io.stackup.core.template.ScoringMode;
import io.stackup.core.template.Template;
import io.stackup.core.template.scoring.PreparedTemplate;
import io.stackup.core.template.scoring.Result;
import io.stackup.core.template.scoring.ScoringEngine;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring a template of 500 capabilities and 2,000 questions ({@link LargeTemplate}): with a prepared template, through
 * the engine (which reuses the last prepared template), and the one-off cost of preparing it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoringBenchmark {

    @Param({"GATED", "WEIGHTED"})
    public ScoringMode mode;

    private ScoringEngine engine;
    private Template template;
    private PreparedTemplate prepared;
    private Map<String, Answer> answers;

    @Setup
    public void setUp() {
        engine = new ScoringEngine();
        template = LargeTemplate.template(mode);
        prepared = engine.prepare(template);
        answers = LargeTemplate.answers(template, 42);
    }

    @Benchmark
    public Result scorePrepared() {
        return prepared.score(answers, Map.of(), "bench", true);
    }

    @Benchmark
    public Result scoreThroughEngine() {
        return engine.score(template, answers, Map.of(), "bench", true);
    }

    @Benchmark
    public PreparedTemplate prepare() {
        return engine.prepare(template);
    }
}
