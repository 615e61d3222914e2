/** Placeholder while the hu catalog is written (a helper replaces this file). */
import type { Messages } from './catalog.ts';
import { en } from './en.ts';

export const hu: Messages = { ...en, language: 'hu' };
