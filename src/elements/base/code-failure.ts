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
    const lang = element.getAttribute('lang') || inheritedLang(element);
    // The Welsh words may not download either: English then.
    const messages = await loadMessages(lang).catch(() => undefined);
    // Asked for again meanwhile (a second failure) or the element is defined by now: said once, or not at all.
    if (element.querySelector(`:scope > .${FAILURE_CLASS}`) || customElements.get(tag)) continue;
    const message = document.createElement('p');
    message.className = FAILURE_CLASS;
    message.setAttribute('role', 'alert');
    // English (the Welsh words not downloaded, or a language without words) is marked as English.
    if (!messages || messages === messagesFor('en')) message.lang = 'en';
    message.textContent = codeError('element', error, messages ?? messagesFor('en')).message;
    element.append(message);
  }
  // Loaded after all (the loader tries again when another such element comes): the alert goes.
  void customElements.whenDefined(tag).then(() => document.querySelectorAll(`${tag} > .${FAILURE_CLASS}`).forEach((alert) => alert.remove()));
}
