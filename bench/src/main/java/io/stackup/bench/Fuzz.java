package io.stackup.bench;

import io.stackup.core.template.AnswerValidationException;
import io.stackup.core.template.Option;
import io.stackup.core.template.Question;
import io.stackup.core.template.Template;
import io.stackup.core.template.TemplateValidationException;
import io.stackup.core.template.document.AnswerReader;
import io.stackup.core.template.document.TemplateReader;
import io.stackup.core.template.document.TemplateWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded fuzzing of what reads untrusted input in Stackup: the template import (JSON and YAML, {@link TemplateReader})
 * and the answer reader ({@link AnswerReader}). Every input must end in a result or in a refusal that lists problems;
 * any other outcome (an exception, an error, a refusal without problems) is a crash, printed with the input's number
 * so that {@code Fuzz <inputs> <seed> <number>} replays exactly that input.
 *
 * <p>Inputs are generated, not random bytes alone: the starter templates written as JSON and YAML are mutated byte by
 * byte, token by token (noise, YAML anchors and aliases, huge numbers, control characters, deep nesting, long names)
 * and spliced into each other; answers are made for real and made-up questions from a vocabulary of what an answer
 * can hold, with values of every JSON type. Jazzer does not resolve from this machine's Maven Central mirror, hence
 * seeded generators (issue 13 allows either).
 *
 * <pre>java -cp bench/target/benchmarks.jar io.stackup.bench.Fuzz 1000000 1</pre>
 */
public final class Fuzz {

    private static final String[] TOKENS = {
        "{",
        "}",
        "[",
        "]",
        "\"",
        ":",
        ",",
        "-",
        " ",
        "\n",
        "\t",
        "!",
        "&a ",
        "*a",
        "&b ",
        "*b",
        "? ",
        "|",
        ">",
        "#",
        "'",
        "\\",
        "\\u0000",
        "\u0000",
        "\u0007",
        "\u001b",
        "\uFEFF",
        "\uD800",
        "é",
        "null",
        "true",
        "~",
        "0x1F",
        "0o17",
        ".inf",
        "-.nan",
        "1e309",
        "-0",
        "9".repeat(150),
        "1." + "5".repeat(120),
        "n".repeat(2000),
        "[".repeat(80),
        "{\"a\":".repeat(70),
        "- ".repeat(70),
        "!!binary ",
        "!!str ",
        "!custom ",
        "---\n",
        "...\n",
        "%YAML 1.2\n",
        "<<: *a\n",
        "key: ",
        "points: ",
        "requires: ",
        "anyOf: ",
        "option: "
    };

    private final List<byte[]> seeds = new ArrayList<>();
    private final List<TemplateReader.Syntax> syntaxes = new ArrayList<>();
    private final List<Template> templates = new ArrayList<>();

    private long accepted;
    private long refused;
    private long crashes;

    private Fuzz() {
        for (String file : List.of("core-infrastructure-optimization.yaml", "information-security-maturity.yaml")) {
            byte[] yaml = resource("/starters/" + file);
            Template template = TemplateReader.read(yaml, TemplateReader.Syntax.YAML);
            templates.add(template);
            add(yaml, TemplateReader.Syntax.YAML);
            add(TemplateWriter.write(template).getBytes(StandardCharsets.UTF_8), TemplateReader.Syntax.JSON);
            add(TemplateWriter.writeYaml(template).getBytes(StandardCharsets.UTF_8), TemplateReader.Syntax.YAML);
        }
    }

    public static void main(String[] args) {
        long inputs = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        long only = args.length > 2 ? Long.parseLong(args[2]) : -1;
        Fuzz fuzz = new Fuzz();
        long started = System.nanoTime();
        for (long i = 0; i < inputs; i++) {
            if (only >= 0 && i != only) {
                continue;
            }
            SplittableRandom random = new SplittableRandom(seed * 1_000_003 + i);
            if (i % 2 == 0) {
                fuzz.template(i, random);
            } else {
                fuzz.answer(i, random);
            }
            if ((i + 1) % 100_000 == 0) {
                System.out.printf(
                        "%,d inputs, %,d accepted, %,d refused, %,d crashes, %.0f s%n",
                        i + 1, fuzz.accepted, fuzz.refused, fuzz.crashes, (System.nanoTime() - started) / 1e9);
            }
        }
        System.out.printf(
                "Fuzz: %,d inputs (seed %d): %,d accepted, %,d refused with problems, %,d crashes, in %.0f s%n",
                only >= 0 ? 1 : inputs,
                seed,
                fuzz.accepted,
                fuzz.refused,
                fuzz.crashes,
                (System.nanoTime() - started) / 1e9);
        if (fuzz.crashes > 0) {
            System.exit(1);
        }
    }

    private void template(long number, SplittableRandom random) {
        int which = random.nextInt(seeds.size());
        byte[] document = mutate(seeds.get(which), random);
        TemplateReader.Syntax syntax =
                random.nextInt(10) == 0 ? TemplateReader.Syntax.values()[random.nextInt(2)] : syntaxes.get(which);
        try {
            TemplateReader.read(document, syntax);
            accepted++;
        } catch (TemplateValidationException e) {
            check(number, e.problems().isEmpty(), "template refused without problems", document);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            crash(number, e, document);
        }
    }

