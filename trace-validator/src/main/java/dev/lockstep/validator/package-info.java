/**
 * Trace validation: does a log of the running system describe a behaviour the spec allows?
 *
 * <p>Takes a spec with its model configuration and one or more logs; gives a {@link
 * dev.lockstep.validator.Verdict} (conforms / does not conform / unknown, after Elle's
 * valid? true / false / unknown) plus malformed-input problems, as data. {@link
 * dev.lockstep.validator.Validator} picks the engine: the <em>direct</em> engine when every line
 * carries every variable (each step is then determined, and checked on its own with TLC's evaluator
 * in a child JVM, streaming), the <em>search</em> engine otherwise (TLC searches a generated
 * trace-checking spec, in the style of Cirstea, Kuppe, Merz et al., "Validating Traces of
 * Distributed Programs Against TLA+ Specifications", 2024).
 *
 * <p>Semantics: line i of a log with action A and parameters P conforms when the pair
 * (state i-1, state i) satisfies the instance of A bound to P among the actions TLC splits the
 * next-state relation into (Specifying Systems, section 14.2.4 on how TLC splits Next). A first
 * line named {@code Init} must satisfy the initial predicate; otherwise the first line must be a
 * step from some initial state.
 */
package dev.lockstep.validator;
