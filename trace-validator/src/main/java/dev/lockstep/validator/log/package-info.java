/**
 * Reading logs: native NDJSON (plain or gzip) into {@link dev.lockstep.validator.log.LogEvent}s,
 * streaming, with every malformed line reported as a {@link dev.lockstep.validator.log.LogProblem}
 * (file, line, column, an LS8xx code); and merging one log per node into a causal order by Lamport
 * or vector clocks (Lamport, "Time, Clocks, and the Ordering of Events in a Distributed System",
 * 1978; Mattern, "Virtual Time and Global States of Distributed Systems", 1989), reporting clocks
 * that contradict causality with both lines. Existing logs (JSON lines, or plain text split into
 * fields by a regular expression's named groups) are read through a
 * {@link dev.lockstep.validator.log.Mapping} into native events first.
 */
package dev.lockstep.validator.log;
