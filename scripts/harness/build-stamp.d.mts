// Types for build-stamp.mjs, which build.mjs imports as plain JavaScript.

export interface BuildStamp {
  /** sha256 over the path and content of every build input. */
  inputs: string;
  /** Inputs outside the usual set (build.mjs --facts DIR), as absolute paths. */
  extraInputs?: string[];
  mode: 'production' | 'dev';
}

export const STAMP_FILE: string;
export function inputsHash(root: string, extra?: readonly string[]): string;
export function readStamp(dir: string): BuildStamp | undefined;
export function staleReason(dir: string, root: string): string | undefined;
