/**
 * The format version of the stored settings. Raise it together with a new step in migrations.ts
 * (a unit test checks that the last step ends here). Its own module, so that what reads the
 * settings' types and schemas does not also load the migrations.
 */
export const CURRENT_VERSION = 3;
