import { describe, expect, it } from 'vitest';
import { MatchStore, type TermRecord } from '../../../../src/content/scan/match-store.ts';

function record(node: Text, id: string, start: number, end: number): TermRecord {
  return { id, nodes: [node], startNode: node, startOffset: start, endNode: node, endOffset: end };
}

describe('MatchStore.same', () => {
  it('finds the record a rescan put where an old one stood, and nothing for a different term or place', () => {
    const text = document.createTextNode('Gazprom and CNPC signed; Gazprom again.');
    document.body.append(text);
    const store = new MatchStore();
    const old = record(text, 'gazprom', 0, 7);
    store.add(old);
    store.clear();
    const fresh = record(text, 'gazprom', 0, 7);
    store.add(fresh);
    store.add(record(text, 'cnpc', 12, 16));
    store.add(record(text, 'gazprom', 25, 32));
    expect(store.same(old)).toBe(fresh);
    expect(store.same(record(text, 'cnpc', 0, 7))).toBeNull();
    expect(store.same(record(text, 'gazprom', 1, 7))).toBeNull();
    expect(store.same(record(document.createTextNode('Gazprom'), 'gazprom', 0, 7))).toBeNull();
  });
});
