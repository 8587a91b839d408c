// The Welsh council page's only JavaScript: the language switch (Cymraeg / English).
// It sets <html lang>: the page's own words show in that language (examples.css hides the others),
// and every element on the page redraws in it, because an element takes its nearest ancestor's lang.
// A separate same-origin file, so the page also works under `script-src 'self'`. Without it the
// page is in Welsh, and the switch is a plain link to ?lang=en, which needs this file to take effect.

const LANGUAGES = ['cy', 'en'];
const title = document.querySelector('title');

function show(lang) {
  document.documentElement.lang = lang;
  document.title = title.dataset[lang];
}

function languageInAddress() {
  const asked = new URLSearchParams(location.search).get('lang');
  return LANGUAGES.includes(asked) ? asked : 'cy';
}

for (const link of document.querySelectorAll('a.language-switch')) {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    const lang = link.getAttribute('hreflang');
    show(lang);
    history.pushState(null, '', link.href);
    // The link that was used is hidden now: keep the keyboard on the switch.
    document.querySelector(`a.language-switch:not([hreflang="${lang}"])`)?.focus();
  });
}
window.addEventListener('popstate', () => show(languageInAddress()));
show(languageInAddress());
