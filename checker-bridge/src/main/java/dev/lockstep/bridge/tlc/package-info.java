/**
 * TLC's {@code -tool} message stream. With {@code -tool}, TLC frames every message as
 * {@code @!@!@STARTMSG code:class @!@!@ ... @!@!@ENDMSG code @!@!@}; the codes are those of
 * {@code tlc2.output.EC} (TLC 2.18). {@link dev.lockstep.bridge.tlc.TlcStreamParser} turns the stream
 * into {@link dev.lockstep.bridge.tlc.TlcEvent}s without dropping anything it does not know.
 */
package dev.lockstep.bridge.tlc;
