/** The languages of the app and its transcript. */
export type Language = 'en' | 'fr';
