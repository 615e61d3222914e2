/** Placeholder while the ko catalog is written (a helper replaces this file). */
import type { Messages } from './catalog.ts';
import { en } from './en.ts';

export const ko: Messages = { ...en, language: 'ko' };
