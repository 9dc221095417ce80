package dev.lockstep.validator;

import dev.lockstep.validator.host.HostProtocol;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the evaluator host reports about a loaded spec: its variables, TLC's split actions with
 * their bound parameters (TLA+ text), the action-level operators with their formal parameters, the
 * declared constants and the model values of the configuration. The search engine generates its
 * trace-checking spec from this.
 */
record SpecInfo(List<String> variables, List<Instance> instances, Map<String, List<String>> operators,
                List<String> constants, List<String> modelValues) {

    /** One split action: its operator's name and its parameters as TLA+ text. */
    record Instance(String name, Map<String, String> params) {
    }

    static SpecInfo of(HostProtocol.Ready ready) {
        List<Instance> inst = new ArrayList<>();
        for (HostProtocol.Instance i : ready.instances()) {
            inst.add(new Instance(i.name(), new LinkedHashMap<>(i.params())));
        }
        return new SpecInfo(ready.variables(), inst, new LinkedHashMap<>(ready.operators()), ready.constants(),
                ready.modelValues());
    }
}
