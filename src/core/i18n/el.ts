/** Placeholder while the el catalog is written (a helper replaces this file). */
import type { Messages } from './catalog.ts';
import { en } from './en.ts';

export const el: Messages = { ...en, language: 'el' };
