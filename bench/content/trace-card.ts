// What a card hover looks like in a trace: when the page clock starts, and the hover timer.
import { within, type TraceEvent } from './trace.ts';

/** Where the page clock (performance.now()) starts on the trace clock: the main frame's navigationStart. */
export function pageClockOrigin(events: TraceEvent[], url: string): number | null {
  const starts = events.filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  return starts.at(-1)?.ts ?? null;
}

/**
 * The hover timer: of the timers of `delay` ms installed while a pointermove was dispatched, the
 * last to fire at or before `shown` (trace µs). Returns when its pointermove was dispatched (at or
 * after the input's own timestamp) and when it fired.
 */
export function hoverTimer(events: TraceEvent[], delay: number, shown: number): { moved: number; fired: number } | null {
  const moves = events.filter((e) => e.name === 'EventDispatch' && e.ph === 'X' && (e.args?.data as { type?: string } | undefined)?.type === 'pointermove');
  const fires = new Map<number | undefined, number>();
  for (const e of events) if (e.name === 'TimerFire' && e.ts <= shown) fires.set(e.args?.data?.timerId, e.ts);
  let best: { moved: number; fired: number } | null = null;
  for (const install of events) {
    if (install.name !== 'TimerInstall' || install.args?.data?.timeout !== delay) continue;
    const fired = fires.get(install.args.data.timerId);
    if (fired === undefined || fired < install.ts) continue;
    const move = moves.find((m) => m.pid === install.pid && m.tid === install.tid && within(m, install));
    if (move && (!best || fired > best.fired)) best = { moved: move.ts, fired };
  }
  return best;
}
