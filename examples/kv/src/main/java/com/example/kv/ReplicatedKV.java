// Created by `lockstep generate` from ReplicatedKV.tla. This file is yours:
// lockstep creates it once and never overwrites it.
package com.example.kv;

import dev.lockstep.runtime.choice.Choice;
import dev.lockstep.runtime.machine.ActionCall;
import dev.lockstep.runtime.value.Value;
import java.util.List;

/**
 * Your implementation of ReplicatedKV. The generated ReplicatedKVBase holds everything
 * that was translated from the spec; implement here what was not (the methods below), and
 * override effects to call your real code. Regenerating never touches this file.
 */
@SuppressWarnings("unused")
public class ReplicatedKV extends ReplicatedKVBase {
    public ReplicatedKV(ReplicatedKVConstants constants) {
        super(constants);
    }
}
