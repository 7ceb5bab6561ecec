/**
 * The labels of the decision's bottom sheet on a phone, in English and French. Kept apart from
 * roleplay.ts so this view's words stay in their own file; both tables have the same keys (their
 * types check it).
 */
import { labelTable } from './i18n';

const en = {
  'sheet.full': 'Full screen',
};

const fr: Record<keyof typeof en, string> = {
  'sheet.full': 'Plein écran',
};

/** A sheet label key. */
export type SheetKey = keyof typeof en;

/** The sheet tables, for the test that checks both have the same keys. */
export const sheetStrings = { en, fr };

/** The sheet label `key` in the current language. */
export const tsh: (key: SheetKey) => string = labelTable(sheetStrings);
