/**
 * Every catalogue, loaded at once: for Node, the command line, the builder and `lib/pure`, where
 * `messagesFor('cy')` must give Welsh synchronously. Pages that only show elements load Welsh on
 * demand instead (src/i18n/index.ts), so an English page never downloads it.
 */
import { cy } from './cy.js';
import { registerMessages } from './index.js';

registerMessages('cy', cy);
