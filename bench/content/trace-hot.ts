// Which of Gloss's functions a page's samples fell in: for finding where the time goes.
import { fileOf, isGlossUrl, mainThread, ms, type ProfileNode, type TraceEvent } from './trace.ts';

/**
 * V8's samples on the main thread, with each sample charged to the innermost Gloss frame on its
 * stack (so a DOM call Gloss makes counts under the Gloss function that made it): ms per function.
 * Names are readable only in an unminified build (`node build.mjs --dev`).
 */
export function hotFunctions(events: TraceEvent[], into: Map<string, number>): void {
  const main = mainThread(events);
  if (!main) return;
  const nodes = new Map<string, ProfileNode>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== main.pid) continue;
    // The chunks of one profile come in order: nodes first seen, then samples that refer to them.
    // Node ids are per profile (one per thread), so they are keyed by the profile's id.
    const profile = e.args?.data?.cpuProfile;
    const key = (id: number): string => `${e.id ?? ''}:${id}`;
    for (const n of profile?.nodes ?? []) nodes.set(key(n.id), n);
    const samples = profile?.samples ?? [];
    const deltas = e.args?.data?.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const gap = ms(deltas[i + 1] ?? deltas[i] ?? 0);
      let node = nodes.get(key(samples[i]!));
      while (node && !isGlossUrl(node.callFrame.url)) node = node.parent === undefined ? undefined : nodes.get(key(node.parent));
      if (!node) continue;
      const f = node.callFrame;
      const name = `${f.functionName || '(anonymous)'} ${fileOf(f.url)}:${(f.lineNumber ?? 0) + 1}:${(f.columnNumber ?? 0) + 1}`;
      into.set(name, (into.get(name) ?? 0) + gap);
    }
  }
}
