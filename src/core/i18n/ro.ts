/** Placeholder while the ro catalog is written (a helper replaces this file). */
import type { Messages } from './catalog.ts';
import { en } from './en.ts';

export const ro: Messages = { ...en, language: 'ro' };
