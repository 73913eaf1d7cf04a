import { describe, expect, it } from 'vitest';
import {
  CURRENT_VERSION,
  LOCAL_MARKER,
  chooseStoredRecord,
  defaultSettings,
  isSettingsChange,
  toStorageWrite,
} from '../../../src/core/settings/index.ts';

describe('chooseStoredRecord', () => {
  it('reads sync normally', () => {
    expect(chooseStoredRecord({ mentions: 'every' }, { other: 1 })).toEqual({ area: 'sync', record: { mentions: 'every' } });
  });

  it('reads local while it holds the marker, without the marker', () => {
    expect(chooseStoredRecord({ mentions: 'every' }, { [LOCAL_MARKER]: true, mentions: 'first' })).toEqual({ area: 'local', record: { mentions: 'first' } });
  });

  it('reads local when sync is missing or unreadable', () => {
    expect(chooseStoredRecord(null, { enabled: false })).toEqual({ area: 'local', record: { enabled: false } });
  });
});

describe('toStorageWrite', () => {
  it('stores only the version for the defaults, and removes every other settings key', () => {
    const write = toStorageWrite(defaultSettings());
    expect(write.set).toEqual({ version: CURRENT_VERSION });
    expect(write.remove.sort()).toEqual(['categoriesOff', 'enabled', 'highlightStyle', 'hoverDelayMs', 'mentions', 'muted', 'siteMode', 'sites']);
  });

  it('stores what differs and removes the rest', () => {
    const write = toStorageWrite({ ...defaultSettings(), enabled: false, muted: ['swift'] });
    expect(write.set).toEqual({ version: CURRENT_VERSION, enabled: false, muted: ['swift'] });
    expect(write.remove).not.toContain('enabled');
    expect(write.remove).toContain('sites');
  });
});

describe('isSettingsChange', () => {
  it('is true for settings keys or the marker in sync or local', () => {
    expect(isSettingsChange({ sites: {} }, 'sync')).toBe(true);
    expect(isSettingsChange({ enabled: {} }, 'local')).toBe(true);
    expect(isSettingsChange({ [LOCAL_MARKER]: {} }, 'local')).toBe(true);
  });

  it('ignores other keys and other areas', () => {
    expect(isSettingsChange({ 'tab:4': {} }, 'session')).toBe(false);
    expect(isSettingsChange({ sites: {} }, 'session')).toBe(false);
    expect(isSettingsChange({ somethingElse: {} }, 'sync')).toBe(false);
  });
});
