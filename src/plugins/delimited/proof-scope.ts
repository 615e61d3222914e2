/**
 * How `cadence check` asks the delimited-file engine to prove mappings on real rows, whichever
 * plugin calls `checkDelimitedFiles` and however it wraps the context: the host runs a plugin's
 * check inside `withMappingProof`, and the engine adds what it proved about each file to the
 * request. Outside such a scope (a plugin's own tests) a check stays as quick as before.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { FileProof } from './proof.ts';

export interface ProofRequest {
  /** Rows to prove per file. */
  rows: number;
  /** Filled in by the engine, one entry per file checked. */
  proofs: FileProof[];
}

// One store per process, even if two copies of this module are loaded (a plugin resolving
// `cadence/plugin` to another install): the host and the engine must meet in it.
const key = Symbol.for('cadence.delimited.mappingProof');
const holder = globalThis as { [key]?: AsyncLocalStorage<ProofRequest> };
const scope = (holder[key] ??= new AsyncLocalStorage<ProofRequest>());

/** Runs `work` (a plugin's check) with mapping proofs asked for. */
export function withMappingProof<T>(request: ProofRequest, work: () => Promise<T>): Promise<T> {
  return scope.run(request, work);
}

/** The proof asked for by the `cadence check` running this code, if any. */
export function mappingProofRequest(): ProofRequest | undefined {
  return scope.getStore();
}
