package dev.lockstep.bridge.library.tlc;

import java.lang.reflect.Field;
import tlc2.tool.SimulationWorker;
import tlc2.tool.StateVec;

/**
 * The behaviour a TLC 2.18 simulation worker is extending: the worker keeps it in a package-private
 * field, read here (the one place Lockstep reaches into TLC's simulator).
 */
final class SimulationTrace {
    private SimulationTrace() {
    }

    /** The current behaviour of the simulation worker running this thread; empty on other threads. */
    static StateVec current() {
        if (!(Thread.currentThread() instanceof SimulationWorker worker)) {
            return new StateVec(0);
        }
        try {
            Field f = SimulationWorker.class.getDeclaredField("stateTrace");
            f.setAccessible(true);
            return (StateVec) f.get(worker);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw Values.fail("Trace: this TLC's simulator does not expose its current behaviour (" + e + ")");
        }
    }
}
