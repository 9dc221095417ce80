/**
 * Surfaces for one {@link dev.lockstep.validator.ValidationResult}: terminal text, JSON for tools,
 * JUnit XML (one test case per log file, so CI servers list each node's log) and SARIF 2.1.0
 * (pointing at the log line and at the action's definition in the spec). Each is an adapter over
 * the same data; none decides the verdict.
 */
package dev.lockstep.validator.report;
