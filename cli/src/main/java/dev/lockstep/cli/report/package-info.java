/**
 * Rendering a check as a self-contained HTML page ({@code lockstep check --report FILE.html}).
 *
 * <p>Takes a {@code CheckResult} (verdict, statistics, diagnostics, counterexample) and, for small
 * models, the state graph TLC dumped ({@link dev.lockstep.cli.report.StateGraph}, read from
 * {@code -dump dot,actionlabels}); gives one HTML string with no scripts and no network access:
 * the counterexample as a table of steps with changed values highlighted, a space-time diagram of
 * the behaviour when its state has per-node variables ({@link dev.lockstep.cli.report.SpaceTime}:
 * one lane per process or node, messages as arrows between lanes, after Lamport's space-time
 * diagrams in "Time, Clocks, and the Ordering of Events in a Distributed System", 1978), and the
 * state graph with the counterexample in red. VS Code's results view shows this page. Every piece of spec text goes through {@link dev.lockstep.validator.report.XmlText#html}.
 * Rendering does no I/O: running TLC for the graph and Graphviz's {@code dot} is the caller's
 * ({@code CheckReportWriter}).
 */
package dev.lockstep.cli.report;
