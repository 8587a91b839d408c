/**
 * The parts of the library with no DOM: the spec schema and parser, CSV reading, the model and the
 * statistics. Safe to import in Node or a worker (e.g. to validate a spec or compute an SII).
 */
export * from './pure-functions.js';
// Every language at once: the pure functions give Welsh synchronously (elements load it on demand).
import './i18n/all.js';
export { messagesFor, registerMessages, loadMessages, type Messages } from './i18n/index.js';