    private void answer(long number, SplittableRandom random) {
        Template template = templates.get(random.nextInt(templates.size()));
        List<Question> questions = template.questionnaire().questions().toList();
        Question question = questions.get(random.nextInt(questions.size()));
        String key = random.nextInt(20) == 0 ? word(random) : question.key();
        List<Option> options = question.effectiveOptions(template.scale());
        String json = random.nextInt(3) == 0 ? wellFormed(question, options, random) : answerJson(options, random);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(4) == 0) {
            bytes = mutate(bytes, random);
        }
        try {
            AnswerReader.read(template, key, new String(bytes, StandardCharsets.UTF_8));
            accepted++;
        } catch (AnswerValidationException e) {
            check(number, e.problems().isEmpty(), "answer refused without problems", bytes);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            crash(number, e, bytes);
        }
    }

    /** An answer of the question's own form, with values that may still be out of range. */
    private static String wellFormed(Question question, List<Option> options, SplittableRandom random) {
        String option = options.isEmpty()
                ? "x"
                : options.get(random.nextInt(options.size())).key();
        String note = random.nextBoolean() ? "" : ",\"note\":\"" + escape(text(random)) + "\"";
        return switch (question.type()) {
            case YES_NO, SINGLE, SCALE -> "{\"option\":\"" + option + "\"" + note + "}";
            case MULTI -> "{\"options\":[\"" + option + "\"]" + note + "}";
            case NUMBER -> "{\"number\":" + (random.nextInt(1, 1000) * (random.nextInt(10) == 0 ? -1 : 1)) + note + "}";
            case TEXT -> "{\"text\":\"" + escape(text(random)) + "\"" + note + "}";
        };
    }

    /** An answer object from the vocabulary of answers: real option keys, values of every type, notes, extras. */
    private static String answerJson(List<Option> choices, SplittableRandom random) {
        List<String> options = choices.stream().map(Option::key).toList();
        StringBuilder json = new StringBuilder("{");
        int fields = random.nextInt(4);
        for (int f = 0; f < fields; f++) {
            if (f > 0) {
                json.append(',');
            }
            String name = switch (random.nextInt(7)) {
                case 0 -> "option";
                case 1 -> "options";
                case 2 -> "number";
                case 3 -> "text";
                case 4 -> "note";
                case 5 -> "level";
                default -> word(random);
            };
            json.append('"').append(name).append("\":").append(value(options, random, 0));
        }
        return json.append('}').toString();
    }

    private static String value(List<String> options, SplittableRandom random, int depth) {
        return switch (depth > 3 ? random.nextInt(6) : random.nextInt(8)) {
            case 0 -> options.isEmpty() ? "\"x\"" : "\"" + options.get(random.nextInt(options.size())) + "\"";
            case 1 -> String.valueOf(random.nextLong());
            case 2 -> String.valueOf(random.nextDouble() * Math.pow(10, random.nextInt(-20, 320)));
            case 3 -> "\"" + escape(text(random)) + "\"";
            case 4 -> random.nextBoolean() ? "true" : "null";
            case 5 -> "\"" + word(random) + "\"";
            case 6 -> {
                StringBuilder array = new StringBuilder("[");
                int n = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    array.append(i > 0 ? "," : "").append(value(options, random, depth + 1));
                }
                yield array.append(']').toString();
            }
            default -> "{\"" + word(random) + "\":" + value(options, random, depth + 1) + "}";
        };
    }

    private static String text(SplittableRandom random) {
        return switch (random.nextInt(5)) {
            case 0 -> "";
            case 1 -> "x".repeat(random.nextInt(9_990, 10_020));
            case 2 -> "line\nline\ttab";
            case 3 -> "control\u0000\u0001\u001f";
            default -> "Σ 漢字 🙂";
        };
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String word(SplittableRandom random) {
        String[] words = {"key", "levels", "x", "option", "q-1", "", "ü", "a.b", "$", "__proto__"};
        return words[random.nextInt(words.length)];
    }

    /** One to eight edits: insert a token, delete or duplicate a slice, flip a byte, or splice in another seed. */
    private byte[] mutate(byte[] original, SplittableRandom random) {
        byte[] bytes = original;
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits && bytes.length > 0; e++) {
            int at = random.nextInt(bytes.length);
            bytes = switch (random.nextInt(6)) {
                case 0, 1 ->
                    splice(bytes, at, at, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                case 2 -> splice(bytes, at, Math.min(bytes.length, at + random.nextInt(1, 200)), new byte[0]);
                case 3 -> {
                    int end = Math.min(bytes.length, at + random.nextInt(1, 400));
                    byte[] slice = java.util.Arrays.copyOfRange(bytes, at, end);
                    yield splice(bytes, end, end, slice);
                }
                case 4 -> {
                    byte[] copy = bytes.clone();
                    copy[at] = (byte) random.nextInt(256);
                    yield copy;
                }
                default -> {
                    byte[] other = seeds.get(random.nextInt(seeds.size()));
                    int from = random.nextInt(other.length);
                    byte[] slice = java.util.Arrays.copyOfRange(
                            other, from, Math.min(other.length, from + random.nextInt(1, 2000)));
                    yield splice(bytes, at, at, slice);
                }
            };
        }
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
        byte[] result = new byte[bytes.length - (to - from) + insert.length];
        System.arraycopy(bytes, 0, result, 0, from);
        System.arraycopy(insert, 0, result, from, insert.length);
        System.arraycopy(bytes, to, result, from + insert.length, bytes.length - to);
        return result;
    }

    private void check(long number, boolean failed, String what, byte[] input) {
        if (failed) {
            crashes++;
            System.out.println("CRASH #" + number + ": " + what + " — " + preview(input));
        } else {
            refused++;
        }
    }

    private void crash(long number, Throwable e, byte[] input) {
        crashes++;
        System.out.println("CRASH #" + number + ": " + e + " — " + preview(input));
        if (crashes <= 3) {
            e.printStackTrace(System.out);
        }
    }

    private static String preview(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private void add(byte[] document, TemplateReader.Syntax syntax) {
        seeds.add(document);
        syntaxes.add(syntax);
    }

    private static byte[] resource(String name) {
        try (InputStream in = Fuzz.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
