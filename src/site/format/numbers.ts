/** Number and date formatting for pages: the story layer's formatter (one for narrative and pages). */
export { createFormat, type Format } from '../../core/story/format.ts';
