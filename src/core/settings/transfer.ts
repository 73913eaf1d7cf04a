/**
 * The settings file a reader exports and imports. Import is strict where reading storage is
 * lenient: a file with any value Gloss cannot use is refused as a whole, with a message a reader
 * can act on, and the current settings stay as they are.
 */
import { CURRENT_VERSION, type Settings } from './model.ts';
import { parseSettings } from './parse.ts';

export const EXPORT_FORMAT = 'gloss-settings';
/** Real files are a few KB; anything this large is not one, and parsing it would waste the worker. */
export const MAX_IMPORT_BYTES = 100 * 1024;

interface SettingsFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  settings: Omit<Settings, 'version'>;
}

export function exportSettingsJson(settings: Settings): string {
  const { version: _version, ...rest } = settings;
  const file: SettingsFile = { format: EXPORT_FORMAT, version: CURRENT_VERSION, settings: rest };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; message: string };

export function parseImport(json: string): ImportResult {
  const bytes = new TextEncoder().encode(json).length;
  if (bytes > MAX_IMPORT_BYTES) {
    return refuse(`The file is too large (${Math.ceil(bytes / 1024)} KB). A Gloss settings file is smaller than ${MAX_IMPORT_BYTES / 1024} KB.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return refuse('The file is not a Gloss settings file: it is not valid JSON.');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return refuse('The file is not a Gloss settings file: it holds no settings object.');
  }
  const file = data as Record<string, unknown>;
  if (file['format'] !== EXPORT_FORMAT) {
    return refuse(
      typeof file['format'] === 'string'
        ? `The file holds "${file['format'].slice(0, 60)}", not Gloss settings.`
        : `The file is not a Gloss settings file: it lacks "format": "${EXPORT_FORMAT}".`,
    );
  }
  const version = file['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('The settings file has no valid format version.');
  }
  if (version > CURRENT_VERSION) {
    return refuse(`The settings file comes from a newer Gloss (format ${version}; this one reads up to ${CURRENT_VERSION}). Update Gloss, then import it.`);
  }
  const settings = file['settings'];
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) {
    return refuse('The settings file holds no settings.');
  }
  if ('version' in settings) return refuse('The settings file is damaged: "version" belongs next to "settings", not inside it.');
  const parsed = parseSettings({ ...settings, version });
  const problems = [...parsed.warnings, ...Object.keys(parsed.unknown).map((key) => `"${key}" is not a Gloss setting`)];
  if (problems.length > 0) {
    const shown = problems.slice(0, 3).join('; ');
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
    return refuse(`The settings file has values Gloss cannot use: ${shown}${more}.`);
  }
  return { ok: true, settings: parsed.settings };
}

function refuse(message: string): ImportResult {
  return { ok: false, message };
}
