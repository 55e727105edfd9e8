import * as core from '@actions/core';
import { type InputName, Inputs } from '../constants.js';
import type { RawInputs } from '../core/config/config.js';

/** Reads every declared input once, as the raw strings the runner passes (INPUT_* variables). */
export function readRawInputs(getInput: (name: string) => string = (name) => core.getInput(name)): RawInputs {
  const names: readonly InputName[] = Object.values(Inputs);
  return Object.fromEntries(names.map((name) => [name, getInput(name)])) as RawInputs;
}
