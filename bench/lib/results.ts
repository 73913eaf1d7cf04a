import { median, ratio } from './stats.ts';

export interface PageResult {
  page: string;
  error?: string;
  nodes: number;
  chars: number;
  /** First pass after load, in ms: (a) in the first load, (b) at the largest size in a second one. */
  coldFloor: number;
  coldGloss: number;
  /** Best of the rounds, in ms. */
  floor: number;
  gloss: Record<number, number>;
  regex: Record<number, number>;
  /** mark.js: measured time, terms done in it, and the estimate for all terms. */
  mark: Record<number, { ms: number; done: number; total: number; estimateMs: number; marks: number }>;
  glossMatches: Record<number, number>;
  regexMatches: Record<number, number>;
  blocks: number;
  createMs: Record<number, number>;
  regexBuildMs: Record<number, number>;
}

interface Target {
  name: string;
  value: number | undefined;
  /** "≤ 2" or "≥ 100". */
  target: string;
  met: boolean;
}

interface DictInfo {
  size: number;
  real: number;
  generated: number;
  rawBytes: number;
  gzipBytes: number;
}

export interface BenchResults {
  date: string;
  browser: string;
  node: string;
  cpus: string;
  pagesDir: string;
  pages: number;
  measuredPages: number;
  sizes: number[];
  rounds: number;
  regexRounds: number;
  markBudgetMs: number;
  blockedRequests: number;
  durationS: number;
  bundle: { rawBytes: number; gzipBytes: number };
  dicts: DictInfo[];
  medians: {
    coldFloor: number;
    coldGloss: number;
    floor: number;
    gloss: Record<number, number>;
    regex: Record<number, number>;
    markEstimate: Record<number, number>;
    createMs: Record<number, number>;
    regexBuildMs: Record<number, number>;
    markTermsDone: Record<number, number>;
  };
  ratios: Record<string, number | undefined>;
  targets: Target[];
  perPage: PageResult[];
}

type Summary = Pick<BenchResults, 'medians' | 'ratios' | 'targets'>;

/** Medians over pages, and the targets of issue 3 as medians of per-page ratios. */
export function summarise(pages: PageResult[], sizes: number[]): Summary {
  const ok = pages.filter((p) => p.error === undefined);
  const per = (pick: (p: PageResult) => number | undefined): number => median(ok.map(pick).filter((x): x is number => x !== undefined));
  const bySize = (pick: (p: PageResult, s: number) => number | undefined): Record<number, number> =>
    Object.fromEntries(sizes.map((s) => [s, per((p) => pick(p, s))]));
  const medians: Summary['medians'] = {
    coldFloor: per((p) => p.coldFloor),
    coldGloss: per((p) => p.coldGloss),
    floor: per((p) => p.floor),
    gloss: bySize((p, s) => p.gloss[s]),
    regex: bySize((p, s) => p.regex[s]),
    markEstimate: bySize((p, s) => p.mark[s]?.estimateMs),
    createMs: bySize((p, s) => p.createMs[s]),
    regexBuildMs: bySize((p, s) => p.regexBuildMs[s]),
    markTermsDone: bySize((p, s) => p.mark[s]?.done),
  };
  const [small, mid, big] = [Math.min(...sizes), sizes.includes(1000) ? 1000 : sizes[Math.floor(sizes.length / 2)]!, Math.max(...sizes)];
  const ratios: Summary['ratios'] = {
    [`gloss${big}/floor`]: per((p) => ratio(p.gloss[big], p.floor)),
    [`cold gloss${big}/cold floor`]: per((p) => ratio(p.coldGloss, p.coldFloor)),
    [`gloss${big}/gloss${small}`]: per((p) => ratio(p.gloss[big], p.gloss[small])),
    [`mark${mid}/gloss${mid}`]: per((p) => ratio(p.mark[mid]?.estimateMs, p.gloss[mid])),
    [`regex${big}/gloss${big}`]: per((p) => ratio(p.regex[big], p.gloss[big])),
  };
  const t = (name: string, key: string, op: '≤' | '≥', limit: number): Target => {
    const value = ratios[key];
    const met = value !== undefined && Number.isFinite(value) && (op === '≤' ? value <= limit : value >= limit);
    return { name, value, target: `${op} ${limit}`, met };
  };
  const targets = [
    t(`(b) at ${big} terms vs (a), warm (best of rounds)`, `gloss${big}/floor`, '≤', 2),
    t(`(b) at ${big} terms vs (a), cold (first pass after load)`, `cold gloss${big}/cold floor`, '≤', 2),
    t(`(b) at ${big} terms vs (b) at ${small} terms`, `gloss${big}/gloss${small}`, '≤', 1.25),
    t(`(c) mark.js vs (b) at ${mid} terms (speed-up of b)`, `mark${mid}/gloss${mid}`, '≥', 100),
    t(`(d) combined RegExp vs (b) at ${big} terms (speed-up of b)`, `regex${big}/gloss${big}`, '≥', 10),
  ];
  return { medians, ratios, targets };
}
