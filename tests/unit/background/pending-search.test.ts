import { describe, expect, it } from 'vitest';
import { PENDING_SEARCH_KEY, PENDING_SEARCH_TTL_MS, createPendingSearch } from '../../../src/background/pending-search.ts';
import { createTabStates } from '../../../src/background/tab-state.ts';
import { FakeStorageArea } from './fakes.ts';

describe('pending search', () => {
  it('is taken once', async () => {
    const pending = createPendingSearch(new FakeStorageArea());
    await pending.set('Rosatom');
    expect(await pending.take()).toBe('Rosatom');
    expect(await pending.take()).toBeNull();
  });

  it('reaches a popup that asks before the write has finished', async () => {
    const pending = createPendingSearch(new FakeStorageArea({}, () => 1, 20));
    void pending.set('Gazprom');
    expect(await pending.take()).toBe('Gazprom');
  });

  it('survives a restart of the worker through storage.session', async () => {
    const session = new FakeStorageArea();
    await createPendingSearch(session).set('OPEC+');
    expect(session.data[PENDING_SEARCH_KEY]).toMatchObject({ query: 'OPEC+' });
    expect(await createPendingSearch(session).take()).toBe('OPEC+');
    expect(session.data).toEqual({});
  });

  it('goes stale after a minute', async () => {
    let now = 1_000_000;
    const pending = createPendingSearch(new FakeStorageArea(), () => now);
    await pending.set('INSTC');
    now += PENDING_SEARCH_TTL_MS + 1;
    expect(await pending.take()).toBeNull();
  });

  it('ignores a damaged session value', async () => {
    const pending = createPendingSearch(new FakeStorageArea({ [PENDING_SEARCH_KEY]: 'just a string' }));
    expect(await pending.take()).toBeNull();
  });
});

describe('tab states', () => {
  it('stores, reads and forgets per tab, and ignores damaged values', async () => {
    const session = new FakeStorageArea({ 'tab:9': { site: 1, state: 'on' } });
    const states = createTabStates(session);
    await states.set(1, { site: 'a.example', state: 'on', distinct: 2 });
    expect(await states.get(1)).toEqual({ site: 'a.example', state: 'on', distinct: 2 });
    expect(await states.get(9)).toBeNull();
    await states.forget(1);
    expect(await states.get(1)).toBeNull();
  });

  it('does without storage.session', async () => {
    const states = createTabStates(undefined);
    await states.set(1, { site: 'a.example', state: 'on', distinct: 2 });
    expect(await states.get(1)).toBeNull();
  });
});
