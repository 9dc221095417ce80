package dev.lockstep.translator;

import dev.lockstep.speclang.diag.Diagnostic;
import java.util.List;

/**
 * The result of projecting one spec into Java: the files, the spec checksum they carry, what was
 * translated into real Java and what was left for the user to implement, and diagnostics.
 *
 * @param files          generated and user files, in a stable order
 * @param specSha256     SHA-256 of the spec (and its configuration), as recorded in the files
 * @param actions        the spec's actions (log names), in the order of the next-state relation
 * @param untranslated   definitions and actions that became methods for the user to implement
 * @param diagnostics    problems found (errors mean no files)
 * @param typing         how well the state's Java types say what the variables hold
 */
public record Generation(List<GeneratedFile> files, String specSha256, List<String> actions,
                         List<String> untranslated, List<Diagnostic> diagnostics, Typing typing) {
    public Generation {
        files = List.copyOf(files);
        actions = List.copyOf(actions);
        untranslated = List.copyOf(untranslated);
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * The state's typing: which variables stay untyped TLA+ values in Java ({@code Value},
     * {@code SetValue} or {@code FunctionValue} in their type), for lack of a type invariant or initial
     * value that tells their type.
     *
     * @param variables the spec's variables
     * @param untyped   those whose Java type is (or holds) an untyped TLA+ value
     */
    public record Typing(List<String> variables, List<String> untyped) {
        /** No state: nothing was generated. */
        public static final Typing NONE = new Typing(List.of(), List.of());

        public Typing {
            variables = List.copyOf(variables);
            untyped = List.copyOf(untyped);
        }

        /** One line for a person: {@code "state: 2 of 5 variables untyped (Value): msgs, log"}. */
        public String summary() {
            return "state: " + untyped.size() + " of " + variables.size() + " variables untyped (Value)"
                    + (untyped.isEmpty() ? "" : ": " + String.join(", ", untyped));
        }
    }
}
