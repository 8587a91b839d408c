/**
 * When an element's own code cannot be downloaded (src/loader.ts), the element is never defined and
 * cannot speak for itself: this small module, a chunk of its own, writes what failed and from where
 * inside each such element on the page (shown as the undefined element's content), in the element's
 * language, as an alert. The page's other elements are not touched.
 */
import { codeError } from '../../data/errors.js';
import { loadMessages, messagesFor } from '../../i18n/index.js';
import { inheritedLang } from './language.js';

const FAILURE_CLASS = 'wellbeing-code-failure';

/** Says in each `<tag>` of the document (once) that its code did not download. */
export async function showCodeFailure(tag: string, error: unknown): Promise<void> {
  for (const element of document.querySelectorAll(tag)) {
    if (element.querySelector(`:scope > .${FAILURE_CLASS}`)) continue;
    const lang = element.getAttribute('lang') || inheritedLang(element);
    // The Welsh words may not download either: English then, marked as English.
    const messages = await loadMessages(lang).catch(() => undefined);
    const message = document.createElement('p');
    message.className = FAILURE_CLASS;
    message.setAttribute('role', 'alert');
    if (!messages) message.lang = 'en';
    message.textContent = codeError('element', error, messages ?? messagesFor('en')).message;
    element.append(message);
  }
}
